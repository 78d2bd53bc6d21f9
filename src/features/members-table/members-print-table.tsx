import { useTable, type ColumnVisibilityState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { MemberColumn } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import type { SortSpec } from '../../domain/members/sort'
import type { Dataset } from '../../domain/dataset/types'
import { unprintedRowsText } from '../../domain/format/print'
import { memberTableFeatures, useMemberColumnDefs } from './member-columns'

/** Rows a printout holds: every filtered row up to this many, then a line saying how many are left out. */
export const PRINT_ROW_LIMIT = 2000

interface Props {
  readonly dataset: Dataset
  readonly columns: readonly MemberColumn[]
  readonly rows: readonly MemberRow[]
  readonly sort: readonly SortSpec[]
  readonly visibility: ColumnVisibilityState
}

/**
 * The members table on paper: the screen's table shows only the rows in its scroll box (it is
 * virtualized), so for print every filtered row is rendered here, in the order and with the columns
 * on screen, names as text, the header repeated on every page. Rendered only while printing.
 */
export function MembersPrintTable({ dataset, columns, rows, sort, visibility }: Props) {
  const columnDefs = useMemberColumnDefs(columns, dataset, null)
  const columnById = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns])
  const printed = useMemo(() => rows.slice(0, PRINT_ROW_LIMIT) as MemberRow[], [rows])
  const table = useTable({
    features: memberTableFeatures,
    columns: columnDefs,
    data: printed,
    getRowId: (row) => row.id,
    manualSorting: true,
    state: { columnVisibility: visibility },
  })
  // No sort chosen is the default order, name ascending, and the header says so as on screen.
  const sortOf = new Map(sort.length ? sort.map((spec) => [spec.id, spec.desc]) : [['name', false]])
  return (
    <div className="members-print">
      <table className="members-print__table">
        <caption className="visually-hidden">Members</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const desc = sortOf.get(header.column.id)
                return (
                  <th key={header.id} scope="col">
                    <bdi>{columnById.get(header.column.id)?.header ?? header.column.id}</bdi>
                    {desc === undefined ? null : <span className="members-print__sort">{desc ? ' ▼' : ' ▲'}</span>}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) =>
                cell.column.id === 'name' ? (
                  // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the cell's content is rendered by FlexRender
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the cell's content is rendered by FlexRender
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > printed.length ? (
        <p className="members-print__rest">{unprintedRowsText(rows.length - printed.length)}</p>
      ) : null}
    </div>
  )
}
