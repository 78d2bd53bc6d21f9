/**
 * "Changes": who joined and who left each coalition between two days, as LobbyFacts
 * shows who entered and left a register between two snapshots. Each organization's standing on each
 * day is the best of its memberships (certain, possible or none), by the one rule of
 * membership/windows.ts; comparing the two standings gives the kind of change.
 */
import { useId, useState } from 'react'
import { CiteButton } from '../../components/cite/cite-button'
import { downloadBlob } from '../../components/download'
import { OrganizationName } from '../../components/organization-name'
import { usePrinting } from '../../components/page-sections/use-printing'
import { SectionHead } from '../../components/page-sections/section-head'
import { sectionTitleId } from '../../components/page-sections/sections'
import { ExternalLink } from '../../components/external-link'
import { SourceCitation } from '../../components/source-citation'
import { CHANGE_KINDS } from '../../domain/changes/changes'
import type { CoalitionChangesView } from '../../domain/changes/changes-view'
import { checkSpanEntry, spanParams } from '../../domain/changes/span'
import { dayToIso, isoToDay } from '../../domain/dataset/dates'
import type { Dataset } from '../../domain/dataset/types'
import {
  CHANGE_KIND_HEADINGS,
  CHANGE_KIND_MEANINGS,
  changeDatesText,
  changesToggleText,
  spanEntryRefusal,
  spanNoteText,
  spanText,
} from '../../domain/format/changes'
import { formatCount } from '../../domain/format/counts'
import { organizationFilterText } from '../../domain/format/filters'
import { useAtlasStore } from '../../store/atlas-store'
import type { CiteRequest } from '../../store/citation'
import { selectChangeFrom, selectChangeTo, selectCitable } from '../../store/selectors'
import { DayField } from '../../components/day-field/day-field'
import { TODAY_DAY, useChanges, type ChangesInputs } from './use-changes'
import './changes.css'

export default function ChangesSection() {
  const inputs = useChanges()
  const citable = useAtlasStore(selectCitable)
  if (!inputs) return null
  const [from, to] = [dayToIso(inputs.span.from), dayToIso(inputs.span.to)]
  // The two days are pinned in the link: the default span ends today, which moves.
  const cite: CiteRequest = { view: { kind: 'changes', from, to }, anchor: 'changes', pins: { from, to } }
  return (
    <section className="section changes" id="changes" aria-labelledby={sectionTitleId('changes')}>
      <SectionHead section="changes" actions={<CiteButton what="the changes" cite={citable ? cite : null} />}>
        Changes
      </SectionHead>
      <p className="section__lede">
        Who joined and who left each coalition between two days. An organization counts as a certain member on a day, a
        possible one (the evidence allows but does not prove it) or not a member, by the best of its memberships; the
        kind of change compares the two days. Follows the sector filter and the search.
      </p>
      {inputs.dataset.coalitions.length === 0 ? (
        <p className="changes-empty">This dataset has no coalitions, so nothing can change.</p>
      ) : (
        <Changes inputs={inputs} />
      )}
    </section>
  )
}

