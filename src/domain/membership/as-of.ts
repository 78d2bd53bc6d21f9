/**
 * Which days the "as of" date may take: from the dataset's earliest date (datasetDateRange) to
 * today, or to the dataset's latest date when that is later (a record may already name a departure
 * announced for next month, and its quick date must keep working). Before the earliest date every
 * count is zero for want of evidence, not because nobody was a member; a day that has not come yet
 * would show a roster nobody has seen.
 */
import { isoToDay } from '../dataset/dates'
import type { Dataset } from '../dataset/types'
import { datasetDateRange } from './membership'

export interface AsOfBounds {
  /** Day numbers, both included. */
  readonly first: number
  readonly last: number
  /** True when `last` is today (not a later date of the dataset). */
  readonly lastIsToday: boolean
}

/** The bounds for `dataset` on `today` (a day number); null for a dataset without any date. */
export function asOfBounds(dataset: Dataset, today: number): AsOfBounds | null {
  const range = datasetDateRange(dataset)
  if (range === null) return null
  return { first: Math.min(range.first, today), last: Math.max(range.last, today), lastIsToday: range.last <= today }
}

export type AsOfCheck = 'ok' | 'not-a-day' | 'before' | 'after'

/** Whether `iso` (as typed) is a day the "as of" date may take; any real day passes when there are no bounds. */
export function checkAsOf(iso: string, bounds: AsOfBounds | null): AsOfCheck {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? isoToDay(iso) : null
  if (day === null) return 'not-a-day'
  if (bounds === null) return 'ok'
  if (day < bounds.first) return 'before'
  if (day > bounds.last) return 'after'
  return 'ok'
}
