/**
 * The two days the Changes section compares. Both lie within the days the dataset can speak for:
 * from its earliest date (datasetDateRange) to today, or to its latest date when that is later,
 * the days the "as of" date may take too. Before the earliest date every standing is "none" for want
 * of evidence, so a span reaching further back would only report the dataset's first dates as joins.
 * By default To is today and From a year before To.
 */
import { dayNumber, dayToIso, isoToDay } from '../dataset/dates'
import { asOfBounds, checkAsOf, type AsOfBounds } from '../membership/as-of'

/** A span covers the days the "as of" date may take: one rule (as-of.ts) for the days the dataset can speak for. */
export type SpanBounds = AsOfBounds
export const spanBounds = asOfBounds

/** The same calendar day a year earlier; 29 February becomes 28 February. */
export function yearBefore(day: number): number {
  const [year, month, dayOfMonth] = dayToIso(day).split('-').map(Number) as [number, number, number]
  const sameDay = dayNumber(year - 1, month, dayOfMonth)
  // Date.UTC rolls 29 February over into 1 March of a common year.
  return month === 2 && dayOfMonth === 29 && dayToIso(sameDay).slice(5, 7) !== '02' ? sameDay - 1 : sameDay
}

function clamp(day: number, bounds: SpanBounds | null): number {
  if (bounds === null) return day
  return Math.min(bounds.last, Math.max(bounds.first, day))
}

/** What became of a day the address asked for. */
export type SpanNote =
  | {
      readonly kind: 'clamped'
      readonly field: 'from' | 'to'
      readonly asked: string
      readonly used: number
      readonly side: 'before' | 'after'
    }
  | { readonly kind: 'order'; readonly from: string; readonly to: string }

export interface ChangeSpan {
  readonly from: number
  readonly to: number
  /** Days of the address that could not be used as written, and what was used instead. */
  readonly notes: readonly SpanNote[]
}

/** From: a year before `to`, within the bounds (the earliest day when a year back is out of them). */
export function defaultFrom(to: number, bounds: SpanBounds | null): number {
  const from = clamp(yearBefore(to), bounds)
  return from < to ? from : to - 1
}

/** To: today, within the bounds. */
export function defaultTo(today: number, bounds: SpanBounds | null): number {
  return clamp(today, bounds)
}

/**
 * The span the section shows for the address's `from` and `to` (ISO days, or null for the
 * defaults): each moved into the bounds, and the defaults used when From would not be before To.
 */
export function resolveSpan(
  bounds: SpanBounds | null,
  today: number,
  fromIso: string | null,
  toIso: string | null,
): ChangeSpan {
  const notes: SpanNote[] = []
  const place = (field: 'from' | 'to', iso: string | null): number | null => {
    const day = iso === null ? null : isoToDay(iso)
    if (day === null || iso === null) return null
    const used = clamp(day, bounds)
    if (used !== day) notes.push({ kind: 'clamped', field, asked: iso, used, side: day < used ? 'before' : 'after' })
    return used
  }
  const askedTo = place('to', toIso)
  const askedFrom = place('from', fromIso)
  const to = askedTo ?? defaultTo(today, bounds)
  const from = askedFrom ?? defaultFrom(to, bounds)
  if (from < to) return { from, to, notes }
  // From on or after To once placed in the bounds (`from` alone, later than today, say): the defaults.
  const fallbackTo = defaultTo(today, bounds)
  return {
    from: defaultFrom(fallbackTo, bounds),
    to: fallbackTo,
    notes: [...notes, { kind: 'order', from: fromIso ?? dayToIso(from), to: toIso ?? dayToIso(to) }],
  }
}

export type SpanEntryCheck = 'ok' | 'not-a-day' | 'before' | 'after' | 'order'

/**
 * Whether a typed day can be From (before `other`, the To shown) or To (after `other`, the From
 * shown), and within the bounds.
 */
export function checkSpanEntry(
  field: 'from' | 'to',
  iso: string,
  other: number,
  bounds: SpanBounds | null,
): SpanEntryCheck {
  const check = checkAsOf(iso, bounds)
  if (check !== 'ok') return check
  const day = isoToDay(iso) as number
  return (field === 'from' ? day >= other : day <= other) ? 'order' : 'ok'
}

/**
 * The address values for a span chosen on screen: null where a day is its default, so links stay
 * short. Each field keeps its own day: choosing To never moves a From that was chosen.
 */
export function spanParams(
  from: number,
  to: number,
  today: number,
  bounds: SpanBounds | null,
): { from: string | null; to: string | null } {
  return {
    from: from === defaultFrom(to, bounds) ? null : dayToIso(from),
    to: to === defaultTo(today, bounds) ? null : dayToIso(to),
  }
}
