import { functionalUpdate, useTable } from '@tanstack/react-table'
import type { ColumnVisibilityState, SortingState, Updater } from '@tanstack/react-table'
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import type { MemberColumn } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import { serializeSort, type SortSpec } from '../../domain/members/sort'
import type { Dataset } from '../../domain/dataset/types'
import type { MemberReading } from './use-member-rows'
import { columnWidth, memberTableFeatures, useMemberColumnDefs } from './member-columns'
import { MemberTableRow } from './member-table-row'
import { SpacerRow } from './spacer-row'
import { useRowVirtualizer } from './use-row-virtualizer'

export interface MembersTableProps {
  readonly dataset: Dataset
  readonly columns: readonly MemberColumn[]
  readonly rows: readonly MemberRow[]
  /** What `rows` are a reading of (use-member-rows.ts): a new one starts at the top of the box. */
  readonly reading: MemberReading
  readonly sort: readonly SortSpec[]
  readonly onSortChange: (sort: string) => void
  readonly visibility: ColumnVisibilityState
  readonly onVisibilityChange: (updater: Updater<ColumnVisibilityState>) => void
  readonly onOpen: (id: string) => void
  /** The id of a sentence describing the scroll box (e.g. that it scrolls sideways). */
  readonly describedBy?: string
}

const DEFAULT_SORTING: SortingState = [{ id: 'name', desc: false }]
/** TanStack Table draws the header only (sort state, visibility); the rows are drawn by MemberTableRow. */
const NO_ROWS: MemberRow[] = []

/** Memoized: a keystroke in the search box re-renders the filters at once, the table only when its rows change. */
export const MembersTable = memo(function MembersTable({
  dataset,
  columns,
  rows,
  reading,
  sort,
  onSortChange,
  visibility,
  onVisibilityChange,
  onOpen,
  describedBy,
}: MembersTableProps) {
  const columnDefs = useMemberColumnDefs(columns, dataset, onOpen)
  const columnById = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns])
  // An empty `sort` is the default order (name ascending), and the headers say so.
  const sorting = useMemo<SortingState>(
    () => (sort.length ? sort.map((spec) => ({ id: spec.id, desc: spec.desc })) : DEFAULT_SORTING),
    [sort],
  )
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => onSortChange(serializeSort(functionalUpdate(updater, sorting))),
    [onSortChange, sorting],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  // Rows arrive filtered and sorted on precomputed keys (src/domain/members/sort.ts); only those in
  // view are drawn (use-row-virtualizer.ts), each a memoized MemberTableRow, so a row that stays in
  // view is not drawn again.
  const { items, totalSize, measureElement, scrollToTop } = useRowVirtualizer(rows.length, scrollRef)

  const table = useTable({
    features: memberTableFeatures,
    columns: columnDefs,
    data: NO_ROWS,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: true,
    isMultiSortEvent: (event) => Boolean((event as { shiftKey?: boolean } | undefined)?.shiftKey),
    state: { sorting, columnVisibility: visibility },
    onSortingChange,
    onColumnVisibilityChange: onVisibilityChange,
  })
  // A new order, filter, day or dataset starts reading from the top, as a paged table would; rows
  // merely computed again for the same reading do not (keyed on the rows themselves, the close
  // matcher arriving seconds after the page loaded threw a reader who had scrolled back to the top).
  // In the next frame, where the browser lays the page out anyway: scrolling (or reading the offset)
  // right after the commit forced a layout of the whole page in the middle of the interaction, which
  // was most of a sort's time.
  const shownReading = useRef(reading)
  useEffect(() => {
    if (shownReading.current === reading) return undefined
    shownReading.current = reading
    const frame = requestAnimationFrame(() => {
      if ((scrollRef.current?.scrollTop ?? 0) > 0) scrollToTop()
    })
    return () => cancelAnimationFrame(frame)
  }, [reading, scrollToTop])
  const visibleColumns = table.getVisibleLeafColumns()
  // The same columns as the header's, from props, so the rows' memo holds from one render to the next.
  const bodyColumns = useMemo(() => columns.filter((column) => visibility[column.id] !== false), [columns, visibility])
  // An explicit width lets `table-layout: fixed` skip measuring every cell's content on each render.
  const tableWidth = `calc(${visibleColumns
    .map((column) => {
      const info = columnById.get(column.id)
      return info ? columnWidth(info, dataset) : '10rem'
    })
    .join(' + ')})`
  // The Name column stays at the left edge (sticky): a header or cell brought into view sideways,
  // as the browser does for the sort button just clicked, must stop short of it, not under it.
  const nameColumn = columnById.get('name')
  const stickyWidth = nameColumn ? columnWidth(nameColumn, dataset) : undefined
  const onHeaderKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // A native button turns Enter and Space into clicks; Shift+Space does not reach onClick with
    // shiftKey in every browser, so Shift with either key is handled here.
    if (event.shiftKey && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      event.currentTarget.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }))
    }
  }

  return (
    // Focusable and named, so the keyboard can scroll it (axe: scrollable-region-focusable).
    <div
      className={`members-table__scroll${rows.length > 12 ? ' members-table__scroll--tall' : ''}`}
      ref={scrollRef}
      style={{ scrollPaddingInlineStart: stickyWidth }}
      role="region"
      aria-label="Members table"
      aria-describedby={describedBy}
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must take focus for the keyboard to scroll it
      tabIndex={0}
    >
      <table
        className="members-table"
        style={{ width: tableWidth }}
        aria-rowcount={rows.length + 1}
        aria-colcount={visibleColumns.length}
      >
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
                // Coalition names are data: isolated, like every name from the dataset.
                const label = <bdi>{columnById.get(column.id)?.header ?? column.id}</bdi>
                const className = [
                  column.id === 'name' ? 'members-table__sticky-col' : '',
                  canSort ? 'members-table__sortable' : '',
                ]
                  .filter(Boolean)
                  .join(' ')
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={className || undefined}
                    aria-sort={
                      canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined
                    }
                  >
                    {canSort ? (
                      // The button fills the whole header cell, so the cell is the target, not only its words.
                      <button
                        type="button"
                        className="members-table__sort"
                        onClick={column.getToggleSortingHandler()}
                        onKeyDown={onHeaderKeyDown}
                      >
                        <span className="members-table__sort-label">
                          {label}
                          <span className="members-table__sort-mark" aria-hidden="true">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                            {sorted && sorting.length > 1 ? sortIndex + 1 : null}
                          </span>
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
          <SpacerRow height={items[0]?.start ?? 0} columns={bodyColumns.length} />
          {items.map((item) => {
            const row = rows[item.index]
            // Keyed by place, as the virtualizer keys its rows: after a sort or a filter each place's
            // row is updated in place, where keys by organization removed every row in view and built
            // new ones. The cells hold no state that could stay behind with the wrong organization.
            return row ? (
              <MemberTableRow
                key={item.index}
                row={row}
                index={item.index}
                columns={bodyColumns}
                dataset={dataset}
                onOpen={onOpen}
                measure={measureElement}
              />
            ) : null
          })}
          <SpacerRow height={items.length ? totalSize - (items.at(-1)?.end ?? 0) : 0} columns={bodyColumns.length} />
        </tbody>
      </table>
      {rows.length === 0 ? <p className="members-table__none">No organization matches these filters.</p> : null}
    </div>
  )
})
