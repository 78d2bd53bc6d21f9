/**
 * How dates are worded, everywhere: on screen, in CSV cells meant for people, in exported figures.
 * The precision is part of the fact, so a month stays "May 2024" and is never dressed up as a day.
 */
import { dayToIso, parsePartialDate, type PartialDate } from '../dataset/dates'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

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

/** A day number as "5 December 2023". */
export function formatDay(day: number): string {
  return formatIsoDay(dayToIso(day))
}

/** "5 December 2023" for a full date, "≈ May 2024" when only the month or year is known. */
export function approximateDateText(date: PartialDate): string {
  return date.precision === 'day' ? formatPartialDate(date) : `≈ ${formatPartialDate(date)}`
}

/**
 * "30 June and 13 July 2026": two dates with the shared year said once, for "between … and …".
 * Dates of other years, or not both full days, are said whole.
 */
export function formatDateSpan(from: PartialDate, to: PartialDate): string {
  const a = formatPartialDate(from)
  const b = formatPartialDate(to)
  if (from.precision === 'day' && to.precision === 'day' && from.text.slice(0, 4) === to.text.slice(0, 4)) {
    return `${a.slice(0, -5)} and ${b}`
  }
  return `${a} and ${b}`
}

/** Why a day cannot be the "as of" date, said after the day: "is before the dataset’s earliest date, 28 September 2016". */
export function asOfRefusalReason(
  check: 'not-a-day' | 'before' | 'after',
  bounds: { first: number; last: number; lastIsToday: boolean } | null,
): string {
  if (check === 'not-a-day' || bounds === null) return 'is not a day: write YYYY-MM-DD'
  if (check === 'before') return `is before the dataset’s earliest date, ${formatDay(bounds.first)}`
  return bounds.lastIsToday
    ? `is after today, ${formatDay(bounds.last)}`
    : `is after the dataset’s latest date, ${formatDay(bounds.last)}`
}

/** The "as of" field's refusal: "1990-01-01 is before the dataset’s earliest date, 28 September 2016. Counts are still for 22 November 2026." */
export function asOfFieldRefusal(
  typed: string,
  check: 'not-a-day' | 'before' | 'after',
  bounds: { first: number; last: number; lastIsToday: boolean } | null,
  shownIso: string,
): string {
  const what = typed.trim() === '' ? 'An empty date' : typed
  const reason = typed.trim() === '' ? 'is not a day' : asOfRefusalReason(check, bounds)
  return `${what} ${reason}. Counts are still for ${formatIsoDay(shownIso)}.`
}
