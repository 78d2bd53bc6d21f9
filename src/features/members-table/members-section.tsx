import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { CiteButton } from '../../components/cite/cite-button'
import { SectionHead } from '../../components/page-sections/section-head'
import { sectionTitleId } from '../../components/page-sections/sections'
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { downloadBlob } from '../../components/download'
import { EmbedButton } from '../../components/embed/embed-button'
import { printOnlyModule } from '../../components/page-sections/print-only'
import { usePrinting } from '../../components/page-sections/use-printing'
import { formatIsoDay } from '../../domain/format/dates'
import { embedViewName } from '../../domain/format/embed'
import { shownCountText, UNCERTAIN_MEANING } from '../../domain/format/members'
import { memberColumns, memberCsvTable, sinceScope, type MemberColumn } from '../../domain/members/columns'
import type { MembersDownload } from '../../domain/members/membership-list'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import type { CiteRequest } from '../../store/citation'
import { selectAsOf, selectCitable, selectCoalitionFilter, selectDataset, selectMatch } from '../../store/selectors'
import { DownloadMenu } from './download-menu'
import { StripMarkSample, UncertainMark } from './member-cells'
import { MembersFilters } from './members-filters'
import { MembersTable } from './members-table'
import { useMemberRows } from './use-member-rows'
import { useSideScroll } from './use-side-scroll'
import './members-table.css'

const MEMBERS_EMBED = { view: 'members' } as const

// Every filtered row on paper: loaded when the page is idle, not with it.
const usePrintTableModule = printOnlyModule(() => import('./members-print-table'))

/**
 * One row per organization, members and absentees alike, with sorting, filters and CSV export.
 * `embedded`: alone in another site's frame, without "Copy link" and "Embed".
 */
export function MembersSection({ embedded = false }: { embedded?: boolean }) {
  const dataset = useAtlasStore(selectDataset)
  if (!dataset) return null
  return <MembersSectionBody dataset={dataset} embedded={embedded} />
}

