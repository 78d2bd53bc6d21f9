/**
 * The Changes section's words: what each kind of change is called and means, a coalition's summary
 * line ("+28 joined, −2 left, 51 may have joined"), the span, and why a typed day was refused.
 */
import type { ChangeKind } from '../changes/changes'
import type { SpanBounds, SpanEntryCheck, SpanNote } from '../changes/span'
import { dayToIso, parsePartialDate, type PartialDate } from '../dataset/dates'
import type { CoverageNote } from '../membership/membership'
import type { MemberStatus } from '../membership/windows'
import { formatCount } from './counts'
import { formatDateSpan, formatDay, formatIsoDay, formatPartialDate } from './dates'
import { periodPhrase, type WordedMembership } from './membership'

/** The kind in a summary line or a CSV cell, after its number: "51 may have joined". */
export const CHANGE_KIND_WORDS: Readonly<Record<ChangeKind, string>> = {
  joined: 'joined',
  left: 'left',
  possiblyJoined: 'may have joined',
  possiblyLeft: 'may have left',
  becameCertain: 'became certain',
  noLongerPossible: 'no longer possible',
}

/** The kind as the heading of its group. */
export const CHANGE_KIND_HEADINGS: Readonly<Record<ChangeKind, string>> = {
  joined: 'Joined',
  left: 'Left',
  possiblyJoined: 'May have joined',
  possiblyLeft: 'May have left',
  becameCertain: 'Became certain',
  noLongerPossible: 'No longer possible',
}

/** What the kind means, from the standing on From to the standing on To (membership/windows.ts). */
export const CHANGE_KIND_MEANINGS: Readonly<Record<ChangeKind, string>> = {
  joined: 'not a member on From, a certain member on To',
  left: 'a certain member on From, not a member on To',
  possiblyJoined: 'not a member on From; on To the evidence allows membership but does not prove it',
  possiblyLeft: 'a certain member on From; on To the evidence allows membership but does not prove it',
  becameCertain: 'a possible but unproven member on From, a certain member on To',
  noLongerPossible: 'a possible but unproven member on From, not a member on To',
}

/**
 * "+28 joined, −2 left, 51 may have joined, 4 became certain": the kinds in the order of
 * CHANGE_KINDS, those with none left out; "no changes" when there are none.
 */
export function changeSummaryText(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts: string[] = []
  const order: readonly ChangeKind[] = [
    'joined',
    'left',
    'possiblyJoined',
    'possiblyLeft',
    'becameCertain',
    'noLongerPossible',
  ]
  for (const kind of order) {
    const count = counts[kind]
    if (count === 0) continue
    const sign = kind === 'joined' ? '+' : kind === 'left' ? '\u2212' : ''
    parts.push(`${sign}${formatCount(count)} ${CHANGE_KIND_WORDS[kind]}`)
  }
  return parts.length ? parts.join(', ') : 'no changes'
}

/** A standing on one of the two days, in a CSV cell: "certain", "possible" (allowed but unproven) or "none". */
export function standingWord(status: MemberStatus): 'certain' | 'possible' | 'none' {
  return status === 'uncertain' ? 'possible' : status
}

const asDate = (day: number): PartialDate => parsePartialDate(dayToIso(day)) as PartialDate

/** "1 January and 31 December 2024", "30 November 2025 and 30 November 2026": the two days, for "between … and …". */
export function spanText(from: number, to: number): string {
  return formatDateSpan(asDate(from), asDate(to))
}

/** "founded on 8 February 2024", "founded in May 2024": a founding within the span, after the coalition's name. */
export function foundedWithinText(founded: PartialDate): string {
  return `founded ${founded.precision === 'day' ? 'on' : 'in'} ${formatPartialDate(founded)}, between the two days: its founding members count as joined`
}

function boundReason(side: 'before' | 'after', bounds: SpanBounds | null): string {
  if (bounds === null) return ''
  if (side === 'before') return `is before the dataset’s earliest date, ${formatDay(bounds.first)}`
  return bounds.lastIsToday
    ? `is after today, ${formatDay(bounds.last)}`
    : `is after the dataset’s latest date, ${formatDay(bounds.last)}`
}

/**
 * Why a typed day was not applied, and what is still shown: "1 January 1990 is before the dataset’s
 * earliest date, 26 July 2023. Changes are still counted from 1 January 2024."
 */
export function spanEntryRefusal(
  field: 'from' | 'to',
  typed: string,
  check: Exclude<SpanEntryCheck, 'ok'>,
  other: number,
  shown: number,
  bounds: SpanBounds | null,
): string {
  const typedDay = parsePartialDate(typed)
  const what =
    typed.trim() === '' ? 'An empty date' : typedDay?.precision === 'day' ? formatPartialDate(typedDay) : typed
  let reason: string
  if (check === 'not-a-day') reason = typed.trim() === '' ? 'is not a day' : 'is not a day: write YYYY-MM-DD'
  else if (check === 'order')
    reason = field === 'from' ? `is not before To, ${formatDay(other)}` : `is not after From, ${formatDay(other)}`
  else reason = boundReason(check, bounds)
  const still =
    field === 'from'
      ? `Changes are still counted from ${formatDay(shown)}.`
      : `Changes are still counted to ${formatDay(shown)}.`
  return `${what} ${reason}. ${still}`
}

/**
 * What became of a day the address asked for: "The address asked for From 1 January 1990, which is
 * before the dataset’s earliest date, 26 July 2023: changes are counted from that date."
 */
export function spanNoteText(note: SpanNote, bounds: SpanBounds | null): string {
  if (note.kind === 'order') {
    return `The address asked for changes from ${formatIsoDay(note.from)} to ${formatIsoDay(note.to)}, but From must come before To: the section shows the last year instead.`
  }
  const field = note.field === 'from' ? 'From' : 'To'
  return `The address asked for ${field} ${formatIsoDay(note.asked)}, which ${boundReason(note.side, bounds)}: changes are counted ${note.field === 'from' ? 'from' : 'to'} that date.`
}

/**
 * What the roster allows one to say about changes up to To: "Roster last checked February 2024:
 * changes after that are not known." and "Partial list: only the members the dataset names are
 * followed."; null when neither applies.
 */
export function rosterChangesNote(coverage: CoverageNote): string | null {
  const notes: string[] = []
  if (coverage.stale && coverage.roster)
    notes.push(`Roster last checked ${formatPartialDate(coverage.roster.checked)}: changes after that are not known.`)
  if (coverage.roster && !coverage.roster.complete)
    notes.push('Partial list: only the members the dataset names are followed.')
  return notes.length ? notes.join(' ') : null
}

/** "Show the 32 organizations", "Hide the organization": the disclosure of one coalition's changes. */
export function changesToggleText(open: boolean, count: number): string {
  return `${open ? 'Hide' : 'Show'} the ${count === 1 ? 'organization' : `${formatCount(count)} organizations`}`
}

/**
 * When the memberships behind a change began and ended, as the evidence dates them: "joined in May
 * 2024 (day unknown)", and for one that left and came back, "joined …; left …; then joined after …".
 */
export function changeDatesText(memberships: readonly WordedMembership[], founded?: PartialDate): string {
  return memberships.map((membership) => periodPhrase(membership, membership.role, founded)).join('; then ')
}