function Changes({ inputs }: { inputs: ChangesInputs }) {
  const { dataset, bounds, span, view } = inputs
  const setChangeSpan = useAtlasStore((state) => state.setChangeSpan)
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  const [status, setStatus] = useState('')
  const legendId = useId()

  const applySpan = (from: number, to: number) => {
    const params = spanParams(from, to, TODAY_DAY, bounds)
    setChangeSpan(params.from, params.to)
  }
  const refusalOf = (field: 'from' | 'to') => (typed: string) => {
    const other = field === 'from' ? span.to : span.from
    const check = checkSpanEntry(field, typed, other, bounds)
    return check === 'ok'
      ? null
      : spanEntryRefusal(field, typed, check, other, field === 'from' ? span.from : span.to, bounds)
  }
  const fromParam = useAtlasStore(selectChangeFrom)
  const toParam = useAtlasStore(selectChangeTo)
  const isDefault = fromParam === null && toParam === null

  const downloadCsv = async () => {
    const [{ csvBlob }, { changesCsv, changesFileName }] = await Promise.all([
      import('../../domain/export/csv'),
      import('../../domain/changes/changes-csv'),
    ])
    const { header, rows } = changesCsv(dataset, inputs.changes, span.from, span.to)
    const name = changesFileName(inputs.sectors, inputs.query, span.from, span.to)
    downloadBlob(csvBlob(header, rows), name)
    setStatus(`Downloaded ${name} (${formatCount(rows.length)} ${rows.length === 1 ? 'row' : 'rows'})`)
  }

  const toggle = (coalitionId: string) =>
    setOpen((previous) => {
      const next = new Set(previous)
      if (next.has(coalitionId)) next.delete(coalitionId)
      else next.add(coalitionId)
      return next
    })

  const sectorLabels = inputs.sectors
    .filter((id) => dataset.sectorById.has(id))
    .map((id) => dataset.sectorById.get(id)?.label ?? id)

  return (
    <>
      <div className="changes-controls">
        <div className="changes-span" role="group" aria-label="Days compared">
          <DayField
            className="changes-span__field"
            label="From"
            value={dayToIso(span.from)}
            min={bounds ? dayToIso(bounds.first) : undefined}
            max={dayToIso(span.to - 1)}
            refusalOf={refusalOf('from')}
            onApply={(iso) => applySpan(isoToDay(iso) as number, span.to)}
          />
          <DayField
            className="changes-span__field"
            label="To"
            value={dayToIso(span.to)}
            min={dayToIso(span.from + 1)}
            max={bounds ? dayToIso(bounds.last) : undefined}
            refusalOf={refusalOf('to')}
            onApply={(iso) => applySpan(span.from, isoToDay(iso) as number)}
          />
          {isDefault ? null : (
            <button type="button" className="button changes-controls__reset" onClick={() => setChangeSpan(null, null)}>
              Last 12 months
            </button>
          )}
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={inputs.pending}
          onClick={() => void downloadCsv()}
        >
          Download CSV<span className="visually-hidden"> of the changes</span>
        </button>
      </div>
      {span.notes.length ? (
        <ul className="changes-notes">
          {span.notes.map((note) => (
            <li key={note.kind === 'order' ? 'order' : note.field}>{spanNoteText(note, bounds)}</li>
          ))}
        </ul>
      ) : null}
      <p className="changes-status" aria-live="polite">
        {inputs.pending ? (
          <>Working out the changes between {spanText(span.from, span.to)}…</>
        ) : (
          <>
            Between {spanText(span.from, span.to)}: <strong>{view.summary}</strong> across{' '}
            {formatCount(view.coalitions.length)} {view.coalitions.length === 1 ? 'coalition' : 'coalitions'}.{' '}
            {organizationFilterText(sectorLabels, inputs.query)}
          </>
        )}
      </p>
      <details className="changes-legend">
        <summary id={legendId}>What each kind of change means</summary>
        <dl aria-labelledby={legendId}>
          {CHANGE_KINDS.map((kind) => (
            <div key={kind} className="changes-legend__item">
              <dt>{CHANGE_KIND_HEADINGS[kind]}</dt>
              <dd>{CHANGE_KIND_MEANINGS[kind]}</dd>
            </div>
          ))}
        </dl>
      </details>
      {/* While a new span is worked out, the list is the one before, dimmed and marked busy. */}
      <ul className={inputs.pending ? 'changes-list changes-list--pending' : 'changes-list'} aria-busy={inputs.pending}>
        {view.coalitions.map((coalition) => (
          <CoalitionChanges
            key={coalition.coalition.id}
            dataset={dataset}
            item={coalition}
            open={open.has(coalition.coalition.id)}
            onToggle={() => toggle(coalition.coalition.id)}
          />
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </>
  )
}

function CoalitionChanges({
  dataset,
  item,
  open,
  onToggle,
}: {
  dataset: Dataset
  item: CoalitionChangesView
  open: boolean
  onToggle: () => void
}) {
  const headingId = useId()
  const panelId = useId()
  const { coalition } = item
  return (
    <li className="changes-coalition">
      <div className="changes-coalition__head">
        <h3 id={headingId} className="changes-coalition__name">
          <bdi>{coalition.name}</bdi>
        </h3>
        <p className="changes-coalition__summary">{item.summary}</p>
      </div>
      {item.notes.map((note) => (
        <p key={note} className="changes-coalition__note">
          {note}
        </p>
      ))}
      {item.total > 0 ? (
        <>
          <button
            type="button"
            className="button button--small changes-coalition__toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={onToggle}
          >
            {changesToggleText(open, item.total)}
            <span className="visually-hidden">
              {' '}
              in <bdi>{coalition.name}</bdi>
            </span>
          </button>
          <div id={panelId} className="changes-coalition__panel" hidden={!open}>
            {open ? <ChangeGroups dataset={dataset} item={item} /> : null}
          </div>
        </>
      ) : null}
    </li>
  )
}

/**
 * The changes by kind. The memberships of one coalition mostly cite the same few sources, so each
 * entry cites them by number, each number a link to the source, and the panel lists them once in
 * full below.
 */
function ChangeGroups({ dataset, item }: { dataset: Dataset; item: CoalitionChangesView }) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const printing = usePrinting()
  const sourcesTitleId = useId()
  const founded = item.coalition.founded
  const numbers = new Map<string, number>()
  for (const group of item.groups) {
    for (const change of group.changes)
      for (const membership of change.memberships)
        for (const id of membership.sourceIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1)
  }
  return (
    <>
      {item.groups.map((group) => (
        <div
          key={group.kind}
          className="changes-group"
          role="group"
          aria-label={`${group.heading}: ${formatCount(group.changes.length)}`}
        >
          <h4 className="changes-group__title">
            {group.heading} <span className="changes-group__count">{formatCount(group.changes.length)}</span>
          </h4>
          <ul className="changes-group__list">
            {group.changes.map((change) => {
              const memberships = [...change.memberships].sort((a, b) => a.index - b.index)
              const sourceIds = [...new Set(memberships.flatMap((membership) => membership.sourceIds))].sort(
                (x, y) => (numbers.get(x) ?? 0) - (numbers.get(y) ?? 0),
              )
              return (
                <li key={change.organization.id} className="changes-entry">
                  <OrganizationName
                    name={change.organization.name}
                    asText={printing}
                    linkClassName="changes-link"
                    className="changes-entry__name"
                    onOpen={() => openOrganization(change.organization.id)}
                  />
                  <span className="changes-entry__dates">{changeDatesText(memberships, founded)}</span>
                  <span className="changes-entry__sources">
                    {sourceIds.length === 1 ? 'source' : 'sources'}{' '}
                    {sourceIds.map((id, index) => {
                      const source = dataset.sourceById.get(id)
                      return (
                        <span key={id}>
                          {index > 0 ? ' ' : null}
                          <ExternalLink href={source?.url} className="changes-entry__source">
                            {numbers.get(id)}
                            <span className="visually-hidden">
                              : <bdi>{source?.title ?? id}</bdi>
                            </span>
                          </ExternalLink>
                        </span>
                      )
                    })}
                  </span>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <h4 id={sourcesTitleId} className="changes-group__title changes-sources__title">
        Sources
      </h4>
      <ol className="changes-sources" aria-labelledby={sourcesTitleId}>
        {[...numbers.keys()].map((id) => {
          const source = dataset.sourceById.get(id)
          return <li key={id}>{source ? <SourceCitation source={source} /> : <bdi>{id}</bdi>}</li>
        })}
      </ol>
    </>
  )
}
