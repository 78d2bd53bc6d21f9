/**
 * The words around a chart: its subtitle (the filters in force and how far the rosters drawn can
 * be trusted, so an exported image says what it shows), its summary, its key and tooltips, and the
 * file name it is saved under (so a folder of exports says what each holds).
 */
import type { PartialDate } from '../dataset/dates'
import type { Coalition, Dataset } from '../dataset/types'
import { coverageOn, foundedAfter, type CountRange, type CoverageNote } from '../membership/membership'
import { plural, rangeText } from '../format/counts'
import { shortCoverageText } from '../format/coverage'
import { formatIsoDay, formatPartialDate } from '../format/dates'
import { andList as listText } from '../format/lists'
import { slugify } from '../export/file-names'
import { OTHER_KEY, UNKNOWN_KEY, formatShare, shareOf, type Breakdown } from './chart-data'

/** How far one drawn coalition's roster can be trusted on the "as of" day. */
export interface CoalitionCoverage {
  /** As the chart labels it (see chartLabel). */
  readonly name: string
  readonly coverage: CoverageNote
}

export interface ChartState {
  /** `YYYY-MM-DD` of the "as of" day. */
  readonly asOf: string
  /** Names of the coalitions drawn. */
  readonly coalitionNames: readonly string[]
  /** How many coalitions the dataset has. */
  readonly coalitionCount: number
  /** True when the coalitions were picked (false: all, or the largest when there are too many). */
  readonly chosen: boolean
  /** True when only the largest coalitions are drawn. */
  readonly truncated?: boolean
  /** Labels of the sectors in the sector filter (empty = all). */
  readonly sectorLabels: readonly string[]
  /** Search text as typed. */
  readonly query: string
  /** True when the search also found organizations by a name close to it ("Nvidea" for Nvidia). */
  readonly closeMatches?: boolean
  readonly measure?: 'count' | 'share'
  /** The drawn coalitions' roster coverage on the "as of" day (those founded by then). */
  readonly coverage?: readonly CoalitionCoverage[]
}

const LONG_NAME = 22

/** A coalition as a chart names it in tight places: the full name unless it is long and a short one is given. */
export function chartLabel(coalition: Pick<Coalition, 'name' | 'shortName'>): string {
  return coalition.name.length > LONG_NAME && coalition.shortName ? coalition.shortName : coalition.name
}

function coalitionsText(state: ChartState): string {
  if (state.truncated) return `the ${state.coalitionNames.length} largest of ${state.coalitionCount} coalitions`
  if (!state.chosen || state.coalitionNames.length === state.coalitionCount)
    return state.coalitionCount === 1
      ? (state.coalitionNames[0] ?? '1 coalition')
      : `all ${state.coalitionCount} coalitions`
  return listText(state.coalitionNames)
}

function filtersText(state: ChartState): string {
  const parts: string[] = []
  if (state.sectorLabels.length)
    parts.push(`${state.sectorLabels.length === 1 ? 'Sector' : 'Sectors'}: ${listText(state.sectorLabels)}`)
  const query = state.query.trim()
  if (query) parts.push(`Search: “${query}”${state.closeMatches ? ', close matches included' : ''}`)
  return parts.length ? ` ${parts.join('. ')}.` : ' All sectors, no search.'
}

/** Roster coverage on `day` of the drawn coalitions founded by then (before its founding a coalition has no roster to qualify). */
export function chartCoverage(dataset: Dataset, coalitionIds: readonly string[], day: number): CoalitionCoverage[] {
  return coalitionIds.flatMap((id) => {
    const coalition = dataset.coalitionById.get(id)
    return coalition && !foundedAfter(coalition, day)
      ? [{ name: chartLabel(coalition), coverage: coverageOn(coalition, day) }]
      : []
  })
}

/** Coalitions named in a subtitle's coverage note before the rest are counted. */
const MAX_COVERAGE_NAMED = 8

/**
 * "FMF: roster last checked May 2024; CoSAI: partial list (reported: about 35 in 2024)." for the
 * drawn coalitions whose list is partial or was last checked before the day; '' when none.
 */
export function coverageText(entries: readonly CoalitionCoverage[]): string {
  const notes = entries.flatMap(({ name, coverage }) => {
    const note = shortCoverageText(coverage)
    return note ? [`${name}: ${note}`] : []
  })
  if (!notes.length) return ''
  const named = notes.slice(0, MAX_COVERAGE_NAMED)
  const rest = notes.length - named.length
  return `${named.join('; ')}${rest > 0 ? `; and ${plural(rest, 'more coalition', 'more coalitions')} with a partial or older roster` : ''}.`
}

/** What a share is a share of, said the same way in the subtitle, the table, the tooltip and the summary. */
export const SHARE_BASE = 'each coalition’s possible members'

/**
 * The subtitle of a snapshot chart (`kind: 'snapshot'`, counted on the as-of day) or of the timeline
 * (`kind: 'timeline'`, every day, the as-of day marked), then the roster coverage on the as-of day.
 */
export function chartSubtitle(kind: 'snapshot' | 'timeline', state: ChartState): string {
  const day = formatIsoDay(state.asOf)
  const measure = state.measure === 'share' ? ` as a share of ${SHARE_BASE}` : ''
  const head =
    kind === 'timeline'
      ? `Members of ${coalitionsText(state)}, day by day; ${day} marked.`
      : `Members of ${coalitionsText(state)} on ${day}${measure}.`
  const coverage = coverageText(state.coverage ?? [])
  return `${head}${filtersText(state)}${coverage ? ` ${coverage}` : ''}`
}

