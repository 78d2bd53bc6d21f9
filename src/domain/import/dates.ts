/**
 * Dates as people type them in spreadsheets, read into the format's `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`: ISO dates (also with / or .), Excel serial numbers, `DD/MM/YYYY` or `MM/DD/YYYY`,
 * `MM/YYYY`, and English month names ("May 2024", "5 May 2024", "May 5, 2024"). The precision
 * written is kept: "May 2024" stays a month.
 */
import { dayToIso, parsePartialDate } from '../dataset/dates'

/** How `03/04/2024` is read: day first (3 April) or month first (March 4). */
export type DateOrder = 'dmy' | 'mdy'

export type DateReading =
  | { readonly kind: 'date'; readonly text: string }
  /** Day and month could be swapped (both 12 or less): which it is depends on the sheet's order. */
  | { readonly kind: 'ambiguous'; readonly dmy: string; readonly mdy: string }
  | { readonly kind: 'invalid' }

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '')
  if (lower.length < 3) return null
  const index = MONTHS.findIndex((month) => month.startsWith(lower) && (lower.length >= 3 || month === lower))
  // "Sept" is a common abbreviation that is not a prefix of three letters only.
  return index >= 0 ? index + 1 : lower === 'sept' ? 9 : null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The ISO text when it is a real calendar date, else null. */
function iso(year: number, month?: number, day?: number): string | null {
  const text =
    month === undefined
      ? pad(year, 4)
      : day === undefined
        ? `${pad(year, 4)}-${pad(month)}`
        : `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  return parsePartialDate(text) ? text : null
}

/** Excel's day 1 is 1 January 1900, and it counts a 29 February 1900 that never was. */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null
  const whole = Math.floor(serial)
  // Day numbers here are days since 1970-01-01: Excel 1900's day 0 is 1899-12-30 once past the phantom leap day.
  const day = date1904 ? whole - 24107 : whole < 60 ? whole - 25568 : whole - 25569
  const text = dayToIso(day)
  return parsePartialDate(text) ? text : null
}

/** Reads one cell. An empty cell is not a date; the caller leaves the field out. */
export function readDate(cell: string): DateReading {
  const text = cell.trim().replace(/\s+/g, ' ')
  const invalid: DateReading = { kind: 'invalid' }
  const ok = (value: string | null): DateReading => (value === null ? invalid : { kind: 'date', text: value })

  // ISO, and ISO with / or . between the parts: 2024, 2024-05, 2024-05-14, 2024/05/14.
  let match = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?$/.exec(text)
  if (match)
    return ok(
      iso(
        Number(match[1]),
        match[3] === undefined ? undefined : Number(match[3]),
        match[4] === undefined ? undefined : Number(match[4]),
      ),
    )

  // An Excel serial number (a date cell saved as a number): five digits, maybe with a time after the point.
  match = /^(\d{5})(?:\.\d+)?$/.exec(text)
  if (match) return ok(excelSerialToIso(Number(text)))

  // 14/05/2024, 05/14/2024, 14.05.2024, 14-05-2024.
  match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text)
  if (match) {
    const first = Number(match[1])
    const second = Number(match[3])
    const year = Number(match[4])
    const dmy = iso(year, second, first)
    const mdy = iso(year, first, second)
    if (dmy && mdy && dmy !== mdy) return { kind: 'ambiguous', dmy, mdy }
    return ok(dmy ?? mdy)
  }

  // 05/2024: a month.
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text)
  if (match) return ok(iso(Number(match[2]), Number(match[1])))

  // May 2024, May 5 2024, May 5, 2024, 5 May 2024, 5. Mai is not English and is not read.
  match = /^([A-Za-z]+\.?) (\d{4})$/.exec(text)
  if (match) {
    const month = monthNumber(match[1] as string)
    return month === null ? invalid : ok(iso(Number(match[2]), month))
  }
  match = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text)
  if (match) {
    const month = monthNumber(match[1] as string)
    return month === null ? invalid : ok(iso(Number(match[3]), month, Number(match[2])))
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(text)
  if (match) {
    const month = monthNumber(match[2] as string)
    return month === null ? invalid : ok(iso(Number(match[3]), month, Number(match[1])))
  }
  return invalid
}

/**
 * What a sheet's slashed dates say about their order: a first part over 12 can only be a day
 * (`25/12/2024`), a second part over 12 only a day in the month-first order (`12/25/2024`).
 */
export function dateOrderEvidence(cell: string): DateOrder | null {
  const match = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$/.exec(cell)
  if (!match) return null
  const first = Number(match[1])
  const second = Number(match[3])
  if (first > 12 && second <= 12) return 'dmy'
  if (second > 12 && first <= 12) return 'mdy'
  return null
}

/** How a date order is said in a sentence. */
export function dateOrderLabel(order: DateOrder): string {
  return order === 'dmy' ? 'day/month/year' : 'month/day/year'
}
