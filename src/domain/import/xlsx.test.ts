import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { formatPrecision, readWorkbook } from './xlsx'

/** A workbook written by the same library, the way a spreadsheet program stores dates: serial numbers with a date format. */
function workbook(sheets: Record<string, unknown[][]>, edit?: (book: XLSX.WorkBook) => void): Uint8Array {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name)
  edit?.(book)
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('reading an .xlsx workbook', () => {
  it('reads the first sheet, with dates stored as Excel dates coming through as ISO dates', async () => {
    const bytes = workbook({
      Members: [
        ['Organization', 'Coalition', 'Date joined', 'Source'],
        ['Meta', 'AI Alliance', new Date(Date.UTC(2023, 11, 5)), 'https://example.org/a'],
        [],
        ['IBM', 'AI Alliance', 2024, 'https://example.org/b'],
      ],
      Other: [['x'], ['y']],
    })
    expect(await readWorkbook(bytes, null)).toEqual({
      ok: true,
      sheets: ['Members', 'Other'],
      sheet: 0,
      table: {
        headers: ['Organization', 'Coalition', 'Date joined', 'Source'],
        headerRow: 1,
        rows: [
          { row: 2, cells: ['Meta', 'AI Alliance', '2023-12-05', 'https://example.org/a'] },
          { row: 4, cells: ['IBM', 'AI Alliance', '2024', 'https://example.org/b'] },
        ],
      },
    })
  })

  it('reads a chosen sheet', async () => {
    const outcome = await readWorkbook(workbook({ One: [['a'], ['1']], Two: [['b'], ['2']] }), 1)
    expect(outcome).toMatchObject({ ok: true, sheet: 1, table: { headers: ['b'], rows: [{ row: 2, cells: ['2'] }] } })
  })

  it('keeps a date cell formatted as a month a month, and hands a formula over as one', async () => {
    const bytes = workbook(
      {
        S: [
          ['joined', 'total'],
          [new Date(Date.UTC(2024, 4, 1)), 3],
        ],
      },
      (book) => {
        const sheet = book.Sheets.S as unknown as Record<string, XLSX.CellObject>
        ;(sheet.A2 as XLSX.CellObject).z = 'mmm yyyy'
        sheet.B2 = { t: 'n', v: 3, f: 'SUM(1,2)' }
      },
    )
    const outcome = await readWorkbook(bytes, null)
    expect(outcome).toMatchObject({ ok: true, table: { rows: [{ row: 2, cells: ['2024-05', '=SUM(1,2)'] }] } })
  })

  it('refuses what is not a workbook with one sentence', async () => {
    expect(await readWorkbook(new TextEncoder().encode('a,b\n1,2'), null)).toEqual({
      ok: false,
      reason:
        'This file is not an Excel workbook (.xlsx): it does not start like one. If it is a CSV file, give it the .csv extension.',
    })
    expect(await readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), null)).toEqual({
      ok: false,
      reason:
        'This is an old Excel workbook (.xls). Save it as .xlsx or as CSV in your spreadsheet program, then import that.',
    })
    expect(await readWorkbook(new Uint8Array(), null)).toEqual({ ok: false, reason: 'The file is empty.' })
    expect(await readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), null)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^The workbook could not be read \(.+\)\. Save it again as \.xlsx, or as CSV, and import that\.$/,
      ),
    })
  })
})

describe('the precision a date format shows', () => {
  const cases: [string, string][] = [
    ['yyyy-mm-dd', 'day'],
    ['d/m/yyyy', 'day'],
    ['mmm yyyy', 'month'],
    ['mmmm\\ yyyy', 'month'],
    ['yyyy', 'year'],
    ['[$-409]mmmm yyyy', 'month'],
    ['"Year "yyyy', 'year'],
  ]
  it.each(cases)('%s shows a %s', (format, precision) => {
    expect(formatPrecision(format)).toBe(precision)
  })
})
