import { useDeferredValue, useEffect, useMemo } from 'react'
import { useCloseMatcher } from '../../components/use-close-matcher'
import { keepMatchedRows, matchMemberRows, type MemberFilters } from '../../domain/members/filter'
import { searchOrganizations } from '../../domain/members/org-search'
import { memberRowsOn, type MemberRow } from '../../domain/members/rows'
import { parseSort, type SortSpec } from '../../domain/members/sort'
import { sortedMemberRows } from '../../domain/members/sorted-rows'
import { resolveSortId, type MemberColumns } from '../../domain/members/columns'
import { usePreparedOrders } from './use-prepared-orders'
import { defersFilters } from '../../domain/dataset/size'
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
  /** How many of those rows (the last ones) the search found only as close matches. */
  readonly close: number
  /** The filters `rows` were made with (they trail the ones being typed). */
  readonly filters: MemberFilters
  readonly sort: readonly SortSpec[]
  /** True while a newer filter is still being applied in the background. */
  readonly pending: boolean
  /**
   * What the rows are a reading of: changes when the dataset, the day, the order or the filters do,
   * and not when the same reading is merely computed again (the close matcher arriving after a
   * search, say). The table starts from the top when this changes, never otherwise.
   */
  readonly reading: MemberReading
}

export interface MemberReading {
  readonly dataset: Dataset
  readonly day: number
  readonly sort: readonly SortSpec[]
  readonly filters: MemberFilters
}

/**
 * Sorting runs on all rows when the order or the day changes; filtering is a single pass over the
 * sorted rows. On a very large dataset filters are deferred (defersFilters), so typing in the search
 * box never waits for the rows; otherwise they apply in the keystroke's own render.
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

  const allRows = useMemo(() => memberRowsOn(dataset, day), [dataset, day])
  const sort = useMemo(() => parseSort(sortText, (id) => resolveSortId(columns, id)), [sortText, columns])
  const sorted = useMemo(() => sortedMemberRows(allRows, sort, columns), [allRows, sort, columns])
  usePreparedOrders(allRows, columns)

  const filters = useMemo<MemberFilters>(
    () => ({ sectors, coalitions, match, countries, roles, query }),
    [sectors, coalitions, match, countries, roles, query],
  )
  const deferred = useDeferredValue(filters)
  const deferredFilters = defersFilters(dataset) ? deferred : filters
  // The close matcher loads on the first search: when it arrives, the same search runs again with it.
  const closeMatcher = useCloseMatcher(deferredFilters.query)
  const search = useMemo(
    () => searchOrganizations(dataset.organizations, deferredFilters.query, closeMatcher),
    [dataset, deferredFilters.query, closeMatcher],
  )
  // Which rows the filters keep is worked out once per filter; a new order only picks them out again.
  const matched = useMemo(() => matchMemberRows(allRows, deferredFilters, search), [allRows, deferredFilters, search])
  const { rows, uncertain, close } = useMemo(() => keepMatchedRows(sorted, matched, search), [sorted, matched, search])
  const reading = useMemo<MemberReading>(
    () => ({ dataset, day, sort, filters: deferredFilters }),
    [dataset, day, sort, deferredFilters],
  )

  // After the commit that shows these rows: the sections below may now follow this search and sector filter.
  const filtersShown = useAtlasStore((state) => state.filtersShown)
  useEffect(
    () => filtersShown(deferredFilters.query, deferredFilters.sectors),
    [filtersShown, deferredFilters.query, deferredFilters.sectors],
  )

  return {
    total: allRows.length,
    rows,
    uncertain,
    close,
    filters: deferredFilters,
    sort,
    pending: deferredFilters !== filters,
    reading,
  }
}
