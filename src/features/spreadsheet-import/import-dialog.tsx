import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useModalDialog } from '../../components/use-modal-dialog'
import { ProblemList } from '../../components/problem-list'
import type { Analysis, PairView } from '../../domain/import/analyze'
import {
  columnLetter,
  FIELD_DESCRIPTIONS,
  FIELD_HEADERS,
  FIELDS,
  REQUIRED_FIELDS,
  type Field,
} from '../../domain/import/columns'
import { dateOrderLabel, type DateOrder } from '../../domain/import/dates'
import { formatCount, plural } from '../../domain/format/counts'
import { formatIsoDay } from '../../domain/format/dates'
import { importButtonText, pairReasonText, reportText, roleDefaultText, rowsSummary } from '../../domain/format/import'
import { loadFromDocument } from '../../store/dataset-loader'
import { useAtlasStore } from '../../store/atlas-store'
import { selectDataset } from '../../store/selectors'
import type { ImportStart } from './import-requests'
import type { TableSummary } from './import-protocol'
import { ScrollBox } from './scroll-box'
import { useImportSession, type ImportSession, type SessionActions } from './use-import-session'
import './spreadsheet-import.css'
import '../../components/modal-dialog.css'

/**
 * The importer: read a sheet (a file, dropped or picked, or rows pasted), show each column with
 * the field it will be read as and let the person change it, show the first rows as they will be
 * read and every problem by row and column, ask what is unclear (the date order, names that may be
 * one organization, a new dataset or an addition), and change nothing until "Import" is pressed.
 */
export default function ImportDialog({
  start,
  opener,
  onClose,
}: {
  start: ImportStart
  opener: Element | null
  onClose: () => void
}) {
  const { dialogRef, headingRef, titleId, onDialogClose } = useModalDialog(onClose, opener)
  const [session, actions] = useImportSession(start.kind === 'paste' ? 'paste' : 'reading')

  // Read the file at once, or wait for the paste.
  const started = useRef(false)
  useEffect(() => {
    if (started.current || start.kind !== 'file') return
    started.current = true
    const file = start.file
    file.arrayBuffer().then(
      (bytes) => actions.open({ kind: 'file', name: file.name, bytes }),
      () => actions.open({ kind: 'text', name: file.name, text: '' }),
    )
  }, [start, actions])

  const close = () => dialogRef.current?.close()

  const confirm = async () => {
    const name = session.table?.name ?? 'spreadsheet'
    const text = await actions.takeDocument()
    close()
    if (text !== null) void loadFromDocument(text, { kind: 'import', label: name })
  }

  return (
    <dialog ref={dialogRef} className="modal-dialog import-dialog" aria-labelledby={titleId} onClose={onDialogClose}>
      <div className="modal-dialog__inner">
        <header className="modal-dialog__header import-dialog__header">
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            Import a spreadsheet
          </h2>
          {session.table ? (
            <p className="import-dialog__source">
              <bdi>{session.table.name}</bdi>: {sourceFacts(session.table)}
            </p>
          ) : null}
        </header>
        <div className="import-dialog__body">
          <Body session={session} actions={actions} onCancel={close} />
        </div>
        <footer className="import-dialog__footer">
          {session.stage === 'ready' && session.analysis ? (
            <button
              type="button"
              className="button button--primary"
              disabled={
                session.checking || session.analysis.mappingProblems.length > 0 || session.analysis.fineRows === 0
              }
              onClick={() => void confirm()}
            >
              {importButtonText(session.analysis.fineRows, session.analysis.rowCount)}
            </button>
          ) : null}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <p className="import-dialog__keep">Nothing changes on screen until you import.</p>
        </footer>
      </div>
    </dialog>
  )
}

function sourceFacts(table: TableSummary): string {
  const parts = [plural(table.rowCount, 'row', 'rows'), plural(table.headers.length, 'column', 'columns')]
  if (table.delimiter) parts.push(table.delimiter)
  if (table.encoding) parts.push(table.encoding)
  if (table.sheets) parts.push(`sheet “${table.sheets[table.sheet] ?? ''}”`)
  return parts.join(', ')
}

