/** Messages between the import dialog and its worker (import-worker.ts). */
import type { Analysis } from '../../domain/import/analyze'
import type { ImportMode, ImportReport } from '../../domain/import/build'
import type { Mapping } from '../../domain/import/columns'
import type { DateOrder } from '../../domain/import/dates'
import type { DatasetDocument } from '../../domain/export/dataset-document'

export type ImportSource =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }

export interface AnalyzeChoices {
  readonly mapping: Mapping
  readonly dateOrder: DateOrder | null
  readonly mode: ImportMode
  readonly title: string
  readonly today: string
  readonly merges: readonly (readonly [string, boolean])[]
}

export type ImportRequest =
  /** Read a file or pasted text (an .xlsx file: sheet `sheet`, the first when null). */
  | { readonly type: 'open'; readonly id: number; readonly source: ImportSource; readonly sheet: number | null }
  /** Read another sheet of the workbook already open. */
  | { readonly type: 'sheet'; readonly id: number; readonly sheet: number }
  | { readonly type: 'analyze'; readonly id: number; readonly choices: AnalyzeChoices }
  /** The dataset on screen, for "Add to the dataset on screen". */
  | { readonly type: 'existing'; readonly document: DatasetDocument }
  /** The document of the last analysis, as JSON text. */
  | { readonly type: 'document'; readonly id: number }

/** A read table as the dialog shows it: headers, a few values of each column, and the guessed mapping. */
export interface TableSummary {
  readonly name: string
  readonly headers: readonly string[]
  /** Up to three different values of each column. */
  readonly samples: readonly (readonly string[])[]
  readonly rowCount: number
  readonly mapping: Mapping
  /** The workbook's sheets (null for text). */
  readonly sheets: readonly string[] | null
  readonly sheet: number
  /** How the text was read: "comma-separated, UTF-8". Null for a workbook. */
  readonly delimiter: string | null
  readonly encoding: string | null
}

export type ImportResponse =
  | {
      readonly type: 'progress'
      readonly id: number
      readonly phase: 'reading' | 'checking'
      readonly done: number | null
    }
  | { readonly type: 'opened'; readonly id: number; readonly table: TableSummary }
  | { readonly type: 'failed'; readonly id: number; readonly reason: string }
  | { readonly type: 'analysis'; readonly id: number; readonly analysis: Analysis }
  | { readonly type: 'document'; readonly id: number; readonly text: string; readonly report: ImportReport | null }
