import { functionalUpdate, useTable } from '@tanstack/react-table'
import type { ColumnVisibilityState, SortingState, Updater } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { MemberColumn } from '../../domain/table-columns'
import type { MemberRow } from '../../domain/table-rows'
import { serializeSort, type SortSpec } from '../../domain/table-sort'
import type { Dataset } from '../../domain/types'
import { columnWidth, memberTableFeatures, useMemberColumnDefs } from './member-columns'

const ESTIMATED_ROW_HEIGHT = 45
// With the scroll box at most 40rem tall this keeps the DOM to about 15 visible rows plus 2 × 10.
const OVERSCAN = 10

export interface MembersTableProps {
  readonly dataset: Dataset
  readonly columns: readonly MemberColumn[]
  readonly rows: readonly MemberRow[]
  readonly sort: readonly SortSpec[]
  readonly onSortChange: (sort: string) => void
  readonly visibility: ColumnVisibilityState
  readonly onVisibilityChange: (updater: Updater<ColumnVisibilityState>) => void
  readonly onOpen: (id: string) => void
}

const DEFAULT_SORTING: SortingState = [{ id: 'name', desc: false }]

/** Memoized: a keystroke in the search box re-renders the filters at once, the table only when its rows change. */
export const MembersTable = memo(function MembersTable({ dataset, columns, rows, sort, onSortChange, visibility, onVisibilityChange, onOpen }: MembersTableProps) {
  const columnDefs = useMemberColumnDefs(columns, dataset, onOpen)
  const columnById = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns])
  // An empty `sort` is the default order (name ascending), and the headers say so.
  const sorting = useMemo<SortingState>(() => (sort.length ? sort.map((spec) => ({ id: spec.id, desc: spec.desc })) : DEFAULT_SORTING), [sort])
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => onSortChange(serializeSort(functionalUpdate(updater, sorting))),
    [onSortChange, sorting],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  // oxlint-disable-next-line react/incompatible-library -- the project does not use React Compiler; the issue asks for TanStack Virtual
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    // Measuring each new row must not force one synchronous re-render per row (24 renders per sort).
    useFlushSync: false,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  // TanStack Table gets only the rows on screen: building its row model for all 10,000 filtered
  // rows on every sort or keystroke cost more than everything else in that update, and rows are
  // already filtered and sorted on precomputed keys (src/domain/table-sort.ts).
  const windowRows = useMemo(() => rows.slice(first, last + 1) as MemberRow[], [rows, first, last])

  const table = useTable({
    features: memberTableFeatures,
    columns: columnDefs,
    data: windowRows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: true,
    isMultiSortEvent: (event) => Boolean((event as { shiftKey?: boolean } | undefined)?.shiftKey),
    state: { sorting, columnVisibility: visibility },
    onSortingChange,
    onColumnVisibilityChange: onVisibilityChange,
  })
  const tableRows = table.getRowModel().rows
  // A new order or a new filter starts reading from the top, as a paged table would.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [rows])
  const visibleColumns = table.getVisibleLeafColumns()
  // An explicit width lets `table-layout: fixed` skip measuring every cell's content on each render.
  const tableWidth = `calc(${visibleColumns.map((column) => {
    const info = columnById.get(column.id)
    return info ? columnWidth(info, dataset) : '10rem'
  }).join(' + ')})`
  const padTop = items[0]?.start ?? 0
  const padBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0

  const onHeaderKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // A native button turns Enter and Space into clicks; Shift+Space does not reach onClick with
    // shiftKey in every browser, so Shift with either key is handled here.
    if (event.shiftKey && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      event.currentTarget.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }))
    }
  }

  return (
    <div className={`members-table__scroll${rows.length > 12 ? ' members-table__scroll--tall' : ''}`} ref={scrollRef}>
      <table className="members-table" style={{ width: tableWidth }} aria-rowcount={rows.length + 1} aria-colcount={visibleColumns.length}>
        <caption className="visually-hidden">Members</caption>
        <colgroup>
          {visibleColumns.map((column) => {
            const info = columnById.get(column.id)
            return <col key={column.id} style={{ width: info ? columnWidth(info, dataset) : undefined }} />
          })}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = header.column
                const sorted = column.getIsSorted()
                const canSort = column.getCanSort()
                const sortIndex = column.getSortIndex()
                const label = columnById.get(column.id)?.header ?? column.id
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={column.id === 'name' ? 'members-table__sticky-col' : undefined}
                    aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                  >
                    {canSort ? (
                      <button type="button" className="members-table__sort" onClick={column.getToggleSortingHandler()} onKeyDown={onHeaderKeyDown}>
                        {label}
                        <span className="members-table__sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          {sorted && sorting.length > 1 ? sortIndex + 1 : null}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr className="members-table__spacer" aria-hidden="true">
              {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden from assistive technology */}
              <td colSpan={visibleColumns.length} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = tableRows[item.index - first]
            if (!row) return null
            return (
              <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the cell's content is rendered by FlexRender
                    <th key={cell.id} scope="row" className="members-table__sticky-col">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the cell's content is rendered by FlexRender
                    <td key={cell.id} className={`members-table__cell--${columnById.get(cell.column.id)?.kind ?? 'other'}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            )
          })}
          {padBottom > 0 ? (
            <tr className="members-table__spacer" aria-hidden="true">
              {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden from assistive technology */}
              <td colSpan={visibleColumns.length} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="members-table__none">No organization matches these filters.</p> : null}
    </div>
  )
})