function Body({
  session,
  actions,
  onCancel,
}: {
  session: ImportSession
  actions: SessionActions
  onCancel: () => void
}) {
  if (session.stage === 'paste')
    return <PasteStep onRead={(text) => actions.open({ kind: 'text', name: 'Pasted rows', text })} />
  if (session.stage === 'reading' || session.stage === 'importing') {
    return (
      <Working
        label={session.stage === 'importing' ? 'Making the dataset…' : 'Reading the spreadsheet…'}
        share={session.stage === 'reading' ? session.progress : null}
        onCancel={onCancel}
      />
    )
  }
  if (session.stage === 'failed') {
    return (
      <div className="import-dialog__failure" role="alert">
        <p>
          <strong>The spreadsheet could not be read.</strong> <bdi>{session.reason}</bdi>
        </p>
        <p>The dataset on screen has not changed.</p>
      </div>
    )
  }
  if (!session.table) return null
  return <ReadyStep session={session} actions={actions} table={session.table} onCancel={onCancel} />
}

function PasteStep({ onRead }: { onRead: (text: string) => void }) {
  const [text, setText] = useState('')
  const id = useId()
  const hintId = useId()
  return (
    <form
      className="import-dialog__paste"
      onSubmit={(event) => {
        event.preventDefault()
        if (text.trim()) onRead(text)
      }}
    >
      <label htmlFor={id}>Paste from a spreadsheet</label>
      <p id={hintId} className="import-dialog__hint">
        Select the cells in Excel, LibreOffice or Google Sheets, header row included, copy them and paste them here. One
        row per membership: organization, coalition and source URL at least.
      </p>
      <textarea
        id={id}
        aria-describedby={hintId}
        rows={10}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div>
        <button type="submit" className="button" disabled={!text.trim()}>
          Read pasted rows
        </button>
      </div>
    </form>
  )
}

function Working({ label, share, onCancel }: { label: string; share: number | null; onCancel: () => void }) {
  return (
    <section className="import-dialog__working" aria-label="Import progress">
      <p role="status">
        {label}
        {share !== null ? ` ${Math.round(share * 100)}%` : ''}
      </p>
      {share !== null ? <progress max={1} value={share} aria-label={label} /> : <progress aria-label={label} />}
      <button type="button" className="button" onClick={onCancel}>
        Cancel import
      </button>
    </section>
  )
}

