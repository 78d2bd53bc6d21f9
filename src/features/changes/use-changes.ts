import { startTransition, useEffect, useMemo, useState } from 'react'
import { useCloseMatcher } from '../../components/use-close-matcher'
import { useSettledFilters } from '../../components/use-settled-filters'
import { organizationMatcher } from '../../domain/charts/chart-data'
import { changesBetweenSteps, changesOf, narrowChanges } from '../../domain/changes/changes'
import { changesView, type ChangesView } from '../../domain/changes/changes-view'
import { resolveSpan, spanBounds, type ChangeSpan, type SpanBounds } from '../../domain/changes/span'
import { isoToDay } from '../../domain/dataset/dates'
import { nextTask, runInSlices } from '../../domain/dataset/steps'
import type { CoalitionChanges } from '../../domain/changes/changes'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectChangeFrom, selectChangeTo, selectDataset, selectLargeDataset, TODAY } from '../../store/selectors'

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
  /**
   * True while a large dataset's changes for `span` are still being worked out: `changes` and
   * `view` are then those of the span shown before (none at first).
   */
  readonly pending: boolean
}

interface Worked {
  readonly dataset: Dataset
  readonly changes: readonly CoalitionChanges[]
  readonly to: number
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
  // On a large dataset a span not yet worked out is worked out in slices (changesBetweenSteps),
  // the figures shown before staying until it is done: at once, moving From at 100,000 memberships
  // was one task of 100-110 ms. The loader works out the first span ahead (large-warmup.ts).
  const large = useAtlasStore(selectLargeDataset)
  const ready = dataset !== null && (!large || changesOf.has(dataset, [span.from, span.to]))
  const [worked, setWorked] = useState<Worked | null>(null)
  useEffect(() => {
    if (!dataset || ready) return
    let live = true
    const pause = () => (live ? nextTask() : Promise.reject(new Error('superseded')))
    runInSlices(changesBetweenSteps(dataset, span.from, span.to), pause).then(
      (changes) => {
        if (!changesOf.has(dataset, [span.from, span.to])) changesOf.remember(dataset, [span.from, span.to], changes)
        if (live) startTransition(() => setWorked({ dataset, changes, to: span.to }))
      },
      // Superseded by another span, or by another dataset: its own effect takes over.
      () => {},
    )
    return () => {
      live = false
    }
  }, [dataset, ready, span.from, span.to])
  const earlier = worked?.dataset === dataset ? worked : null
  const all = useMemo(
    () => (!dataset ? [] : ready ? changesOf(dataset, span.from, span.to) : (earlier?.changes ?? [])),
    [dataset, ready, span.from, span.to, earlier],
  )
  const shownTo = ready ? span.to : (earlier?.to ?? span.to)
  const include = useMemo(
    () => (dataset ? organizationMatcher(dataset.organizations, { query, sectors }, closeMatcher) : null),
    [dataset, query, sectors, closeMatcher],
  )
  const changes = useMemo(() => (include ? narrowChanges(all, include) : all), [all, include])
  const view = useMemo(() => changesView(changes, shownTo), [changes, shownTo])
  const pending = dataset !== null && !ready

  return useMemo(
    () => (dataset ? { dataset, bounds, span, sectors, query, changes, view, pending } : null),
    [dataset, bounds, span, sectors, query, changes, view, pending],
  )
}
