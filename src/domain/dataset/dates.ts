/**
 * Partial dates as the dataset format defines them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * The precision is part of the fact, so it travels with the value and is never rounded away.
 */

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export interface PartialDate {
  /** The text exactly as the dataset wrote it. */
  readonly text: string
  readonly precision: DatePrecision
  /** Days since 1970-01-01 of the first day of the period: "as of" questions count from there. */
  readonly day: number
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const MS_PER_DAY = 86_400_000
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const

/** Large datasets repeat the same few thousand dates; parsing each text once keeps validation fast. */
const cache = new Map<string, PartialDate | null>()
const CACHE_LIMIT = 20_000

/** Returns null for anything that is not a real calendar date in one of the three forms. */
export function parsePartialDate(text: string): PartialDate | null {
  const cached = cache.get(text)
  if (cached !== undefined) return cached
  const parsed = parseUncached(text)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, parsed)
  return parsed
}

function parseUncached(text: string): PartialDate | null {
  const match = DATE_PATTERN.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = match[2] === undefined ? 1 : Number(match[2])
  const dayOfMonth = match[3] === undefined ? 1 : Number(match[3])
  if (month < 1 || month > 12) return null
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null
  const precision: DatePrecision = match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year'
  return { text, precision, day: Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The ISO `YYYY-MM-DD` of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Day number of a full `YYYY-MM-DD` date, or null. Used for "as of" inputs, which are always full days. */
export function isoToDay(iso: string): number | null {
  const parsed = parsePartialDate(iso)
  return parsed && parsed.precision === 'day' ? parsed.day : null
}

/** Today in the user's own calendar, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 10)
}

/** "2024", "May 2024" or "5 May 2024": the precision decides how much is said. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.text.split('-')
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]
  if (date.precision === 'year' || monthName === undefined) return year ?? date.text
  if (date.precision === 'month' || day === undefined) return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

/** Same as formatPartialDate for a full ISO day. */
export function formatIsoDay(iso: string): string {
  const parsed = parsePartialDate(iso)
  return parsed ? formatPartialDate(parsed) : iso
}
