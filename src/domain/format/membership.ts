/**
 * The words for when a membership began and ended, as the evidence states it: "member by 16 May
 * 2017; start unknown", "signed after 21 May 2024; date unknown", "left between 30 June and 13 July
 * 2026". Every view and export words a membership's dates through these functions.
 */
import type { PartialDate } from '../dataset/dates'
import { uncertaintyCause, type TimeFacts, type Windows } from '../membership/windows'
import { approximateDateText, formatDateSpan, formatPartialDate } from './dates'

/** Signatories sign; everyone else joins. */
export function joinVerb(role: string): 'signed' | 'joined' {
  return /sign/i.test(role) ? 'signed' : 'joined'
}

function unknownPart(date: PartialDate): string {
  return date.precision === 'day' ? '' : date.precision === 'month' ? ' (day unknown)' : ' (month unknown)'
}

function onOrIn(date: PartialDate): string {
  return date.precision === 'day' ? formatPartialDate(date) : `in ${formatPartialDate(date)}`
}

/** How the membership began, e.g. "joined 5 December 2023", "member by 16 May 2017; start unknown". */
export function startPhrase(facts: TimeFacts, role: string, founded?: PartialDate): string {
  const verb = joinVerb(role)
  if (facts.joined) return `${verb} ${onOrIn(facts.joined)}${unknownPart(facts.joined)}`
  if (facts.joinedAfter && facts.joinedBy) {
    return `${verb} after ${formatPartialDate(facts.joinedAfter)} and by ${formatPartialDate(facts.joinedBy)}; date unknown`
  }
  if (facts.joinedBy) return `member by ${formatPartialDate(facts.joinedBy)}; start unknown`
  if (facts.joinedAfter) return `${verb} after ${formatPartialDate(facts.joinedAfter)}; date unknown`
  return founded ? `join date unknown; counted from the founding, ${formatPartialDate(founded)}` : 'join date unknown'
}

/** How the membership ended, or null while it is open, e.g. "left between 30 June and 13 July 2026". */
export function endPhrase(facts: TimeFacts): string | null {
  if (facts.left) return `left ${onOrIn(facts.left)}${unknownPart(facts.left)}`
  if (facts.leftAfter && facts.leftBy) return `left between ${formatDateSpan(facts.leftAfter, facts.leftBy)}`
  if (facts.leftBy) return `left by ${formatPartialDate(facts.leftBy)}; date unknown`
  if (facts.leftAfter) return `still a member on ${formatPartialDate(facts.leftAfter)}; left after that, date unknown`
  return null
}

/** Start and end in one line: "joined 18 July 2024; left between 30 June and 13 July 2026". */
export function periodPhrase(facts: TimeFacts, role: string, founded?: PartialDate): string {
  const end = endPhrase(facts)
  return end ? `${startPhrase(facts, role, founded)}; ${end}` : startPhrase(facts, role, founded)
}

export interface WordedMembership extends TimeFacts, Windows {
  readonly role: string
}

/** Why a membership is possible but not certain on `day`, or null when it is certain or not a member. */
export function uncertaintyReason(membership: WordedMembership, day: number, founded?: PartialDate): string | null {
  const cause = uncertaintyCause(membership, day)
  if (cause === 'start') return startPhrase(membership, membership.role, founded)
  if (cause === 'end') return endPhrase(membership)
  return null
}

/**
 * The start in a few words, for table cells: "5 December 2023", "≈ May 2024", "by 16 May 2017",
 * "after 21 May 2024", "unknown".
 */
export function shortStart(facts: TimeFacts): string {
  if (facts.joined) return approximateDateText(facts.joined)
  if (facts.joinedAfter && facts.joinedBy)
    return `after ${formatPartialDate(facts.joinedAfter)}, by ${formatPartialDate(facts.joinedBy)}`
  if (facts.joinedBy) return `by ${formatPartialDate(facts.joinedBy)}`
  if (facts.joinedAfter) return `after ${formatPartialDate(facts.joinedAfter)}`
  return 'unknown'
}
