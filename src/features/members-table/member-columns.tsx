import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import { useMemo, type ReactNode } from 'react'
import type { MemberColumn, MemberColumnKind } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import type { Dataset } from '../../domain/dataset/types'
import { EmptyMark, FirstStartCell, MembershipCell, MembershipStrip, NameCell } from './member-cells'

export const memberTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
const helper = createColumnHelper<typeof memberTableFeatures, MemberRow>()

export interface CellProps {
  readonly row: MemberRow
  readonly column: MemberColumn
  readonly dataset: Dataset
  readonly onOpen: ((id: string) => void) | null
}

/** How each kind of column draws its cell; what the cell says is defined with the column (domain/members/columns.ts). */
export const CELLS: Record<MemberColumnKind, (props: CellProps) => ReactNode> = {
  name: ({ row, onOpen }) => <NameCell row={row} onOpen={onOpen} />,
  sector: ({ row }) => <bdi>{row.sectorLabel}</bdi>,
  country: ({ row }) => row.countryName ?? <EmptyMark meaning="country unknown" />,
  coalitions: ({ row }) => row.coalitionCount,
  joined: ({ row, column }) => <FirstStartCell cell={column.startCell ? column.startCell(row) : row.firstStart} />,
  coalition: ({ row, column }) => (
    <MembershipCell cell={column.coalition ? row.cells.get(column.coalition.id) : undefined} />
  ),
  memberships: ({ row, dataset }) => <MembershipStrip row={row} dataset={dataset} />,
}

/** Width of each kind of column; the table has a fixed layout so virtual rows never shift columns. */
const WIDTHS: Record<MemberColumnKind, (dataset: Dataset) => string> = {
  name: () => 'clamp(8rem, 38vw, 15rem)',
  sector: () => '12rem',
  country: () => '10rem',
  coalitions: () => '7.5rem',
  joined: () => '12rem',
  coalition: () => '13rem',
  memberships: (dataset) => `max(10rem, calc(${dataset.coalitions.length} * 5px + 2rem))`,
}

export function columnWidth(column: MemberColumn, dataset: Dataset): string {
  return WIDTHS[column.kind](dataset)
}

/** `onOpen` null: names are text, not buttons (the printed table). */
export function useMemberColumnDefs(
  columns: readonly MemberColumn[],
  dataset: Dataset,
  onOpen: ((id: string) => void) | null,
) {
  return useMemo(
    () =>
      helper.columns(
        columns.map((column) => {
          const Cell = CELLS[column.kind]
          // Rows arrive sorted (manualSorting); the accessor only gives TanStack a value to hold.
          return helper.accessor((row) => column.text(row), {
            id: column.id,
            header: column.header,
            enableSorting: column.sort !== undefined,
            enableHiding: column.kind !== 'name',
            sortDescFirst: column.descFirst,
            cell: (context) => <Cell row={context.row.original} column={column} dataset={dataset} onOpen={onOpen} />,
          })
        }),
      ),
    [columns, dataset, onOpen],
  )
}
