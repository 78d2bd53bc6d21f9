/**
 * The words that say how far a coalition's member list can be trusted on a day: when its roster was
 * last checked, whether it is partial, and the size the coalition or the press reported.
 */
import type { PartialDate } from '../dataset/dates'
import type { ReportedSize } from '../dataset/types'
import type { CountRange, CoverageNote } from '../membership/membership'
import { formatCount, shortRangeText } from './counts'
import { formatPartialDate } from './dates'

function reportedSizeParts(size: ReportedSize): { amount: string; when: string } {
  const qualifier = size.qualifier === 'exactly' ? '' : `${size.qualifier} `
  const when =
    size.date.precision === 'day' ? `on ${formatPartialDate(size.date)}` : `in ${formatPartialDate(size.date)}`
  return { amount: `${qualifier}${formatCount(size.count)}`, when }
}

/** "more than 200 on 8 April 2026", "126 in 2024" */
export function reportedSizeText(size: ReportedSize): string {
  const { amount, when } = reportedSizeParts(size)
  return `${amount} ${when}`
}

/** A size reported after the roster was checked: the members named may be fewer than the coalition now has. */
function laterReportedSize(coverage: CoverageNote): ReportedSize | null {
  const { roster, reportedSize } = coverage
  // A partial roster states its reported size in its own clause.
  return roster?.complete && reportedSize && reportedSize.date.day > roster.checked.lastDay ? reportedSize : null
}

/** The reported size the coverage words mention (a partial list's, or one reported since the check), whose sources a view should cite. */
export function mentionedReportedSize(coverage: CoverageNote): ReportedSize | null {
  if (coverage.roster && !coverage.roster.complete) return coverage.reportedSize ?? null
  return coverage.stale ? laterReportedSize(coverage) : null
}

/**
 * The clause after a coalition's name, "AI Alliance: roster last checked 31 October 2025: the
 * members shown are those known then; more than 200 reported on 8 April 2026", or null while current.
 */
export function staleRosterClause(coverage: CoverageNote): string | null {
  if (!coverage.stale || !coverage.roster) return null
  const later = laterReportedSize(coverage)
  const reported = later ? `; ${reportedSizeText(later).replace(/ (on|in) /, ' reported $1 ')}` : ''
  return `roster last checked ${formatPartialDate(coverage.roster.checked)}: the members shown are those known then${reported}`
}

/** "Roster last checked 31 October 2025: the members shown are those known then." or null while current. */
export function staleRosterText(coverage: CoverageNote): string | null {
  return sentence(staleRosterClause(coverage))
}

/** The clause after a coalition's name, "AISIC: partial list: 2 named; more than 200 reported on 8 February 2024", or null. */
export function partialRosterClause(coverage: CoverageNote, named: CountRange): string | null {
  if (!coverage.roster || coverage.roster.complete) return null
  const size = coverage.reportedSize ? reportedSizeParts(coverage.reportedSize) : null
  // "126 reported in 2024", as the format's documentation words it.
  const reported = size ? `; ${size.amount} reported ${size.when}` : ''
  return `partial list: ${shortRangeText(named)} named${reported}`
}

/** "Partial list: 31 named; 126 reported in 2024." or null when the roster is complete or unknown. */
export function partialRosterText(coverage: CoverageNote, named: CountRange): string | null {
  return sentence(partialRosterClause(coverage, named))
}

/** "not founded until 5 December 2023": why a coalition has no members on a day before its founding. */
export function notFoundedPhrase(founded: PartialDate): string {
  return `not founded until ${formatPartialDate(founded)}`
}

/** "Not founded until 18 July 2024." */
export function notFoundedSentence(founded: PartialDate): string {
  return sentence(notFoundedPhrase(founded)) as string
}

function sentence(clause: string | null): string | null {
  return clause === null ? null : `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`
}

/**
 * The same facts in a few words for a chart's subtitle: "roster last checked May 2024", "partial
 * list (reported: about 35 in 2024)", both joined by a comma, or null while complete and current.
 */
export function shortCoverageText(coverage: CoverageNote): string | null {
  const parts: string[] = []
  if (coverage.roster && !coverage.roster.complete) {
    parts.push(
      coverage.reportedSize ? `partial list (reported: ${reportedSizeText(coverage.reportedSize)})` : 'partial list',
    )
  }
  if (coverage.stale && coverage.roster) {
    const later = laterReportedSize(coverage)
    parts.push(
      `roster last checked ${formatPartialDate(coverage.roster.checked)}${later ? ` (reported since: ${reportedSizeText(later)})` : ''}`,
    )
  }
  return parts.length ? parts.join(', ') : null
}
