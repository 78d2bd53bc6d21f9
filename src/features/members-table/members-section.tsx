import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { downloadBlob } from '../../components/download'
import { formatIsoDay } from '../../domain/format/dates'
import { exportFileName } from '../../domain/export/file-names'
import { memberColumns, memberCsvTable, type MemberColumn } from '../../domain/members/columns'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectDataset } from '../../store/selectors'
import type { ViewState } from '../../store/view-state'
import { MembersFilters } from './members-filters'
import { MembersTable } from './members-table'
import { useMemberRows } from './use-member-rows'
import './members-table.css'

/** One row per organization, members and absentees alike, with sorting, filters and CSV export. */
export function MembersSection() {
  const dataset = useAtlasStore(selectDataset)
  if (!dataset) return null
  return <MembersSectionBody dataset={dataset} />
}

/** File name parts for what the filters hold: sectors, coalitions (with the match), countries, roles, search. */
function exportParts(view: ViewState): string[] {
  const parts: string[] = [...view.sectors]
  if (view.coalitions.length) parts.push(...(view.match === 'any' ? [] : [view.match === 'all' ? 'all-of' : 'none-of']), ...view.coalitions)
  parts.push(...view.countries, ...view.roles)
  if (view.q.trim()) parts.push('search', view.q.trim())
  return parts
}

function MembersSectionBody({ dataset }: { dataset: Dataset }) {
  const setView = useAtlasStore((state) => state.setView)
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const asOf = useAtlasStore(selectAsOf)
  const { rows, total, sort, pending } = useMemberRows(dataset)
  const columns = useMemo(() => memberColumns(dataset), [dataset])
  const [visibility, setVisibility] = useState<ColumnVisibilityState>({})
  const [exporting, setExporting] = useState(false)
  const columnsId = useId()

  const visibleColumns = useMemo(() => columns.filter((column) => visibility[column.id] !== false), [columns, visibility])
  const onVisibilityChange = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibility((previous) => (typeof updater === 'function' ? updater(previous) : updater))
  }, [])
  const onSortChange = useCallback((next: string) => setView({ sort: next }), [setView])

  const download = async () => {
    setExporting(true)
    try {
      // Export code loads on first use, not with the page.
      const { csvBlob } = await import('../../domain/export/csv')
      const { header, cells } = memberCsvTable(rows, visibleColumns, dataset)
      const view = useAtlasStore.getState().view
      downloadBlob(csvBlob(header, cells), exportFileName(['coalition-atlas', 'members', ...exportParts(view), asOf], 'csv'))
    } finally {
      setExporting(false)
    }
  }

  return (
    <section className="section members-section" id="members" aria-labelledby="members-title">
      <h2 id="members-title">Member organizations</h2>
      <p className="section__lede">
        Every organization in the dataset, one row each, with its memberships as of {formatIsoDay(asOf)}. Choose a name for its details and sources.
      </p>
      <MembersFilters dataset={dataset} />
      <div className="members-toolbar">
        <p className="members-toolbar__count" role="status" aria-busy={pending || undefined}>
          {rows.length.toLocaleString('en')} of {total.toLocaleString('en')} organizations
        </p>
        <ColumnPicker id={columnsId} columns={columns} visibility={visibility} onChange={setVisibility} />
        <button type="button" className="button button--primary" onClick={() => void download()} disabled={exporting}>
          Download CSV
        </button>
      </div>
      <p className="members-legend">
        Dates marked ≈ are known only to the month or year; “—” means no value for that day.
      </p>
      <MembersTable
        dataset={dataset}
        columns={columns}
        rows={rows}
        sort={sort}
        onSortChange={onSortChange}
        visibility={visibility}
        onVisibilityChange={onVisibilityChange}
        onOpen={openOrganization}
      />
    </section>
  )
}

/** "Columns": a disclosure of toggle buttons (pressed = shown). Buttons rather than labelled
 *  checkboxes so the filter labels ("Sector", "Country") stay the only labels with those words. */
function ColumnPicker({ id, columns, visibility, onChange }: { id: string; columns: readonly MemberColumn[]; visibility: ColumnVisibilityState; onChange: (next: ColumnVisibilityState) => void }) {
  const [open, setOpen] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelId = `${id}-panel`
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false)
      toggleRef.current?.focus()
    }
  }
  return (
    <div className="column-picker">
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Columns
      </button>
      {open ? (
        <ul id={panelId} className="column-picker__panel" aria-label="Columns shown">
          {columns
            .filter((column) => column.id !== 'name')
            .map((column) => {
              const shown = visibility[column.id] !== false
              return (
                <li key={column.id}>
                  <button
                    type="button"
                    className="column-picker__toggle"
                    aria-pressed={shown}
                    onKeyDown={closeOnEscape}
                    onClick={() => onChange({ ...visibility, [column.id]: !shown })}
                  >
                    <span className="column-picker__check" aria-hidden="true">
                      {shown ? '✓' : ''}
                    </span>
                    {column.header}
                  </button>
                </li>
              )
            })}
        </ul>
      ) : null}
    </div>
  )
}
