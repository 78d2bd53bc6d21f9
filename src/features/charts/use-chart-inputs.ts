import { useDeferredValue, useMemo } from 'react'
import { useCloseMatcher } from '../../components/use-close-matcher'
import { chartCoalitionIds, chartSourceIds, organizationMatcher } from '../../domain/charts/chart-data'
import { chartCoverage, type ChartState } from '../../domain/charts/chart-text'
import { exportFooter } from '../../domain/export/export-footer'
import { searchOrganizations } from '../../domain/members/org-search'
import type { Dataset, Organization } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import {
  selectAsOf,
  selectAsOfDay,
  selectChartCoalitions,
  selectDataset,
  selectLargeDataset,
  selectMeasure,
} from '../../store/selectors'
import { useSettledFilters } from '../../components/use-settled-filters'
import { currentAddress } from '../../store/address-write'

export interface ChartInputs {
  readonly dataset: Dataset
  readonly day: number
  readonly asOf: string
  readonly measure: 'count' | 'share'
  readonly sectors: readonly string[]
  readonly query: string
  /** Search only (the sector filter is applied by the view models, which also need the unfiltered base). */
  readonly search: (organization: Organization) => boolean
  readonly coalitionIds: readonly string[]
  readonly state: ChartState
  /** Worked out at export: the sources of every membership the chart can draw. */
  readonly footer: () => ReturnType<typeof exportFooter>
}

/**
 * Everything a chart needs, read from the store once. The expensive parts (which coalitions, the
 * search predicate, the sources) are memoized apart from the measure and the date's wording, so
 * switching count/share redraws the bars without recomputing the timeline.
 */
export function useChartInputs(maxCoalitions: number, { withMeasure }: { withMeasure: boolean }): ChartInputs | null {
  const dataset = useAtlasStore(selectDataset)
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  // On a large dataset the picked coalitions and the measure at low priority, like the filters:
  // their controls paint first, and a redraw of every chart follows in a render that the next tick
  // interrupts instead of queueing behind. On a small one in the click's own render: the charts
  // redraw within a frame or two, and a deferred render cost a frame more (bundled data: counts to
  // shares took 86 ms median, deferred).
  const large = useAtlasStore(selectLargeDataset)
  const liveMeasure = useAtlasStore(selectMeasure)
  const deferredMeasure = useDeferredValue(liveMeasure)
  const storeMeasure = large ? deferredMeasure : liveMeasure
  const { query, sectors } = useSettledFilters()
  const liveSelected = useAtlasStore(selectChartCoalitions)
  const deferredSelected = useDeferredValue(liveSelected)
  const selected = large ? deferredSelected : liveSelected
  const measure = withMeasure ? storeMeasure : 'count'

  // The search's close matches arrive with their matcher, loaded on the first search (org-search.ts).
  const closeMatcher = useCloseMatcher(query)
  // Which coalitions (at 100 coalitions, their sizes on the day: every membership) apart from the
  // search, so a keystroke or a sector does not work them out again.
  const coalitions = useMemo(
    () => (dataset ? chartCoalitionIds(dataset, selected, day, maxCoalitions) : null),
    [dataset, selected, day, maxCoalitions],
  )
  const base = useMemo(() => {
    if (!dataset || !coalitions) return null
    const search = organizationMatcher(dataset.organizations, { query, sectors: [] }, closeMatcher)
    // The same search the predicate runs (kept, so not run twice): whether it found close matches.
    const closeMatches = searchOrganizations(dataset.organizations, query, closeMatcher).closeCount > 0
    return { dataset, search, picked: coalitions, closeMatches }
  }, [dataset, coalitions, query, closeMatcher])

  return useMemo(() => {
    if (!base) return null
    const { dataset: data, search, picked, closeMatches } = base
    const state: ChartState = {
      asOf,
      coalitionNames: picked.ids.map((id) => data.coalitionById.get(id)?.name ?? id),
      coalitionCount: data.coalitions.length,
      chosen: picked.chosen,
      truncated: picked.truncated,
      sectorLabels: sectors.filter((id) => data.sectorById.has(id)).map((id) => data.sectorById.get(id)?.label ?? id),
      query,
      closeMatches,
      measure,
      coverage: chartCoverage(data, picked.ids, day),
    }
    // ChartFigure replaces the link with the address at the moment of export.
    const footer = () => exportFooter(data, currentAddress(), chartSourceIds(data, picked.ids, search, sectors))
    return {
      dataset: data,
      day,
      asOf,
      measure,
      sectors,
      query,
      search,
      coalitionIds: picked.ids,
      state,
      footer,
    }
  }, [base, day, asOf, measure, sectors, query])
}