/** "Shares of its 6 possible members": what a bar's shares divide by. */
export function shareBaseText(base: number): string {
  return `Shares of its ${plural(base, 'possible member', 'possible members')}`
}

/** "40.0% certain, up to 46.7%"; one share when they agree. */
export function shareRangeText(certain: number, possible: number): string {
  return certain === possible
    ? formatShare(possible)
    : `${formatShare(certain)} certain, up to ${formatShare(possible)}`
}

/** A count or a share of `base`, as a range: "12 certain, up to 14", "40.0% certain, up to 46.7%". */
export function measureRangeText(range: CountRange, base: number, measure: 'count' | 'share'): string {
  return measure === 'share'
    ? shareRangeText(shareOf(range.certain, base), shareOf(range.possible, base))
    : rangeText(range)
}

/** The key under a snapshot chart: what its solid and hatched parts stand for. */
export function breakdownKey(asOf: string): { solid: string; hatched: string } {
  return { solid: 'Solid: certain members', hatched: `Hatched: possible but not certain on ${formatIsoDay(asOf)}` }
}

/** The key under the timeline: what its lines and bands stand for. */
export const TIMELINE_KEY = { line: 'Line: certain members', band: 'Hatched band: possible but not certain' } as const

/**
 * "150 certain, up to 162 memberships in 7 coalitions across 12 sectors. The largest is Research &
 * academia with 34 certain, up to 36. AI Alliance has the most members shown (83 certain, up to 85)."
 */
export function breakdownSummary(
  breakdown: Breakdown,
  what: readonly [string, string],
  measure: 'count' | 'share',
  asOf: string,
): string {
  const [largest] = breakdown.categories.filter(
    (category) => category.key !== OTHER_KEY && category.key !== UNKNOWN_KEY,
  )
  const [biggest] = breakdown.series
  const all = { certain: breakdown.total - breakdown.uncertainTotal, possible: breakdown.total }
  const parts = [
    `${rangeText(all)} ${breakdown.total === 1 ? 'membership' : 'memberships'} in ${plural(breakdown.series.length, 'coalition', 'coalitions')} across ${plural(breakdown.categories.length, what[0], what[1])}.`,
  ]
  if (largest)
    parts.push(
      `The largest is ${largest.label} with ${rangeText({ certain: largest.total - largest.uncertain, possible: largest.total })}.`,
    )
  if (biggest && biggest.total > 0) {
    const range = { certain: biggest.total - biggest.uncertainTotal, possible: biggest.total }
    const share =
      measure === 'share'
        ? `; ${shareRangeText(shareOf(range.certain, biggest.base), shareOf(range.possible, biggest.base))} of its possible members`
        : ''
    parts.push(`${biggest.name} has the most members shown (${rangeText(range)}${share}).`)
  }
  if (breakdown.uncertainTotal > 0) {
    parts.push(
      `Hatched parts are members possible but not certain on ${formatIsoDay(asOf)}: their start or end is known only to a month, a year or a window of days.`,
    )
  }
  if (measure === 'share') parts.push(`Shares are of ${SHARE_BASE} on that day, whatever their sector.`)
  return parts.join(' ')
}

export interface TimelineSummaryEntry {
  readonly name: string
  readonly range: CountRange
  /** Set when the coalition was not founded yet on the day. */
  readonly notFoundedUntil?: PartialDate
}

/** "On 1 May 2024: AI Alliance 85; Frontier Model Forum 4 certain, up to 6; CoSAI not founded until 18 July 2024." and what the band means. */
export function timelineSummary(asOf: string, entries: readonly TimelineSummaryEntry[], uncertain: boolean): string {
  const counts = entries.map((entry) =>
    entry.notFoundedUntil
      ? `${entry.name} not founded until ${formatPartialDate(entry.notFoundedUntil)}`
      : `${entry.name} ${rangeText(entry.range)}`,
  )
  const band = uncertain
    ? 'Each line counts the certain members; a hatched band above it reaches up to the possible ones, whose start or end is known only to a month, a year or a window of days.'
    : 'Every membership shown has an exact start and end, so each line is a single count.'
  return `On ${formatIsoDay(asOf)}: ${counts.join('; ')}. ${band}`
}

const MAX_BASE_LENGTH = 120
const MAX_NAMED_COALITIONS = 3
const MAX_NAMED_SECTORS = 2

/**
 * File name without extension, e.g. `members-by-sector-ai-alliance-vs-frontier-model-forum-2024-06-01`:
 * the chart, the coalitions (named up to three), the measure, the sector filter and search when set,
 * and the as-of day, which is always kept even when the rest must be shortened.
 */
export function chartFileBase(chart: string, state: ChartState): string {
  const coalitions = state.truncated
    ? `largest-${state.coalitionNames.length}-coalitions`
    : !state.chosen || state.coalitionNames.length === state.coalitionCount
      ? 'all-coalitions'
      : state.coalitionNames.length <= MAX_NAMED_COALITIONS
        ? state.coalitionNames.map(slugify).join('-vs-')
        : `${state.coalitionNames.length}-coalitions`
  const sectors =
    state.sectorLabels.length > MAX_NAMED_SECTORS
      ? `${state.sectorLabels.length}-sectors`
      : state.sectorLabels.map(slugify).join('-')
  const query = slugify(state.query)
  const parts = [
    slugify(chart),
    coalitions,
    state.measure === 'share' ? 'share' : '',
    sectors,
    query ? `search-${query}` : '',
  ].filter(Boolean)
  const date = state.asOf
  const head = parts
    .join('-')
    .slice(0, MAX_BASE_LENGTH - date.length - 1)
    .replace(/-+$/, '')
  return `${head}-${date}`
}
