/**
 * "Who is a member on day D": the one rule every count, table, chart, comparison and export uses.
 *
 * Each membership has a start window and an end window, from the earliest to the latest day the
 * evidence allows (the table in docs/dataset-format.md). On day D it is
 * - certain when the start window's latest day ≤ D < the end window's earliest day;
 * - possible when the start window's earliest day ≤ D < the end window's latest day;
 * so every count "as of D" is a range from certain to possible.
 *
 * Partial dates are read so that "possible" never misses a member and "certain" never claims
 * one: a `by` bound counts from the last day of its period ("by May 2017" = by 31 May 2017), an
 * `after` bound from the day after the first day of its period.
 */
import type { PartialDate } from '../dataset/dates'

/** The six time fields a membership may carry (format v2); v1 documents use only joined and left. */
export interface TimeFacts {
  readonly joined?: PartialDate
  readonly joinedAfter?: PartialDate
  readonly joinedBy?: PartialDate
  readonly left?: PartialDate
  readonly leftAfter?: PartialDate
  readonly leftBy?: PartialDate
}

/** Day numbers (days since 1970-01-01); ±Infinity where the evidence sets no bound. */
export interface Windows {
  readonly startEarliest: number
  readonly startLatest: number
  /** The earliest day it may no longer count. */
  readonly endEarliest: number
  /** The first day it certainly no longer counts. */
  readonly endLatest: number
}

/**
 * The windows of one membership. `founded` is its coalition's founding date: a membership with no
 * start fields counts from it (version 1's rule), and a `joinedBy` alone cannot begin before it.
 */
export function membershipWindows(facts: TimeFacts, founded?: PartialDate): Windows {
  const foundedDay = founded?.day ?? Number.NEGATIVE_INFINITY
  let startEarliest: number
  let startLatest: number
  if (facts.joined) {
    startEarliest = facts.joined.day
    startLatest = facts.joined.lastDay
  } else if (facts.joinedAfter || facts.joinedBy) {
    startLatest = facts.joinedBy ? facts.joinedBy.lastDay : Number.POSITIVE_INFINITY
    startEarliest = facts.joinedAfter ? facts.joinedAfter.day + 1 : Math.min(foundedDay, startLatest)
  } else {
    startEarliest = foundedDay
    startLatest = foundedDay
  }

  let endEarliest: number
  let endLatest: number
  if (facts.left) {
    endEarliest = facts.left.day
    endLatest = facts.left.lastDay
  } else if (facts.leftAfter || facts.leftBy) {
    endLatest = facts.leftBy ? facts.leftBy.lastDay : Number.POSITIVE_INFINITY
    // leftBy alone: it may have ended any day after it certainly began.
    endEarliest = facts.leftAfter ? facts.leftAfter.day + 1 : Math.min(startLatest + 1, endLatest)
  } else {
    endEarliest = Number.POSITIVE_INFINITY
    endLatest = Number.POSITIVE_INFINITY
  }
  return { startEarliest, startLatest, endEarliest, endLatest }
}

export function isPossibleOn(windows: Windows, day: number): boolean {
  return windows.startEarliest <= day && day < windows.endLatest
}

/** Certain implies possible, even for windows a document states in an odd order. */
export function isCertainOn(windows: Windows, day: number): boolean {
  return windows.startLatest <= day && day < windows.endEarliest && isPossibleOn(windows, day)
}

/** `certain`, `uncertain` (possible but not certain) or `none` on one day. */
export type MemberStatus = 'certain' | 'uncertain' | 'none'

/** The same as a number, for loops over every membership: 0 none, 1 uncertain, 2 certain (ordered, so the best standing is the largest). */
export function standingOn(windows: Windows, day: number): 0 | 1 | 2 {
  if (!isPossibleOn(windows, day)) return 0
  return isCertainOn(windows, day) ? 2 : 1
}

const STATUSES: readonly MemberStatus[] = ['none', 'uncertain', 'certain']

/** A standing's name. */
export function standingStatus(standing: 0 | 1 | 2): MemberStatus {
  return STATUSES[standing] as MemberStatus
}

export function statusOn(windows: Windows, day: number): MemberStatus {
  return standingStatus(standingOn(windows, day))
}

/** Why a possible member is not certain on `day`: its start is not yet certain, or it may have left. */
export function uncertaintyCause(windows: Windows, day: number): 'start' | 'end' | null {
  if (!isPossibleOn(windows, day) || isCertainOn(windows, day)) return null
  return day < windows.startLatest ? 'start' : 'end'
}

/** Two memberships of one organization in one coalition overlap when their possible periods do. */
export function possiblyOverlap(a: Windows, b: Windows): boolean {
  return a.startEarliest < b.endLatest && b.startEarliest < a.endLatest
}

/**
 * The day a membership is placed at when ordering by start: `joined` (its first day), else the
 * day it is certain by (`joinedBy`), else the earliest day it may have begun (`joinedAfter`);
 * null when the start is unknown (counted from the founding).
 */
export function startSortDay(facts: TimeFacts): number | null {
  if (facts.joined) return facts.joined.day
  if (facts.joinedBy) return facts.joinedBy.lastDay
  if (facts.joinedAfter) return facts.joinedAfter.day + 1
  return null
}
