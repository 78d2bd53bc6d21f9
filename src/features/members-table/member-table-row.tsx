import { memo } from 'react'
import type { MemberColumn } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import type { Dataset } from '../../domain/dataset/types'
import { CELLS } from './member-columns'

export interface MemberTableRowProps {
  readonly row: MemberRow
  /** Position in the filtered, sorted rows. */
  readonly index: number
  readonly columns: readonly MemberColumn[]
  readonly dataset: Dataset
  readonly onOpen: (id: string) => void
  /** The virtualizer's measuring ref; none while the first rows are shown without it. */
  readonly measure?: (element: HTMLTableRowElement | null) => void
}

/** One organization's row. Memoized: after a sort or a filter only the rows new to the view are drawn. */
export const MemberTableRow = memo(function MemberTableRow({
  row,
  index,
  columns,
  dataset,
  onOpen,
  measure,
}: MemberTableRowProps) {
  return (
    <tr data-index={index} ref={measure} aria-rowindex={index + 2}>
      {columns.map((column) => {
        // Called, not mounted: the cells hold no state, and a component per cell was some 120 more fibers per sort.
        const content = CELLS[column.kind]({ row, column, dataset, onOpen })
        return column.kind === 'name' ? (
          <th key={column.id} scope="row" className="members-table__sticky-col">
            {content}
          </th>
        ) : (
          <td key={column.id} className={`members-table__cell--${column.kind}`}>
            {content}
          </td>
        )
      })}
    </tr>
  )
})
