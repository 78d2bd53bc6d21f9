import { functionalUpdate, useTable } from '@tanstack/react-table'
import type { ColumnVisibilityState, SortingState, Updater } from '@tanstack/react-table'
import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { MemberColumn } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import { serializeSort, type SortSpec } from '../../domain/members/sort'
import type { Dataset } from '../../domain/dataset/types'
import { columnWidth, memberTableFeatures, useMemberColumnDefs } from './member-columns'

const ESTIMATED_ROW_HEIGHT = 45
// With the scroll box at most 40rem tall this keeps the DOM to about 15 visible rows plus 2 × 6:
// enough to scroll without blank rows, few enough that the first screen is quick to build.
const OVERSCAN = 6

export interface MembersTableProps {
  readonly dataset: Dataset
  readonly columns: readonly MemberColumn[]
  readonly rows: readonly MemberRow[]
  readonly sort: readonly SortSpec[]
  readonly onSortChange: (sort: string) => void
  readonly visibility: ColumnVisibilityState
  readonly onVisibilityChange: (updater: Updater<ColumnVisibilityState>) => void
  readonly onOpen: (id: string) => void
  /** The id of a sentence describing the scroll box (e.g. that it scrolls sideways). */
  readonly describedBy?: string
}

const DEFAULT_SORTING: SortingState = [{ id: 'name', desc: false }]

// The virtualizer's defaults read the scroll box's size and each new row's height synchronously,
// and each read forces a layout of the whole page in the middle of React's commit: on first load
// that was two full layouts before the browser's own. These read sizes from ResizeObserver entries
// only, which arrive after the browser has laid the page out anyway; until then the scroll box is
// assumed to be as tall as its CSS cap and rows as tall as the estimate.
type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLTableRowElement>

function observeScrollBox(instance: RowVirtualizer, onRect: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement
  if (!element || typeof ResizeObserver === 'undefined') return undefined
  // Inside a ResizeObserver callback layout is already up to date, so these reads are free.
  const observer = new ResizeObserver(() => onRect({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}

function measureRow(element: HTMLTableRowElement, entry: ResizeObserverEntry | undefined, instance: RowVirtualizer): number {
  const box = entry?.borderBoxSize[0]
  if (box) return Math.round(box.blockSize)
  const index = instance.indexFromElement(element)
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
}

/** On mount the virtualizer writes the offset it tracks (0) back to the box; a box at the top
 *  that has not scrolled since is already there, and the write would force a layout. */
function scrollBox(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: RowVirtualizer) {
  if (offset + (options.adjustments ?? 0) === 0 && !instance.scrollOffset) return
  elementScroll(offset, options, instance)
}

/** The scroll box is at most `min(70vh, 40rem)` tall; 70vh never under-fills the first screen. */
function initialScrollRect() {
  return typeof window === 'undefined' ? { width: 0, height: 0 } : { width: window.innerWidth, height: Math.ceil(window.innerHeight * 0.7) }
}

/** Memoized: a keystroke in the search box re-renders the filters at once, the table only when its rows change. */
export const MembersTable = memo(function MembersTable({ dataset, columns, rows, sort, onSortChange, visibility, onVisibilityChange, onOpen, describedBy }: MembersTableProps) {
  const columnDefs = useMemberColumnDefs(columns, dataset, onOpen)
  const columnById = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns])
  // An empty `sort` is the default order (name ascending), and the headers say so.
  const sorting = useMemo<SortingState>(() => (sort.length ? sort.map((spec) => ({ id: spec.id, desc: spec.desc })) : DEFAULT_SORTING), [sort])
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => onSortChange(serializeSort(functionalUpdate(updater, sorting))),
    [onSortChange, sorting],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const [initialRect] = useState(initialScrollRect)
  // oxlint-disable-next-line react/incompatible-library -- the project does not use React Compiler; the issue asks for TanStack Virtual
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    initialRect,
    observeElementRect: observeScrollBox,
    measureElement: measureRow,
    scrollToFn: scrollBox,
    // Measuring each new row must not force one synchronous re-render per row (24 renders per sort).
    useFlushSync: false,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  // TanStack Table gets only the rows on screen: building its row model for all 10,000 filtered
  // rows on every sort or keystroke cost more than everything else in that update, and rows are
  // already filtered and sorted on precomputed keys (src/domain/members/sort.ts).
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
  // Skipped on mount, where the box is already at the top: scrolling would force a layout.
  const shownRows = useRef(rows)
  useEffect(() => {
    if (shownRows.current === rows) return
    shownRows.current = rows
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
    // Focusable and named, so the keyboard can scroll it (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must take focus for the keyboard to scroll it
    <div className={`members-table__scroll${rows.length > 12 ? ' members-table__scroll--tall' : ''}`} ref={scrollRef} role="region" aria-label="Members table" aria-describedby={describedBy} tabIndex={0}>
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
                // Coalition names are data: isolated, like every name from the dataset.
                const label = <bdi>{columnById.get(column.id)?.header ?? column.id}</bdi>
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
