import { useMemo } from 'react'
import { useCloseMatcher } from '../../components/use-close-matcher'
import { useSettledFilters } from '../../components/use-settled-filters'
import { organizationMatcher } from '../../domain/charts/chart-data'
import type { Dataset } from '../../domain/dataset/types'
import { interlocks, type Interlocks } from '../../domain/interlocks/interlocks'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectAsOfDay, selectDataset, selectInterlocksCoalition } from '../../store/selectors'
import { perDataset } from '../../domain/dataset/per-dataset'

export interface InterlocksInputs {
  readonly dataset: Dataset
  readonly asOf: string
  readonly day: number
  readonly sectors: readonly string[]
  /** The search as the section applies it (after a pause in typing). */
  readonly query: string
  readonly result: Interlocks | null
}

/**
 * The chosen coalition's interlocks on the "as of" day, for the organizations the sector filter and
 * the search keep. Both are followed as the table has answered them (useSettledFilters), as the charts
 * do, so the members table answers each keystroke and each sector first.
 */
const interlocksOf = perDataset(interlocks)

export function useInterlocks(): InterlocksInputs | null {
  const dataset = useAtlasStore(selectDataset)
  const coalitionId = useAtlasStore(selectInterlocksCoalition)
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const { query, sectors } = useSettledFilters()
  const closeMatcher = useCloseMatcher(query)

  const include = useMemo(
    () => (dataset ? organizationMatcher(dataset.organizations, { query, sectors }, closeMatcher) : null),
    [dataset, query, sectors, closeMatcher],
  )
  const result = useMemo(
    () => (dataset && include && coalitionId ? interlocksOf(dataset, coalitionId, day, include) : null),
    [dataset, include, coalitionId, day],
  )

  return useMemo(
    () => (dataset ? { dataset, asOf, day, sectors, query, result } : null),
    [dataset, asOf, day, sectors, query, result],
  )
}
