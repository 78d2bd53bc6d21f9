import { useMemo } from 'react'
import { chartCoalitionIds, chartSourceIds, organizationMatcher } from '../../domain/charts/chart-data'
import { chartCoverage, type ChartState } from '../../domain/charts/chart-text'
import { exportFooter } from '../../domain/export/export-footer'
import { buildHaystacks } from '../../domain/members/org-search'
import type { Dataset, Organization } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectAsOfDay, selectChartCoalitions, selectDataset, selectMeasure, selectSettledQuery, selectSectorFilter } from '../../store/selectors'
import { useTrailingValue } from './use-trailing-value'

export interface ChartInputs {
  readonly dataset: Dataset
  readonly day: number
  readonly asOf: string
  readonly measure: 'count' | 'share'
  readonly sectors: readonly string[]
  readonly query: string
  readonly selected: readonly string[]
  /** Search only (the sector filter is applied by the view models, which also need the unfiltered base). */
  readonly search: (organization: Organization) => boolean
  readonly coalitionIds: readonly string[]
  readonly state: ChartState
  readonly footer: ReturnType<typeof exportFooter>
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
  const storeMeasure = useAtlasStore(selectMeasure)
  const sectors = useAtlasStore(selectSectorFilter)
  const query = useTrailingValue(useAtlasStore(selectSettledQuery))
  const selected = useAtlasStore(selectChartCoalitions)
  const measure = withMeasure ? storeMeasure : 'count'

  const base = useMemo(() => {
    if (!dataset) return null
    const search = organizationMatcher(buildHaystacks(dataset.organizations), { query, sectors: [] })
    const picked = chartCoalitionIds(dataset, selected, day, maxCoalitions)
    return { dataset, search, picked, sourceIds: chartSourceIds(dataset, picked.ids, search, sectors) }
  }, [dataset, day, query, selected, sectors, maxCoalitions])

  return useMemo(() => {
    if (!base) return null
    const { dataset: data, search, picked, sourceIds } = base
    const state: ChartState = {
      asOf,
      coalitionNames: picked.ids.map((id) => data.coalitionById.get(id)?.name ?? id),
      coalitionCount: data.coalitions.length,
      chosen: picked.chosen,
      truncated: picked.truncated,
      sectorLabels: sectors.filter((id) => data.sectorById.has(id)).map((id) => data.sectorById.get(id)?.label ?? id),
      query,
      measure,
      coverage: chartCoverage(data, picked.ids, day),
    }
    // ChartFigure replaces the link with the address at the moment of export.
    const footer = exportFooter(data, window.location.href, sourceIds)
    return { dataset: data, day, asOf, measure, sectors, query, selected, search, coalitionIds: picked.ids, state, footer }
  }, [base, day, asOf, measure, sectors, query, selected])
}
