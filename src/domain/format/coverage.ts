/**
 * The words that say how far a coalition's member list can be trusted on a day: when its roster was
 * last checked, whether it is partial, and the size the coalition or the press reported.
 */
import type { ReportedSize } from '../dataset/types'
import type { CountRange, CoverageNote } from '../membership/membership'
import { formatCount, shortRangeText } from './counts'
import { formatPartialDate } from './dates'

/** "more than 200 on 8 April 2026", "126 in 2024" */
export function reportedSizeText(size: ReportedSize): string {
  const qualifier = size.qualifier === 'exactly' ? '' : `${size.qualifier} `
  const when = size.date.precision === 'day' ? `on ${formatPartialDate(size.date)}` : `in ${formatPartialDate(size.date)}`
  return `${qualifier}${formatCount(size.count)} ${when}`
}

/** "Roster last checked 31 October 2025: the members shown are those known then." or null while current. */
export function staleRosterText(coverage: CoverageNote): string | null {
  if (!coverage.stale || !coverage.roster) return null
  return `Roster last checked ${formatPartialDate(coverage.roster.checked)}: the members shown are those known then.`
}

/** "Partial list: 31 named; 126 reported in 2024." or null when the roster is complete or unknown. */
export function partialRosterText(coverage: CoverageNote, named: CountRange): string | null {
  if (!coverage.roster || coverage.roster.complete) return null
  const reported = coverage.reportedSize ? `; ${reportedSizeText(coverage.reportedSize)} reported` : ''
  return `Partial list: ${shortRangeText(named)} named${reported}.`
}

/**
 * The same facts in a few words for a chart's subtitle: "roster last checked May 2024", "partial
 * list (reported: about 35 in 2024)", both joined by a comma, or null while complete and current.
 */
export function shortCoverageText(coverage: CoverageNote): string | null {
  const parts: string[] = []
  if (coverage.roster && !coverage.roster.complete) {
    parts.push(coverage.reportedSize ? `partial list (reported: ${reportedSizeText(coverage.reportedSize)})` : 'partial list')
  }
  if (coverage.stale && coverage.roster) parts.push(`roster last checked ${formatPartialDate(coverage.roster.checked)}`)
  return parts.length ? parts.join(', ') : null
}