function ReadyStep({
  session,
  actions,
  table,
  onCancel,
}: {
  session: ImportSession
  actions: SessionActions
  table: TableSummary
  onCancel: () => void
}) {
  const analysis = session.analysis
  return (
    <>
      {table.sheets && table.sheets.length > 1 ? <SheetChoice table={table} onChoose={actions.chooseSheet} /> : null}
      <Section title="Columns">
        <p className="import-dialog__hint">
          Each column is read as one field. Change any guess that is wrong, or ignore the column. Organization,
          coalition and source URL are required.
        </p>
        {analysis && analysis.mappingProblems.length > 0 ? (
          <ul className="import-dialog__blocking" role="alert">
            {analysis.mappingProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        <ColumnTable table={table} mapping={session.mapping} onChange={actions.setField} />
      </Section>
      {analysis && analysis.dateQuestion.ambiguous > 0 ? (
        <DateOrderChoice analysis={analysis} order={session.dateOrder} onChange={actions.setDateOrder} />
      ) : null}
      {session.checking ? <Working label="Checking the rows…" share={null} onCancel={onCancel} /> : null}
      {analysis ? (
        <>
          <Section title="First rows as they will be read">
            <Preview analysis={analysis} />
            {analysis.roleDefaulted > 0 ? (
              <p className="import-dialog__hint">{roleDefaultText(analysis.roleDefaulted)}</p>
            ) : null}
          </Section>
          <Section title="Check">
            <p aria-live="polite">
              {analysis.mappingProblems.length > 0
                ? 'Choose the columns above first: no row can be read yet.'
                : rowsSummary(analysis.fineRows, analysis.rowCount, analysis.problemCount)}
            </p>
            <ProblemList
              problems={analysis.problems.map((message) => ({ path: '', message }))}
              count={analysis.problemCount}
              limit={100}
            />
          </Section>
          {analysis.pairs.length > 0 ? <Pairs analysis={analysis} onChange={actions.setMerge} /> : null}
          <ModeChoice session={session} actions={actions} />
          {analysis.report ? (
            <Section title="What the import does">
              {reportText(analysis.report, session.mode).map((line) => (
                <p key={line}>
                  <bdi>{line}</bdi>
                </p>
              ))}
            </Section>
          ) : null}
        </>
      ) : null}
    </>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="import-dialog__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}

function SheetChoice({ table, onChoose }: { table: TableSummary; onChoose: (sheet: number) => void }) {
  const id = useId()
  return (
    <div className="field import-dialog__sheet">
      <label htmlFor={id}>Sheet</label>
      <select id={id} value={table.sheet} onChange={(event) => onChoose(Number(event.target.value))}>
        {(table.sheets ?? []).map((sheet, index) => (
          <option key={`${index}-${sheet}`} value={index}>
            {sheet}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The label of a column's select: its header, or its letter when it has none or shares its header. */
function columnLabel(headers: readonly string[], index: number): string {
  const header = (headers[index] ?? '').trim()
  if (!header) return `Column ${columnLetter(index)}`
  const shared = headers.some((other, at) => at !== index && other.trim() === header)
  return shared ? `${header} (column ${columnLetter(index)})` : header
}

function ColumnTable({
  table,
  mapping,
  onChange,
}: {
  table: TableSummary
  mapping: readonly (Field | null)[]
  onChange: (column: number, field: Field | null) => void
}) {
  const baseId = useId()
  return (
    <ScrollBox label="Columns of the sheet">
      <table className="import-table">
        <caption className="visually-hidden">Columns of the sheet and the field each is read as</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Read as</th>
            <th scope="col">Sample values</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header, index) => {
            const id = `${baseId}-${index}`
            const field = mapping[index] ?? null
            return (
              <tr key={index}>
                <th scope="row">
                  <span className="import-table__letter">{columnLetter(index)}</span>{' '}
                  <bdi>{header || '(no header)'}</bdi>
                </th>
                <td>
                  <label className="visually-hidden" htmlFor={id}>
                    {columnLabel(table.headers, index)}
                  </label>
                  <select
                    id={id}
                    value={field ?? ''}
                    onChange={(event) => onChange(index, (event.target.value || null) as Field | null)}
                    title={field ? FIELD_DESCRIPTIONS[field] : 'This column is not read'}
                  >
                    <option value="">Ignore this column</option>
                    {FIELDS.map((option) => (
                      <option key={option} value={option}>
                        {FIELD_HEADERS[option]}
                        {REQUIRED_FIELDS.includes(option) ? ' (required)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="import-table__samples">
                  {(table.samples[index] ?? []).length > 0 ? (
                    (table.samples[index] ?? []).map((sample, at) => (
                      <span key={at} className="import-table__sample">
                        <bdi>{sample}</bdi>
                      </span>
                    ))
                  ) : (
                    <span className="import-table__empty">empty</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollBox>
  )
}

function DateOrderChoice({
  analysis,
  order,
  onChange,
}: {
  analysis: Analysis
  order: DateOrder | null
  onChange: (order: DateOrder) => void
}) {
  const name = useId()
  const example = analysis.dateQuestion.example
  const [first, second, year] = (example?.text ?? '03/04/2024').split(/[/.-]/).map(Number)
  const read = (dayFirst: boolean) =>
    first && second && year
      ? formatIsoDay(
          `${year}-${String(dayFirst ? second : first).padStart(2, '0')}-${String(dayFirst ? first : second).padStart(2, '0')}`,
        )
      : ''
  return (
    <fieldset className="import-dialog__choice">
      <legend>How are dates such as {example?.text ?? '03/04/2024'} written?</legend>
      <p className="import-dialog__hint">
        {plural(analysis.dateQuestion.ambiguous, 'date', 'dates')} in the sheet could be read either way
        {analysis.dateQuestion.evidence
          ? `; others (such as a day over 12) show ${dateOrderLabel(analysis.dateQuestion.evidence)}`
          : ''}
        .
      </p>
      {(['dmy', 'mdy'] as const).map((value) => (
        <label key={value} className="import-dialog__radio">
          <input type="radio" name={name} value={value} checked={order === value} onChange={() => onChange(value)} />
          {value === 'dmy' ? 'Day first' : 'Month first'} ({dateOrderLabel(value)}: {read(value === 'dmy')})
        </label>
      ))}
    </fieldset>
  )
}

function Preview({ analysis }: { analysis: Analysis }) {
  const { fields, rows } = analysis.preview
  if (rows.length === 0) return <p>The sheet has no rows under its header.</p>
  return (
    <ScrollBox label="First rows">
      <table className="import-table import-table--preview">
        <caption className="visually-hidden">The first rows as they will be read</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {fields.map((field) => (
              <th key={field} scope="col">
                {FIELD_HEADERS[field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={row.problem ? 'import-table__bad' : undefined}>
              <th scope="row">{row.row}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>
                  <bdi>{cell}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  )
}

function Pairs({ analysis, onChange }: { analysis: Analysis; onChange: (pairId: string, merge: boolean) => void }) {
  return (
    <fieldset className="import-dialog__choice">
      <legend>Names that may be the same</legend>
      <p className="import-dialog__hint">
        Tick a pair to merge the first name into the second; the first becomes an alias. Only names that differ in case,
        accents, punctuation, “The” or “Inc.” are ticked for you.
      </p>
      <ul className="import-dialog__pairs">
        {analysis.pairs.map((pair) => (
          <PairChoice key={pair.id} pair={pair} onChange={onChange} />
        ))}
      </ul>
      {analysis.pairCount > analysis.pairs.length ? (
        <p>…and {formatCount(analysis.pairCount - analysis.pairs.length)} more pairs, kept apart.</p>
      ) : null}
    </fieldset>
  )
}

function PairChoice({ pair, onChange }: { pair: PairView; onChange: (pairId: string, merge: boolean) => void }) {
  return (
    <li>
      <label className="import-dialog__radio">
        <input type="checkbox" checked={pair.merge} onChange={(event) => onChange(pair.id, event.target.checked)} />
        <span>
          Merge {pair.kind} “<bdi>{pair.from}</bdi>” into “<bdi>{pair.to}</bdi>”
          {pair.toExisting ? ' (in the dataset on screen)' : ''}
        </span>
      </label>
      <span className="import-dialog__reason">{pairReasonText(pair.reason)}</span>
    </li>
  )
}

function ModeChoice({ session, actions }: { session: ImportSession; actions: SessionActions }) {
  const dataset = useAtlasStore(selectDataset)
  const name = useId()
  const titleId = useId()
  return (
    <fieldset className="import-dialog__choice">
      <legend>Import into</legend>
      <label className="import-dialog__radio">
        <input type="radio" name={name} checked={session.mode === 'new'} onChange={() => actions.setMode('new')} />A new
        dataset
      </label>
      <label className="import-dialog__radio">
        <input
          type="radio"
          name={name}
          checked={session.mode === 'add'}
          disabled={!dataset}
          onChange={() => actions.setMode('add')}
        />
        Add to the dataset on screen
      </label>
      {session.mode === 'new' ? (
        <div className="field import-dialog__title">
          <label htmlFor={titleId}>Dataset title</label>
          <input
            id={titleId}
            type="text"
            maxLength={120}
            value={session.title}
            onChange={(event) => actions.setTitle(event.target.value)}
          />
        </div>
      ) : (
        <p className="import-dialog__hint">
          Organizations are matched by name and alias, coalitions by name, sources by address; the rest is added to{' '}
          <bdi>{dataset?.title}</bdi>.
        </p>
      )}
    </fieldset>
  )
}
