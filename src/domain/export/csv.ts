/**
 * CSV that opens correctly in spreadsheet programs and cannot run formulas: UTF-8 with a BOM,
 * RFC 4180 quoting (by Papa Parse), and text cells that start like a formula prefixed with `'`.
 * Import it lazily (`await import('./csv')`): it is export code, not first-paint code.
 */
import Papa from 'papaparse'

export type CsvCell = string | number | null | undefined

/** `=`, `+`, `-`, `@`, tab, carriage return, line feed or NUL at the start make a spreadsheet read a formula. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

function cellText(cell: CsvCell): string {
  // Numbers stay numbers (so -5 is not mangled); only text can smuggle a formula.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  return neutralizeCell(cell ?? '')
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const table = [header.map(cellText), ...rows.map((row) => row.map(cellText))]
  return `\uFEFF${Papa.unparse(table, { newline: '\r\n' })}\r\n`
}

export function csvBlob(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' })
}
