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
  /** Days since 1970-01-01 of the first day of the period. */
  readonly day: number
  /** Days since 1970-01-01 of the last day of the period (equal to `day` for a full date). */
  readonly lastDay: number
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const MS_PER_DAY = 86_400_000

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
  const month = match[2] === undefined ? undefined : Number(match[2])
  const dayOfMonth = match[3] === undefined ? undefined : Number(match[3])
  if (month !== undefined && (month < 1 || month > 12)) return null
  if (month !== undefined && dayOfMonth !== undefined && (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)))
    return null
  const precision: DatePrecision = dayOfMonth !== undefined ? 'day' : month !== undefined ? 'month' : 'year'
  const first = dayNumber(year, month ?? 1, dayOfMonth ?? 1)
  const last =
    precision === 'day'
      ? first
      : precision === 'month'
        ? dayNumber(year, month as number, daysInMonth(year, month as number))
        : dayNumber(year, 12, 31)
  return { text, precision, day: first, lastDay: last }
}

/** Days since 1970-01-01. Date.UTC reads years 0–99 as 1900–1999, so those years are set on their own. */
export function dayNumber(year: number, month: number, dayOfMonth: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, dayOfMonth)
  date.setUTCHours(0, 0, 0, 0)
  return Math.round(date.getTime() / MS_PER_DAY)
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : ([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number)
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
