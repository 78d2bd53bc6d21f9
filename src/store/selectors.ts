/**
 * Named selectors: the only way components read the store. Each returns a value already held in
 * the store or a primitive, so Zustand 5 never sees a fresh reference and never loops.
 */
import { isoToDay, todayIso } from '../domain/dataset/dates'
import { isLargeDataset } from '../domain/dataset/size'
import { interlocksCoalitionId } from '../domain/interlocks/default-coalition'
import { activeFilterCount } from '../domain/members/filter'
import { comparedPair } from '../domain/compare/pair'
import type { AtlasState } from './atlas-store'

/** Computed once per page load: "today" must not change between two renders of one view. */
const TODAY = todayIso()

export const selectDataset = (state: AtlasState) => state.dataset
/** Whether the dataset on screen is large (size.ts): its sections are put on the page one after another. */
export const selectLargeDataset = (state: AtlasState) => state.dataset !== null && isLargeDataset(state.dataset)
/** The content hash of the dataset on screen (computed once, when it was loaded). */
export const selectDatasetHash = (state: AtlasState) => state.datasetHash
/** Whether the dataset on screen can be cited: its content hash is known. */
export const selectCitable = (state: AtlasState) => state.datasetHash !== null
/** A cited link's `v`: the content hash of the dataset it was cited from. */
export const selectCitedHash = (state: AtlasState) => state.view.v
export const selectOrigin = (state: AtlasState) => state.origin
export const selectLoad = (state: AtlasState) => state.load
export const selectLoadStatus = (state: AtlasState) => state.load.status

export const selectSectorFilter = (state: AtlasState) => state.view.sectors
export const selectQuery = (state: AtlasState) => state.view.q
/** The search the members table has answered (the search box's text when no table shows one). */
export const selectSettledQuery = (state: AtlasState) => state.shown?.query ?? state.view.q
/** The sector filter the members table has answered (the filter's own when no table shows one). */
export const selectSettledSectors = (state: AtlasState) => state.shown?.sectors ?? state.view.sectors
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

export const selectCoalitionA = (state: AtlasState) =>
  state.dataset ? comparedPair(state.dataset, state.view)[0] : null
export const selectCoalitionB = (state: AtlasState) =>
  state.dataset ? comparedPair(state.dataset, state.view)[1] : null

/** The Changes section's days as the view holds them (null: the default); the section resolves them against the dataset (span.ts). */
export const selectChangeFrom = (state: AtlasState) => state.view.from
export const selectChangeTo = (state: AtlasState) => state.view.to

/** The coalition "Who else members belong to" shows: the chosen one, else the AI Alliance, else the first. */
export const selectInterlocksCoalition = (state: AtlasState) =>
  state.dataset ? interlocksCoalitionId(state.dataset, state.view.interlocks) : null

/** The view shown alone in another site's frame, or null for the whole page; and the coalition an embedded card shows. */
export const selectEmbed = (state: AtlasState) => state.view.embed
/** The whole view state: only for building the address of the same view (the embedded view's link to the whole page). */
export const selectView = (state: AtlasState) => state.view
export const selectEmbedId = (state: AtlasState) => state.view.id

export const selectOpenOrganization = (state: AtlasState) =>
  state.view.org === null ? null : (state.dataset?.organizationById.get(state.view.org) ?? null)

/** Filters that narrow the member list, counted for "Clear filters (n)" by the domain's rule. */
export const selectActiveFilterCount = (state: AtlasState) =>
  activeFilterCount({
    sectors: state.view.sectors,
    coalitions: state.view.coalitions,
    countries: state.view.countries,
    roles: state.view.roles,
    query: state.view.q,
  })

export { TODAY }
