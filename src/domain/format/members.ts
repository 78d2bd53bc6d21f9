/**
 * The members table's words: when a membership began as a cell says it, the mark and the legend
 * for a membership the evidence allows but does not prove, and the row count above the table.
 */
import type { TimeFacts } from '../membership/windows'
import { formatCount } from './counts'
import { approximateDateText } from './dates'
import { startPhrase } from './membership'

/** The word that marks a membership possible but not certain on the day, on screen and in the CSV. */
export const UNCERTAIN_WORD = 'uncertain'

/** What the mark means, for the legend. */
export const UNCERTAIN_MEANING = 'the evidence allows but does not prove membership on this date'

/**
 * When a membership began, in a table cell: the date when it is known ("5 December 2023", "≈ May
 * 2024"), the evidence's bounds in plain words when it is not ("member by 16 May 2017; start
 * unknown", "signed after 21 May 2024; date unknown"), "join date unknown" when nothing is known.
 */
export function sinceText(facts: TimeFacts, role: string): string {
  if (facts.joined) return approximateDateText(facts.joined)
  if (facts.joinedAfter || facts.joinedBy) return startPhrase(facts, role)
  return 'join date unknown'
}

/**
 * The "Member since" column's header, naming the coalitions its dates are for: the one chosen
 * ("Member since (AI Alliance)"), several ("Member since (earliest of 2 chosen)"), or none ("Member
 * since (any coalition)"), so a date in an AI Alliance view is never read as another coalition's.
 */
export function memberSinceHeader(chosenNames: readonly string[] | null): string {
  if (chosenNames === null || chosenNames.length === 0) return 'Member since (any coalition)'
  if (chosenNames.length === 1) return `Member since (${chosenNames[0]})`
  return `Member since (earliest of ${formatCount(chosenNames.length)} chosen)`
}

/**
 * "20 of 150 organizations", and "(4 uncertain)" when that many of the rows shown are only
 * possibly what the filters ask for (a member of the chosen coalition, say).
 */
export function shownCountText(shown: number, total: number, uncertain: number, close = 0): string {
  const base = `${formatCount(shown)} of ${formatCount(total)} ${total === 1 ? 'organization' : 'organizations'}`
  const counted = uncertain > 0 ? `${base} (${formatCount(uncertain)} ${UNCERTAIN_WORD})` : base
  return close > 0 ? `${counted}, including ${closeMatchText(close)}` : counted
}

/** "1 close match", "3 close matches": rows a search found by spelling tolerance, not by the exact text. */
export function closeMatchText(count: number): string {
  return `${formatCount(count)} close ${count === 1 ? 'match' : 'matches'}`
}
