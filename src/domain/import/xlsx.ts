/**
 * An Excel workbook (.xlsx) read into the same table of strings a CSV gives: the first sheet or a
 * chosen one, dates stored as Excel dates written as ISO dates (the workbook's 1900 or 1904 date
 * system respected), formulas kept as `=…` so the reader refuses them like a typed formula, and
 * blank rows skipped without losing their numbers.
 *
 * The reader is SheetJS Community Edition 0.20.3 as republished unchanged on npm as `@e965/xlsx`
 * (the `xlsx` package on npm is frozen at 0.18.5, which has known vulnerabilities). It is loaded
 * only when a workbook is opened: its own chunk, in the import worker, never in the first paint.
 */
import { excelSerialToIso } from './dates'
import { DEFAULT_MAX_SHEET_BYTES, MAX_COLUMNS, MAX_ROWS, unreadableSheet, type Table, type TableRow } from './table'

export type WorkbookOutcome =
  | { readonly ok: true; readonly sheets: readonly string[]; readonly sheet: number; readonly table: Table }
  | { readonly ok: false; readonly reason: string }

interface SheetCell {
  readonly t?: string
  readonly v?: unknown
  readonly w?: string
  readonly f?: string
  readonly z?: string | number
}

/** Reads sheet `sheet` (0-based; the first when null) of an .xlsx file. Never throws. */
export async function readWorkbook(
  bytes: Uint8Array,
  sheet: number | null,
  maxBytes = DEFAULT_MAX_SHEET_BYTES,
): Promise<WorkbookOutcome> {
  const unreadable = unreadableSheet(bytes, maxBytes, 'zip')
  if (unreadable !== null) return { ok: false, reason: unreadable }
  try {
    const XLSX = await import('@e965/xlsx')
    const workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    })
    const sheets = workbook.SheetNames
    if (sheets.length === 0) return { ok: false, reason: 'The workbook has no sheets.' }
    const index = sheet !== null && sheet >= 0 && sheet < sheets.length ? sheet : 0
    const worksheet = workbook.Sheets[sheets[index] as string] as unknown as
      { '!data'?: (SheetCell[] | undefined)[]; '!ref'?: string } | undefined
    const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904)
    const isDate = (format: string | number | undefined) => format !== undefined && Boolean(XLSX.SSF.is_date(format))
    const data = worksheet?.['!data'] ?? []
    if (data.length > MAX_ROWS + 1)
      return {
        ok: false,
        reason: `The sheet has more than ${MAX_ROWS.toLocaleString('en')} rows, the most this importer reads.`,
      }
    const records: { row: number; cells: string[] }[] = []
    for (let r = 0; r < data.length; r++) {
      const line = data[r]
      if (!line) continue
      const cells: string[] = []
      let blank = true
      for (let c = 0; c < line.length && c < MAX_COLUMNS + 1; c++) {
        const text = cellText(line[c], date1904, isDate)
        if (text !== '') blank = false
        cells.push(text)
      }
      if (!blank) records.push({ row: r + 1, cells })
    }
    const header = records[0]
    if (!header) return { ok: false, reason: `The sheet “${sheets[index]}” is empty.` }
    if (header.cells.length > MAX_COLUMNS)
      return {
        ok: false,
        reason: `The sheet has more than ${MAX_COLUMNS} columns; a membership spreadsheet has about twenty.`,
      }
    const rows: TableRow[] = records.slice(1)
    return {
      ok: true,
      sheets,
      sheet: index,
      table: { headers: header.cells.map((cell) => cell.trim()), rows, headerRow: header.row },
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      reason: `The workbook could not be read (${detail.slice(0, 200)}). Save it again as .xlsx, or as CSV, and import that.`,
    }
  }
}

const PRECISION_LENGTH = { day: 10, month: 7, year: 4 } as const

/** What a date format shows: "mmm yyyy" a month, "yyyy" a year, anything with a day a day. The
 *  precision is part of the fact, so a cell showing "May 2024" is read as 2024-05, not 2024-05-01. */
export function formatPrecision(format: string): 'day' | 'month' | 'year' {
  const code = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
  if (/d/.test(code)) return 'day'
  if (/m/.test(code)) return 'month'
  return /y/.test(code) ? 'year' : 'day'
}

function cellText(
  cell: SheetCell | undefined,
  date1904: boolean,
  isDate: (format: string | number | undefined) => boolean,
): string {
  if (!cell) return ''
  if (typeof cell.f === 'string' && cell.f !== '') return `=${cell.f}`
  switch (cell.t) {
    case 's':
    case 'str':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '')
    case 'n': {
      const value = typeof cell.v === 'number' ? cell.v : Number(cell.v)
      if (isDate(cell.z)) {
        const iso = excelSerialToIso(value, date1904)
        return iso === null ? String(value) : iso.slice(0, PRECISION_LENGTH[formatPrecision(String(cell.z))])
      }
      return Number.isFinite(value) ? String(value) : ''
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE'
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime())
        ? cell.v.toISOString().slice(0, 10)
        : String(cell.w ?? '')
    case 'e':
      return cell.w ?? '#ERROR!'
    default:
      return cell.w ?? ''
  }
}
