/**
 * From the bytes of a CSV or TSV file, or text pasted from a spreadsheet, to a table of strings: the
 * text decoded (UTF-8 with or without a byte-order mark, UTF-16 with one, else Windows-1252, the
 * encoding Excel uses for "CSV" on Western Windows), the delimiter found (comma, tab, semicolon or
 * bar), quoted cells with line breaks kept whole, and blank rows skipped without losing count, so
 * every row keeps the number the spreadsheet shows.
 */
import Papa from 'papaparse'
import { formatBytes } from '../dataset/bytes'

/** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface TableRow {
  readonly row: number
  readonly cells: readonly string[]
}

export interface Table {
  readonly headers: readonly string[]
  readonly rows: readonly TableRow[]
  /** The header row's number (1 unless blank rows come first). */
  readonly headerRow: number
}

/** Something wrong with the file as a whole, or with one row of it. */
export interface TableProblem {
  readonly row: number | null
  readonly column: number | null
  readonly message: string
}

export type TableOutcome =
  | {
      readonly ok: true
      readonly table: Table
      readonly problems: readonly TableProblem[]
      readonly delimiter: string
      readonly encoding: string
    }
  | { readonly ok: false; readonly reason: string }

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** The bytes as text, and the encoding they were read in. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8: a spreadsheet program's "CSV" on Western Windows writes Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

/** What the first bytes say the file is, whatever its name says. */
export function sniffKind(bytes: Uint8Array): 'zip' | 'ole' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole'
  return 'text'
}

export const DEFAULT_MAX_SHEET_BYTES = 50 * 1024 * 1024
/** More rows than this are refused: the format is built for 100,000 memberships, this is five times that. */
export const MAX_ROWS = 500_000
/** More columns than this are refused: a membership has about twenty fields. */
export const MAX_COLUMNS = 200

const DELIMITERS = [',', '\t', ';', '|']

export interface ParseOptions {
  /** Force a delimiter (a `.tsv` file is tab-separated); otherwise it is guessed. */
  readonly delimiter?: string
  /** Called with the share of the text read (0–1) every chunk. */
  readonly onProgress?: (done: number) => void
}

/** Parses decoded text into a table. Never throws. */
export function parseTable(text: string, options: ParseOptions = {}): TableOutcome {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' }
  const records: string[][] = []
  const problems: TableProblem[] = []
  let delimiter = options.delimiter ?? ''
  let tooMany = false
  // Chunks let the worker report progress; Papa Parse carries a quoted cell across chunk edges. (Its
  // types allow `chunk` for files only; its string streamer takes it too.)
  const config: ChunkedConfig = {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    chunkSize: 1024 * 1024,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      const offset = records.length
      if (!delimiter) delimiter = results.meta.delimiter
      for (const record of results.data) records.push(record)
      for (const error of results.errors) {
        if (error.code === 'UndetectableDelimiter' || error.row === undefined) continue
        const at = offset + error.row
        const cells = records[at]
        const column = cells ? Math.max(0, cells.length - 1) : null
        problems.push({
          row: at + 1,
          column,
          message:
            error.code === 'MissingQuotes'
              ? 'a quote (") opens a cell here and is never closed, so the rest of the file was read into this cell; close the quote or remove it'
              : error.code === 'InvalidQuotes'
                ? 'a quoted cell has more text after its closing quote; put the whole cell in quotes and double any quote inside it ("")'
                : `this row could not be read (${error.message})`,
        })
      }
      options.onProgress?.(Math.min(1, results.meta.cursor / body.length))
      if (records.length > MAX_ROWS + 1) {
        tooMany = true
        parser.abort()
      }
    },
  }
  Papa.parse<string[]>(body, config as Papa.ParseConfig<string[]>)
  if (tooMany)
    return {
      ok: false,
      reason: `The file has more than ${MAX_ROWS.toLocaleString('en')} rows, the most this importer reads.`,
    }
  const headerAt = records.findIndex((record) => !isBlank(record))
  if (headerAt < 0) return { ok: false, reason: 'The file is empty.' }
  const headers = (records[headerAt] as string[]).map((cell) => cell.trim())
  if (headers.length > MAX_COLUMNS)
    return {
      ok: false,
      reason: `The file has ${headers.length.toLocaleString('en')} columns; a membership spreadsheet has about twenty (at most ${MAX_COLUMNS}).`,
    }
  const rows: TableRow[] = []
  for (let index = headerAt + 1; index < records.length; index++) {
    const cells = records[index] as string[]
    if (!isBlank(cells)) rows.push({ row: index + 1, cells })
  }
  return {
    ok: true,
    table: { headers, rows, headerRow: headerAt + 1 },
    problems,
    delimiter: delimiter || ',',
    encoding: 'utf-8',
  }
}

interface ChunkedConfig extends Papa.ParseConfig<string[]> {
  readonly chunkSize: number
  readonly chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

/**
 * Why these bytes cannot be read as the kind of sheet asked for (a text table, or an .xlsx workbook,
 * which is a zip), in one sentence; null when they may be. One rule for both readers, so a file too
 * large, empty or of the wrong kind is told alike whichever way it came.
 */
export function unreadableSheet(bytes: Uint8Array, maxBytes: number, expected: 'text' | 'zip'): string | null {
  if (bytes.byteLength > maxBytes)
    return `The file is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}.`
  if (bytes.byteLength === 0) return 'The file is empty.'
  const kind = sniffKind(bytes)
  if (kind === 'ole')
    return 'This is an old Excel workbook (.xls). Save it as .xlsx or as CSV in your spreadsheet program, then import that.'
  if (kind === expected) return null
  return expected === 'zip'
    ? 'This file is not an Excel workbook (.xlsx): it does not start like one. If it is a CSV file, give it the .csv extension.'
    : 'This file is a workbook or an archive, not text. If it is an Excel workbook, give it the .xlsx extension and import it again.'
}

/**
 * Bytes of a CSV, TSV or text file to a table. `name` picks the delimiter for `.tsv`; a file that is
 * really a workbook or binary gets one sentence saying so.
 */
export function readTextTable(
  bytes: Uint8Array,
  name: string,
  maxBytes = DEFAULT_MAX_SHEET_BYTES,
  onProgress?: (done: number) => void,
): TableOutcome {
  const unreadable = unreadableSheet(bytes, maxBytes, 'text')
  if (unreadable !== null) return { ok: false, reason: unreadable }
  const { text, encoding } = decodeText(bytes)
  if (/\0/.test(text.slice(0, 4096)))
    return { ok: false, reason: 'This file holds binary data, not text: it is not a CSV or TSV file.' }
  const outcome = parseTable(text, { delimiter: /\.tsv$/i.test(name) ? '\t' : undefined, onProgress })
  return outcome.ok ? { ...outcome, encoding } : outcome
}
