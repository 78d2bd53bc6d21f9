/**
 * Named selectors: the only way components read the store. Each returns a value already held in
 * the store or a primitive, so Zustand 5 never sees a fresh reference and never loops.
 */
import { isoToDay, todayIso } from '../domain/dataset/dates'
import { effectivePair, type AtlasState } from './atlas-store'

/** Computed once per page load: "today" must not change between two renders of one view. */
const TODAY = todayIso()

export const selectDataset = (state: AtlasState) => state.dataset
export const selectOrigin = (state: AtlasState) => state.origin
export const selectLoad = (state: AtlasState) => state.load
export const selectLoadStatus = (state: AtlasState) => state.load.status

export const selectSectorFilter = (state: AtlasState) => state.view.sectors
export const selectQuery = (state: AtlasState) => state.view.q
/** The search the members table has answered (the search box's text when no table shows one). */
export const selectSettledQuery = (state: AtlasState) => state.shownQuery ?? state.view.q
export const selectCoalitionFilter = (state: AtlasState) => state.view.coalitions
export const selectMatch = (state: AtlasState) => state.view.match
export const selectCountryFilter = (state: AtlasState) => state.view.countries
export const selectRoleFilter = (state: AtlasState) => state.view.roles
export const selectSort = (state: AtlasState) => state.view.sort
export const selectChartCoalitions = (state: AtlasState) => state.view.chart
export const selectMeasure = (state: AtlasState) => state.view.measure
export const selectFamily = (state: AtlasState) => state.view.family
export const selectSets = (state: AtlasState) => state.view.sets

/** The "as of" day as `YYYY-MM-DD`: the chosen one, or today. */
export const selectAsOf = (state: AtlasState) => state.view.asOf ?? TODAY
export const selectAsOfIsToday = (state: AtlasState) => state.view.asOf === null || state.view.asOf === TODAY
export const selectAsOfDay = (state: AtlasState) => isoToDay(state.view.asOf ?? TODAY) ?? (isoToDay(TODAY) as number)

export const selectCoalitionA = (state: AtlasState) => (state.dataset ? effectivePair(state.dataset, state.view)[0] : null)
export const selectCoalitionB = (state: AtlasState) => (state.dataset ? effectivePair(state.dataset, state.view)[1] : null)

export const selectOpenOrganization = (state: AtlasState) =>
  state.view.org === null ? null : (state.dataset?.organizationById.get(state.view.org) ?? null)

/** Filters that narrow the member list, counted for "Clear filters (n)". */
export const selectActiveFilterCount = (state: AtlasState) =>
  state.view.sectors.length +
  state.view.coalitions.length +
  state.view.countries.length +
  state.view.roles.length +
  (state.view.q.trim() ? 1 : 0)

export { TODAY }
