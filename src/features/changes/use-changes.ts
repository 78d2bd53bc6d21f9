import { useMemo } from 'react'
import { useCloseMatcher } from '../../components/use-close-matcher'
import { useSettledFilters } from '../../components/use-settled-filters'
import { organizationMatcher } from '../../domain/charts/chart-data'
import { changesOf, narrowChanges } from '../../domain/changes/changes'
import { changesView, type ChangesView } from '../../domain/changes/changes-view'
import { resolveSpan, spanBounds, type ChangeSpan, type SpanBounds } from '../../domain/changes/span'
import { isoToDay } from '../../domain/dataset/dates'
import type { CoalitionChanges } from '../../domain/changes/changes'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectChangeFrom, selectChangeTo, selectDataset, TODAY } from '../../store/selectors'

export const TODAY_DAY = isoToDay(TODAY) as number

export interface ChangesInputs {
  readonly dataset: Dataset
  readonly bounds: SpanBounds | null
  readonly span: ChangeSpan
  readonly sectors: readonly string[]
  /** The search as the section applies it (after a pause in typing). */
  readonly query: string
  readonly changes: readonly CoalitionChanges[]
  readonly view: ChangesView
}

/**
 * The span's changes, worked out once per dataset and span, then narrowed by the sector filter and
 * the search. Both are followed as the table has answered them (useSettledFilters), as the charts
 * do, so the members table answers each keystroke and each sector first.
 */
export function useChanges(): ChangesInputs | null {
  const dataset = useAtlasStore(selectDataset)
  const fromParam = useAtlasStore(selectChangeFrom)
  const toParam = useAtlasStore(selectChangeTo)
  const { query, sectors } = useSettledFilters()
  const closeMatcher = useCloseMatcher(query)

  const bounds = useMemo(() => (dataset ? spanBounds(dataset, TODAY_DAY) : null), [dataset])
  const span = useMemo(() => resolveSpan(bounds, TODAY_DAY, fromParam, toParam), [bounds, fromParam, toParam])
  const all = useMemo(() => (dataset ? changesOf(dataset, span.from, span.to) : []), [dataset, span.from, span.to])
  const include = useMemo(
    () => (dataset ? organizationMatcher(dataset.organizations, { query, sectors }, closeMatcher) : null),
    [dataset, query, sectors, closeMatcher],
  )
  const changes = useMemo(() => (include ? narrowChanges(all, include) : all), [all, include])
  const view = useMemo(() => changesView(changes, span.to), [changes, span.to])

  return useMemo(
    () => (dataset ? { dataset, bounds, span, sectors, query, changes, view } : null),
    [dataset, bounds, span, sectors, query, changes, view],
  )
}
