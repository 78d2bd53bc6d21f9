import { useDeferredValue, useEffect, useMemo } from 'react'
import { filterMemberRows, type MemberFilters } from '../../domain/members/filter'
import { buildDatasetKeys, buildMemberRows, type MemberRow } from '../../domain/members/rows'
import { parseSort, sortMemberRows, type SortSpec } from '../../domain/members/sort'
import { resolveSortId, sortKeyOf, type MemberColumns } from '../../domain/members/columns'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import {
  selectAsOfDay,
  selectCoalitionFilter,
  selectCountryFilter,
  selectMatch,
  selectQuery,
  selectRoleFilter,
  selectSectorFilter,
  selectSort,
} from '../../store/selectors'

export interface MemberRowsResult {
  /** Every organization, sorted: the "M" of "N of M organizations". */
  readonly total: number
  /** The filtered rows in the current order: what the table shows and the CSV holds. */
  readonly rows: readonly MemberRow[]
  /** How many of those rows the filters keep only thanks to uncertain memberships. */
  readonly uncertain: number
  /** The filters `rows` were made with (they trail the ones being typed). */
  readonly filters: MemberFilters
  readonly sort: readonly SortSpec[]
  /** True while a newer filter is still being applied in the background. */
  readonly pending: boolean
}

/**
 * Sorting runs on all rows when the order or the day changes; filtering is a single pass over the
 * sorted rows. Filters are deferred so typing in the search box never waits for 10,000 rows.
 */
export function useMemberRows(dataset: Dataset, columns: MemberColumns): MemberRowsResult {
  const day = useAtlasStore(selectAsOfDay)
  const sectors = useAtlasStore(selectSectorFilter)
  const query = useAtlasStore(selectQuery)
  const coalitions = useAtlasStore(selectCoalitionFilter)
  const match = useAtlasStore(selectMatch)
  const countries = useAtlasStore(selectCountryFilter)
  const roles = useAtlasStore(selectRoleFilter)
  const sortText = useAtlasStore(selectSort)

  const keys = useMemo(() => buildDatasetKeys(dataset), [dataset])
  const allRows = useMemo(() => buildMemberRows(dataset, day, keys), [dataset, day, keys])
  const sort = useMemo(() => parseSort(sortText, (id) => resolveSortId(columns, id)), [sortText, columns])
  const sorted = useMemo(() => sortMemberRows(allRows, sort, (id) => sortKeyOf(columns, id)), [allRows, sort, columns])

  const filters = useMemo<MemberFilters>(
    () => ({ sectors, coalitions, match, countries, roles, query }),
    [sectors, coalitions, match, countries, roles, query],
  )
  const deferredFilters = useDeferredValue(filters)
  const { rows, uncertain } = useMemo(() => filterMemberRows(sorted, deferredFilters), [sorted, deferredFilters])

  // After the commit that shows these rows: the charts may now follow this search.
  const searchShown = useAtlasStore((state) => state.searchShown)
  useEffect(() => searchShown(deferredFilters.query), [searchShown, deferredFilters.query])

  return { total: allRows.length, rows, uncertain, filters: deferredFilters, sort, pending: deferredFilters !== filters }
}