function MembersSectionBody({ dataset, embedded }: { dataset: Dataset; embedded: boolean }) {
  const sortMembers = useAtlasStore((state) => state.sortMembers)
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const asOf = useAtlasStore(selectAsOf)
  const coalitionFilter = useAtlasStore(selectCoalitionFilter)
  const match = useAtlasStore(selectMatch)
  // "Member since" follows the coalition filter: its header, cells, sort and CSV column all name the same scope.
  const scope = useMemo(() => sinceScope(dataset, coalitionFilter, match), [dataset, coalitionFilter, match])
  const columns = useMemo(() => memberColumns(dataset, scope), [dataset, scope])
  const { rows, total, uncertain, close, filters, sort, pending, reading } = useMemberRows(dataset, columns)
  const [visibility, setVisibility] = useState<ColumnVisibilityState>({})
  const exporting = useRef(false)
  const printing = usePrinting()
  const printTable = usePrintTableModule(printing)
  const columnsId = useId()
  const downloadId = useId()
  const hintId = useId()
  const frameRef = useRef<HTMLDivElement>(null)
  const sideways = useSideScroll(frameRef, '.members-table__scroll')
  const overflowing = sideways.left || sideways.right

  const visibleColumns = useMemo(
    () => columns.list.filter((column) => visibility[column.id] !== false),
    [columns, visibility],
  )
  const onVisibilityChange = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setVisibility((previous) => (typeof updater === 'function' ? updater(previous) : updater))
  }, [])
  const onSortChange = sortMembers

  const download = async (kind: MembersDownload) => {
    if (exporting.current) return
    exporting.current = true
    try {
      // Export code loads on first use, not with the page.
      const [{ csvBlob }, { membersFileName, membershipListTable }] = await Promise.all([
        import('../../domain/export/csv'),
        import('../../domain/members/membership-list'),
      ])
      const { header, cells } =
        kind === 'membership-list' ? membershipListTable(rows, filters, dataset) : memberCsvTable(rows, visibleColumns)
      downloadBlob(csvBlob(header, cells), membersFileName(kind, filters, asOf))
    } finally {
      exporting.current = false
    }
  }

  return (
    <section
      className={`section members-section${embedded ? ' members-section--embedded' : ''}`}
      id="members"
      aria-labelledby={sectionTitleId('members')}
    >
      {embedded ? (
        <div className="section__head">
          <h2 id={sectionTitleId('members')}>Member organizations</h2>
        </div>
      ) : (
        <SectionHead section="members" actions={<MembersCite />}>
          Member organizations
        </SectionHead>
      )}
      <p className="section__lede">
        Every organization in the dataset, one row each, with its memberships as of {formatIsoDay(asOf)}. Choose a name
        for its details and sources.
      </p>
      <MembersFilters dataset={dataset} />
      <div className="members-toolbar">
        <p className="members-toolbar__count" role="status" aria-busy={pending || undefined}>
          {shownCountText(rows.length, total, uncertain, close)}
        </p>
        <ColumnPicker id={columnsId} columns={columns.list} visibility={visibility} onChange={setVisibility} />
        <DownloadMenu id={downloadId} onChoose={(kind) => void download(kind)} />
        {embedded ? null : <EmbedButton name={embedViewName('members')} target={MEMBERS_EMBED} />}
      </div>
      <MembersLegend strip={columns.list.some((column) => column.kind === 'memberships')} />
      {/* On a phone the table is wider than the screen: a shadow on each side where columns are out of sight, and a hint in words. */}
      <p id={hintId} className="members-table__hint" data-shown={overflowing || undefined}>
        <span aria-hidden="true">⇆ </span>Scroll sideways for more columns
      </p>
      <div
        ref={frameRef}
        className="members-table__frame"
        data-more-left={sideways.left || undefined}
        data-more-right={sideways.right || undefined}
      >
        <MembersTable
          dataset={dataset}
          columns={columns.list}
          rows={rows}
          reading={reading}
          sort={sort}
          onSortChange={onSortChange}
          visibility={visibility}
          onVisibilityChange={onVisibilityChange}
          onOpen={openOrganization}
          describedBy={overflowing ? hintId : undefined}
        />
      </div>
      {printing && printTable ? (
        <printTable.MembersPrintTable
          dataset={dataset}
          columns={columns.list}
          rows={rows}
          sort={sort}
          visibility={visibility}
        />
      ) : null}
    </section>
  )
}

/** What the marks of the table mean; the strip's marks only when the coalitions are collapsed into it. */
function MembersLegend({ strip }: { strip: boolean }) {
  return (
    <ul className="members-legend" aria-label="Legend">
      <li>
        <UncertainMark />: {UNCERTAIN_MEANING}. Filters and counts include these memberships, as the coalitions’ “up to”
        numbers do.
      </li>
      <li>Dates marked ≈ are known only to the month or year; “—” means no value for that day.</li>
      {strip ? (
        <li>
          Memberships: one mark per coalition, in the order of the Coalition filter.{' '}
          <span className="members-legend__marks">
            <span className="members-legend__mark">
              <StripMarkSample kind="on" /> member
            </span>
            <span className="members-legend__mark">
              <StripMarkSample kind="uncertain" /> uncertain (outlined)
            </span>
            <span className="members-legend__mark">
              <StripMarkSample kind="off" /> not a member
            </span>
          </span>
        </li>
      ) : null}
    </ul>
  )
}

/** "Columns": a disclosure of toggle buttons (pressed = shown). Buttons rather than labelled
 *  checkboxes so the filter labels ("Sector", "Country") stay the only labels with those words. */
function ColumnPicker({
  id,
  columns,
  visibility,
  onChange,
}: {
  id: string
  columns: readonly MemberColumn[]
  visibility: ColumnVisibilityState
  onChange: (next: ColumnVisibilityState) => void
}) {
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

const MEMBERS_CITATION: CiteRequest = { view: { kind: 'members' }, anchor: 'members' }

/** Its own component: the hash arriving after the dataset redraws this button, not the table. */
function MembersCite() {
  const citable = useAtlasStore(selectCitable)
  return <CiteButton what="the members table" cite={citable ? MEMBERS_CITATION : null} />
}
