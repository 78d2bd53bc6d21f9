/**
 * The members table's orders, kept: each order of a set of rows is worked out once, and a header
 * click that asks for it again, or for one worked out ahead in an idle moment (orderToPrepare), is
 * a lookup. Otherwise the first sort of a page did that work in the click's own task: 25–30 ms at
 * 10,000 organizations in bench-profile's build, where the same sort warmed up in Node takes 1–4.
 */
import { BUILT_IN_COLUMN_IDS, sortKeyOf, type MemberColumns } from './columns'
import type { MemberRow } from './rows'
import { serializeSort, sortMemberRows, type SortSpec } from './sort'

/** Per set of rows (a dataset on a day), per column set (the "Member since" scope), per sort text. */
const orders = new WeakMap<readonly MemberRow[], WeakMap<MemberColumns, Map<string, MemberRow[]>>>()

function ordersOf(rows: readonly MemberRow[], columns: MemberColumns): Map<string, MemberRow[]> {
  let byColumns = orders.get(rows)
  if (!byColumns) orders.set(rows, (byColumns = new WeakMap()))
  let bySort = byColumns.get(columns)
  if (!bySort) byColumns.set(columns, (bySort = new Map()))
  return bySort
}

/** sortMemberRows, remembered: the same rows, columns and sort give the same array. */
export function sortedMemberRows(
  rows: readonly MemberRow[],
  specs: readonly SortSpec[],
  columns: MemberColumns,
): readonly MemberRow[] {
  const kept = ordersOf(rows, columns)
  const text = serializeSort(specs)
  let sorted = kept.get(text)
  if (!sorted) {
    sorted = sortMemberRows(rows, specs, (id) => sortKeyOf(columns, id))
    kept.set(text, sorted)
  }
  return sorted
}

/**
 * The next order a header click could ask for that is not kept yet, or null when all are: each
 * built-in sortable column alone, first in the direction its first click gives, then in the other.
 * Coalition columns are left to be sorted when asked: there can be eight of them.
 */
export function orderToPrepare(rows: readonly MemberRow[], columns: MemberColumns): SortSpec[] | null {
  const kept = ordersOf(rows, columns)
  for (const flip of [false, true]) {
    for (const id of BUILT_IN_COLUMN_IDS) {
      const column = columns.byId.get(id)
      if (!column?.sort) continue
      const specs = [{ id, desc: column.descFirst !== flip }]
      if (!kept.has(serializeSort(specs))) return specs
    }
  }
  return null
}
