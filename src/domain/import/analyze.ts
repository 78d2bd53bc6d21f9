/**
 * One pass of the importer over a table with the person's choices: rows read, the document built,
 * and what the dialog shows (problems by row and column, how many rows are fine, the first rows as
 * they will be read, the near-duplicate names, what will be added). It runs in a worker; only
 * this summary crosses to the page, and the document stays behind until the person confirms.
 */
import type { DatasetDocument } from '../export/dataset-document'
import { buildDocument, type ImportMode, type ImportReport } from './build'
import { FIELD_HEADERS, guessMapping, mappingProblems, type Field, type Mapping } from './columns'
import type { DateOrder } from './dates'
import type { NearPair, PairReason } from './near-duplicates'
import { formatRowProblem, readRows, type DateQuestion, type ImportRecord, type RowProblem } from './read-rows'
import type { Table, TableProblem } from './table'

export interface AnalyzeOptions {
  readonly mapping: Mapping
  readonly dateOrder: DateOrder | null
  readonly mode: ImportMode
  readonly existing: DatasetDocument | null
  readonly title: string
  readonly today: string
  readonly merges: ReadonlyMap<string, boolean>
}

export interface PreviewRow {
  readonly row: number
  readonly cells: readonly string[]
  /** The row's first problem, when it has one. */
  readonly problem: string | null
}

export interface PairView {
  readonly id: string
  readonly kind: NearPair['kind']
  readonly from: string
  readonly to: string
  readonly reason: PairReason
  /** Whether it is merged with the choices as they stand. */
  readonly merge: boolean
  /** Whether the kept name is already in the dataset on screen. */
  readonly toExisting: boolean
}

export interface Analysis {
  /** Problems with the mapping itself: no row can be read until they are fixed. */
  readonly mappingProblems: readonly string[]
  /** Row problems, worded, the first MAX_PROBLEMS_SHOWN of them. */
  readonly problems: readonly string[]
  readonly problemCount: number
  readonly rowCount: number
  readonly fineRows: number
  readonly preview: { readonly fields: readonly Field[]; readonly rows: readonly PreviewRow[] }
  readonly dateQuestion: DateQuestion
  readonly dateOrder: DateOrder | null
  readonly roleDefaulted: number
  readonly pairs: readonly PairView[]
  readonly pairCount: number
  readonly report: ImportReport | null
}

export const MAX_PROBLEMS_SHOWN = 500
export const MAX_PAIRS_SHOWN = 200
export const PREVIEW_ROWS = 6

export function analyzeTable(
  table: Table,
  tableProblems: readonly TableProblem[],
  options: AnalyzeOptions,
): { analysis: Analysis; document: DatasetDocument | null } {
  const mappingIssues = mappingProblems(table.headers, options.mapping)
  const columnOf = new Map<Field, number>()
  options.mapping.forEach((field, index) => {
    if (field !== null && !columnOf.has(field)) columnOf.set(field, index)
  })
  const read = readRows(table, options.mapping, { dateOrder: options.dateOrder }, tableProblems)
  const built =
    mappingIssues.length === 0
      ? buildDocument(read.records, {
          mode: options.mode,
          existing: options.existing,
          title: options.title,
          today: options.today,
          merges: options.merges,
          columnOf,
        })
      : null

  const allProblems: RowProblem[] = [...read.problems, ...(built?.problems ?? [])].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1),
  )
  const rejected = new Set<number>([...read.rejectedRows, ...(built?.rejectedRows ?? [])])
  const fineRows = mappingIssues.length > 0 ? 0 : table.rows.filter((row) => !rejected.has(row.row)).length

  const firstProblem = new Map<number, string>()
  for (const problem of allProblems)
    if (problem.row !== null && !firstProblem.has(problem.row))
      firstProblem.set(problem.row, formatRowProblem(problem, table.headers))
  const recordOf = new Map<number, ImportRecord>()
  for (const record of read.records) {
    if (record.row > (table.rows[PREVIEW_ROWS - 1]?.row ?? 0)) break
    recordOf.set(record.row, record)
  }
  const fields = options.mapping.filter((field): field is Field => field !== null)
  const previewRows = table.rows.slice(0, PREVIEW_ROWS).map((row) => {
    const record = recordOf.get(row.row)
    return {
      row: row.row,
      cells: fields.map((field) =>
        record ? recordValue(record, field) : (row.cells[options.mapping.indexOf(field)] ?? '').trim(),
      ),
      problem: firstProblem.get(row.row) ?? null,
    }
  })

  const pairs = built?.pairs ?? []
  const analysis: Analysis = {
    mappingProblems: mappingIssues,
    problems: allProblems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => formatRowProblem(problem, table.headers)),
    problemCount: allProblems.length,
    rowCount: table.rows.length,
    fineRows,
    preview: { fields, rows: previewRows },
    dateQuestion: read.dateQuestion,
    dateOrder: read.dateOrder,
    roleDefaulted: read.roleDefaulted,
    pairs: pairs.slice(0, MAX_PAIRS_SHOWN).map((pair) => ({
      id: pair.id,
      kind: pair.kind,
      from: pair.from.name,
      to: pair.to.name,
      reason: pair.reason,
      merge: options.merges.get(pair.id) ?? pair.mergeByDefault,
      toExisting: pair.to.existing,
    })),
    pairCount: pairs.length,
    report: built?.report ?? null,
  }
  return { analysis, document: built?.document ?? null }
}

/** A record's value for one field, as the preview shows it. */
function recordValue(record: ImportRecord, field: Field): string {
  switch (field) {
    case 'organization':
      return record.organization
    case 'coalition':
      return record.coalition ?? ''
    case 'role':
      return record.coalition === null ? '' : record.roleDefaulted ? `${record.role} (default)` : record.role
    case 'joined':
    case 'left':
    case 'joinedAfter':
    case 'joinedBy':
    case 'leftAfter':
    case 'leftBy':
      return record.dates[field] ?? ''
    case 'aliases':
      return record.aliases.join(' | ')
    case 'sourceUrl':
      return record.sources.map((source) => source.url).join(' | ')
    case 'sourceTitle':
      return record.sources
        .map((source) => source.title ?? '')
        .filter(Boolean)
        .join(' | ')
    case 'sourceDate':
      return record.sources
        .map((source) => source.date ?? '')
        .filter(Boolean)
        .join(' | ')
    default:
      return record[field] ?? ''
  }
}

/** The mapping guessed for a table's headers (the person can change it). */
export function initialMapping(table: Table): Mapping {
  return guessMapping(table.headers)
}

/** The header of each field, for the preview's column heads. */
export function fieldHeader(field: Field): string {
  return FIELD_HEADERS[field]
}
