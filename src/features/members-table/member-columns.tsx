import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { MemberColumn } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import type { Dataset } from '../../domain/dataset/types'
import { DateText, EmptyMark, MembershipCell, MembershipStrip, NameCell } from './member-cells'
import { shortStart } from '../../domain/format/membership'

export const memberTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
const helper = createColumnHelper<typeof memberTableFeatures, MemberRow>()

/** Width of each kind of column; the table has a fixed layout so virtual rows never shift columns. */
export function columnWidth(column: MemberColumn, dataset: Dataset): string {
  switch (column.kind) {
    case 'name':
      return 'clamp(8rem, 38vw, 15rem)'
    case 'sector':
      return '12rem'
    case 'country':
      return '10rem'
    case 'coalitions':
      return '7.5rem'
    case 'joined':
      return '11rem'
    case 'coalition':
      return '12rem'
    case 'memberships':
      return `max(10rem, calc(${dataset.coalitions.length} * 5px + 2rem))`
  }
}

export function useMemberColumnDefs(columns: readonly MemberColumn[], dataset: Dataset, onOpen: (id: string) => void) {
  return useMemo(
    () =>
      helper.columns(columns.map((column) => {
        switch (column.kind) {
          case 'name':
            return helper.accessor((row) => row.name, {
              id: column.id,
              header: column.header,
              enableHiding: false,
              cell: (context) => <NameCell row={context.row.original} onOpen={onOpen} />,
            })
          case 'sector':
            return helper.accessor((row) => row.sectorLabel, { id: column.id, header: column.header, cell: (context) => context.row.original.sectorLabel })
          case 'country':
            return helper.accessor((row) => row.countryName ?? '', {
              id: column.id,
              header: column.header,
              cell: (context) => context.row.original.countryName ?? <EmptyMark meaning="country unknown" />,
            })
          case 'coalitions':
            return helper.accessor((row) => row.coalitionCount, {
              id: column.id,
              header: column.header,
              sortDescFirst: true,
              cell: (context) => context.row.original.coalitionCount,
            })
          case 'joined':
            return helper.accessor((row) => row.firstStart?.since ?? null, {
              id: column.id,
              header: column.header,
              sortDescFirst: false,
              cell: (context) => {
                const first = context.row.original.firstStart
                if (!first) return <EmptyMark meaning="no known join date" />
                return first.membership.joined ? <DateText date={first.membership.joined} /> : shortStart(first.membership)
              },
            })
          case 'coalition':
            return helper.accessor((row) => row.cells.get(column.id)?.since ?? null, {
              id: column.id,
              header: column.header,
              sortDescFirst: false,
              cell: (context) => <MembershipCell cell={context.row.original.cells.get(column.id)} />,
            })
          case 'memberships':
            return helper.display({
              id: column.id,
              header: column.header,
              enableSorting: false,
              cell: (context) => <MembershipStrip row={context.row.original} dataset={dataset} />,
            })
        }
      })),
    [columns, dataset, onOpen],
  )
}
