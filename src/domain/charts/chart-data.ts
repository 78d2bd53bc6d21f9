/**
 * View models for the charts (members by sector, by country, over time): plain numbers computed
 * from the dataset and the shared filters, so what a chart draws, its data table and its CSV are
 * one and the same, and can be tested without a browser.
 *
 * Which memberships count is the member table's rule (membership/windows.ts): possible on the "as
 * of" day, told apart into certain and uncertain, of an organization whose name or alias matches
 * the search and whose sector is in the sector filter (empty = all). With the table filtered to
 * coalition X, its "N of M organizations" therefore equals the sector chart's total for X.
 *
 * Counters keyed by ids are Maps or null-prototype records: an id such as "constructor" must count
 * like any other.
 */
import { foundedAfter, type CountRange } from '../membership/membership'
import { isCertainOn, isPossibleOn } from '../membership/windows'
import { eachMembershipOf, firstPositions } from '../membership/each-membership'
import { NO_MATCH, searchOrganizations, type CloseMatcher } from '../members/org-search'
import type { PartialDate } from '../dataset/dates'
import type { Dataset, Organization } from '../dataset/types'
import { formatPercent } from '../format/percent'

/** A record with no prototype, so every string is an ordinary key. */
export function countRecord(): Record<string, number> {
  return Object.create(null) as Record<string, number>
}

/** A chart never draws more categories than this; the rest become "Other". */
export const MAX_SECTOR_CATEGORIES = 30
export const MAX_COUNTRY_CATEGORIES = 12
/** Bars per chart (coalitions) and lines in the timeline, at most. */
export const MAX_CHART_COALITIONS = 30
export const MAX_TIMELINE_COALITIONS = 12

export const OTHER_KEY = '__other'
export const UNKNOWN_KEY = '__unknown'

export interface OrganizationFilter {
  /** Search text as typed; normalized here. */
  readonly query: string
  /** Sector ids; empty means every sector. */
  readonly sectors: readonly string[]
}

/**
 * A predicate over organizations for the search and the sector filter. The search is the members
 * table's (searchOrganizations over the same list): exact and close matches both count, so a chart
 * and the table count the same organizations for the same search.
 */
export function organizationMatcher(
  organizations: readonly Organization[],
  filter: OrganizationFilter,
  closeMatcher: CloseMatcher | null,
): (organization: Organization) => boolean {
  const search = searchOrganizations(organizations, filter.query, closeMatcher)
  const sectors = filter.sectors.length ? new Set(filter.sectors) : null
  return (organization) =>
    (sectors === null || sectors.has(organization.sectorId)) && search.matchOf(organization.index) !== NO_MATCH
}

/**
 * The coalitions the charts show: the chosen ones that exist (dataset order), else all. When more
 * than `max` would be drawn, the `max` largest on `day` are kept (ties in dataset order).
 */
export function chartCoalitionIds(
  dataset: Dataset,
  selected: readonly string[],
  day: number,
  max = MAX_CHART_COALITIONS,
): { ids: string[]; truncated: boolean; chosen: boolean } {
  const wanted = new Set(selected.filter((id) => dataset.coalitionById.has(id)))
  const chosen = wanted.size > 0
  const ids = dataset.coalitions
    .filter((coalition) => !chosen || wanted.has(coalition.id))
    .map((coalition) => coalition.id)
  if (ids.length <= max) return { ids, truncated: false, chosen }
  // Memberships possible on the day, per coalition index: one pass in dataset order (coalition by
  // coalition, 260,000 memberships scattered in memory cost ten times more).
  const counts = new Int32Array(dataset.coalitions.length)
  for (const membership of dataset.memberships)
    if (membership.coalitionIndex >= 0 && isPossibleOn(membership, day))
      counts[membership.coalitionIndex] = (counts[membership.coalitionIndex] as number) + 1
  const sizeOf = (id: string) => counts[dataset.coalitionById.get(id)?.index ?? -1] ?? 0
  const kept = new Set(
    ids
      .slice()
      .sort((a, b) => sizeOf(b) - sizeOf(a))
      .slice(0, max),
  )
  return { ids: ids.filter((id) => kept.has(id)), truncated: true, chosen }
}

export interface BreakdownCategory {
  /** Sector id, country code, UNKNOWN_KEY or OTHER_KEY. */
  readonly key: string
  readonly label: string
  /** Index for a stable colour (the sector's index in the dataset, a country's rank); -1 for Other and Unknown. */
  readonly colorIndex: number
  /** Possible members in this category over all coalitions drawn. */
  readonly total: number
  /** How many of them are uncertain on the day. */
  readonly uncertain: number
  /** For Other: the categories it groups. */
  readonly grouped?: readonly string[]
}

export interface BreakdownSeries {
  readonly coalitionId: string
  readonly name: string
  /** Possible members drawn for this coalition (all filters applied). */
  readonly total: number
  /** How many of them are uncertain on the day. */
  readonly uncertainTotal: number
  /** Possible members on the day that match the search, whatever their sector: what shares are shares of. */
  readonly base: number
  /** Possible members per category key (null-prototype record). */
  readonly counts: Readonly<Record<string, number>>
  /** Of those, the uncertain ones per category key (null-prototype record; absent keys are 0). */
  readonly uncertain: Readonly<Record<string, number>>
  /** Set when the day is before the coalition's founding: nothing to count, rather than none. */
  readonly notFoundedUntil?: PartialDate
}

export interface Breakdown {
  /** Largest first; Unknown and Other last. */
  readonly categories: readonly BreakdownCategory[]
  /** Coalitions, largest first (ties in dataset order). */
  readonly series: readonly BreakdownSeries[]
  readonly total: number
  readonly uncertainTotal: number
}

interface CategoryScheme {
  readonly keyOf: (organization: Organization) => string
  readonly labelOf: (key: string) => string
  readonly colorOf: (key: string) => number
  /** Order of ties: the dataset's own order. */
  readonly orderOf: (key: string) => number
}

function breakdown(
  dataset: Dataset,
  coalitionIds: readonly string[],
  day: number,
  search: (organization: Organization) => boolean,
  sectors: readonly string[],
  scheme: CategoryScheme,
  maxCategories: number,
): Breakdown {
  const sectorSet = sectors.length ? new Set(sectors) : null
  const tallies = coalitionIds.map(() => ({
    counts: new Map<string, number>(),
    uncertain: new Map<string, number>(),
    total: 0,
    uncertainTotal: 0,
    base: 0,
  }))
  eachMembershipOf(dataset, coalitionIds, (membership, position) => {
    if (!isPossibleOn(membership, day)) return
    const organization = dataset.organizations[membership.organizationIndex]
    if (!organization || !search(organization)) return
    const tally = tallies[position] as (typeof tallies)[number]
    tally.base++
    if (sectorSet !== null && !sectorSet.has(organization.sectorId)) return
    tally.total++
    const key = scheme.keyOf(organization)
    tally.counts.set(key, (tally.counts.get(key) ?? 0) + 1)
    if (!isCertainOn(membership, day)) {
      tally.uncertainTotal++
      tally.uncertain.set(key, (tally.uncertain.get(key) ?? 0) + 1)
    }
  })
  const positions = firstPositions(dataset, coalitionIds)
  const raw = coalitionIds.flatMap((coalitionId, index) => {
    const coalition = dataset.coalitionById.get(coalitionId)
    const tally = tallies[positions[index] as number]
    if (!coalition || !tally) return []
    const notFoundedUntil = foundedAfter(coalition, day) ? coalition.founded : undefined
    return [{ coalitionId, name: coalition.name, index: coalition.index, notFoundedUntil, ...tally }]
  })

  const totals = new Map<string, number>()
  const uncertainTotals = new Map<string, number>()
  for (const series of raw) {
    for (const [key, count] of series.counts) totals.set(key, (totals.get(key) ?? 0) + count)
    for (const [key, count] of series.uncertain) uncertainTotals.set(key, (uncertainTotals.get(key) ?? 0) + count)
  }
  const ranked = [...totals.keys()]
    .filter((key) => key !== UNKNOWN_KEY)
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || scheme.orderOf(a) - scheme.orderOf(b))
  const hasUnknown = totals.has(UNKNOWN_KEY)
  const room = maxCategories - (hasUnknown ? 1 : 0)
  const kept = ranked.length > room ? ranked.slice(0, Math.max(room - 1, 0)) : ranked
  const grouped = ranked.slice(kept.length)
  const keptSet = new Set(kept)
  const sum = (map: ReadonlyMap<string, number>, keys: readonly string[]) =>
    keys.reduce((total, key) => total + (map.get(key) ?? 0), 0)

  const categories: BreakdownCategory[] = kept.map((key) => ({
    key,
    label: scheme.labelOf(key),
    colorIndex: scheme.colorOf(key),
    total: totals.get(key) ?? 0,
    uncertain: uncertainTotals.get(key) ?? 0,
  }))
  if (hasUnknown)
    categories.push({
      key: UNKNOWN_KEY,
      label: 'Unknown',
      colorIndex: -1,
      total: totals.get(UNKNOWN_KEY) ?? 0,
      uncertain: uncertainTotals.get(UNKNOWN_KEY) ?? 0,
    })
  if (grouped.length) {
    categories.push({
      key: OTHER_KEY,
      label: 'Other',
      colorIndex: -1,
      total: sum(totals, grouped),
      uncertain: sum(uncertainTotals, grouped),
      grouped,
    })
  }

  const fold = (map: ReadonlyMap<string, number>) => {
    const folded = countRecord()
    for (const [key, count] of map) {
      const target = key === UNKNOWN_KEY || keptSet.has(key) ? key : OTHER_KEY
      folded[target] = (folded[target] ?? 0) + count
    }
    return folded
  }
  const series: BreakdownSeries[] = raw
    .sort((a, b) => b.total - a.total || a.index - b.index)
    .map(({ coalitionId, name, counts, uncertain, total, uncertainTotal, base, notFoundedUntil }) => ({
      coalitionId,
      name,
      total,
      uncertainTotal,
      base,
      counts: fold(counts),
      uncertain: fold(uncertain),
      ...(notFoundedUntil ? { notFoundedUntil } : {}),
    }))
  return {
    categories,
    series,
    total: series.reduce((total, item) => total + item.total, 0),
    uncertainTotal: series.reduce((total, item) => total + item.uncertainTotal, 0),
  }
}

/** Certain and possible members of one category (a key) in one coalition's bar. */
export function categoryRange(series: BreakdownSeries, key: string): CountRange {
  const possible = series.counts[key] ?? 0
  return { certain: possible - (series.uncertain[key] ?? 0), possible }
}

/** Certain and possible members drawn for one coalition. */
export function seriesRange(series: BreakdownSeries): CountRange {
  return { certain: series.total - series.uncertainTotal, possible: series.total }
}

/** Members per sector for each coalition, on `day`, with the search and sector filter applied. */
export function sectorBreakdown(
  dataset: Dataset,
  coalitionIds: readonly string[],
  day: number,
  search: (organization: Organization) => boolean,
  sectors: readonly string[],
  maxCategories = MAX_SECTOR_CATEGORIES,
): Breakdown {
  return breakdown(
    dataset,
    coalitionIds,
    day,
    search,
    sectors,
    {
      keyOf: (organization) => organization.sectorId,
      labelOf: (key) => dataset.sectorById.get(key)?.label ?? key,
      colorOf: (key) => dataset.sectorById.get(key)?.index ?? -1,
      orderOf: (key) => dataset.sectorById.get(key)?.index ?? Number.MAX_SAFE_INTEGER,
    },
    maxCategories,
  )
}

const countryRanks = new WeakMap<Dataset, Map<string, number>>()

/** Countries by how many organizations the whole dataset has there (ties by code): a colour that does not move with the filters. */
export function countryRank(dataset: Dataset): ReadonlyMap<string, number> {
  let ranks = countryRanks.get(dataset)
  if (!ranks) {
    const counts = new Map<string, number>()
    for (const organization of dataset.organizations)
      if (organization.country) counts.set(organization.country, (counts.get(organization.country) ?? 0) + 1)
    ranks = new Map(
      [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code], rank) => [code, rank]),
    )
    countryRanks.set(dataset, ranks)
  }
  return ranks
}

/** Members per country for each coalition; organizations without a country are "Unknown". */
export function countryBreakdown(
  dataset: Dataset,
  coalitionIds: readonly string[],
  day: number,
  search: (organization: Organization) => boolean,
  sectors: readonly string[],
  countryLabel: (code: string) => string,
  maxCategories = MAX_COUNTRY_CATEGORIES,
): Breakdown {
  const ranks = countryRank(dataset)
  return breakdown(
    dataset,
    coalitionIds,
    day,
    search,
    sectors,
    {
      keyOf: (organization) => organization.country ?? UNKNOWN_KEY,
      labelOf: countryLabel,
      colorOf: (key) => ranks.get(key) ?? -1,
      orderOf: (key) => ranks.get(key) ?? Number.MAX_SAFE_INTEGER,
    },
    maxCategories,
  )
}

/** Share of a coalition's members, 0 when it has none. */
export function shareOf(count: number, base: number): number {
  return base > 0 ? count / base : 0
}

/** "21.4%": the app's one percent wording (format/percent.ts). */
export function formatShare(share: number): string {
  return formatPercent(share)
}

// ---------------------------------------------------------------------------------------------
// Membership over time

export interface TimelinePoint {
  /** Day number of the change. */
  readonly day: number
  /** Certain members from this day on (until the next point). */
  readonly certain: number
  /** Possible members from this day on. */
  readonly possible: number
  /** Memberships that become possible on this day. */
  readonly joins: number
  /** Memberships that stop being possible on this day. */
  readonly departures: number
}

export interface TimelineSeries {
  readonly coalitionId: string
  readonly name: string
  /** Members with no lower bound on their start (no date, no founding): counted from the beginning. */
  readonly initial: { readonly certain: number; readonly possible: number }
  readonly points: readonly TimelinePoint[]
  /** True when certain and possible differ somewhere: the chart then draws a band. */
  readonly uncertain: boolean
}

/**
 * Two step series per coalition from the windows: possible members rise at a start window's
 * earliest day and fall at an end window's latest; certain members rise at the start window's
 * latest day and fall at the end window's earliest, exactly as isCertainOn and isPossibleOn count.
 */
export function timelineSeries(
  dataset: Dataset,
  coalitionIds: readonly string[],
  search: (organization: Organization) => boolean,
): TimelineSeries[] {
  // Each change is one number, day * 4 + kind, sorted natively and read back in day order: a Map
  // of day entries, each made in a closure, took 13–41 ms at 100,000 memberships (12 coalitions,
  // Node), a task of its own after a keystroke. Days are whole numbers.
  const tallies = coalitionIds.map(() => ({ events: [] as number[], initial: { certain: 0, possible: 0 } }))
  eachMembershipOf(dataset, coalitionIds, (membership, position) => {
    const organization = dataset.organizations[membership.organizationIndex]
    if (!organization || !search(organization)) return
    const { events, initial } = tallies[position] as (typeof tallies)[number]
    const { startEarliest, startLatest, endEarliest, endLatest } = membership
    if (startEarliest < endLatest) {
      if (Number.isFinite(startEarliest)) events.push(startEarliest * 4 + JOIN)
      else initial.possible++
      if (Number.isFinite(endLatest)) events.push(endLatest * 4 + DEPARTURE)
    }
    // Certain from the start window's latest day to the end window's earliest (never for joinedAfter alone).
    const certainEnd = Math.min(endEarliest, endLatest)
    if (startLatest < certainEnd && startLatest !== Number.POSITIVE_INFINITY) {
      if (Number.isFinite(startLatest)) events.push(startLatest * 4 + CERTAIN_FROM)
      else initial.certain++
      if (Number.isFinite(certainEnd)) events.push(certainEnd * 4 + CERTAIN_UNTIL)
    }
  })
  const positions = firstPositions(dataset, coalitionIds)
  return coalitionIds.flatMap((coalitionId, index) => {
    const coalition = dataset.coalitionById.get(coalitionId)
    const tally = tallies[positions[index] as number]
    if (!coalition || !tally) return []
    const { initial } = tally
    const events = Float64Array.from(tally.events).sort()
    let certain = initial.certain
    let possible = initial.possible
    let uncertain = certain !== possible
    const points: TimelinePoint[] = []
    for (let at = 0; at < events.length;) {
      const day = Math.floor((events[at] as number) / 4)
      let joins = 0
      let departures = 0
      // Every change of the day, whatever its kind, before the day's point.
      for (; at < events.length && Math.floor((events[at] as number) / 4) === day; at++) {
        const kind = (events[at] as number) - day * 4
        if (kind === JOIN) {
          possible++
          joins++
        } else if (kind === DEPARTURE) {
          possible--
          departures++
        } else if (kind === CERTAIN_FROM) certain++
        else certain--
      }
      if (certain !== possible) uncertain = true
      points.push({ day, certain, possible, joins, departures })
    }
    return [{ coalitionId, name: coalition.name, initial: { ...initial }, points, uncertain }]
  })
}

/** The kinds of change timelineSeries sorts, each the remainder of its number by 4. */
const JOIN = 0
const DEPARTURE = 1
const CERTAIN_FROM = 2
const CERTAIN_UNTIL = 3

/** Certain and possible members of a series on `day` (the step functions read at one point). */
export function countOnDay(series: TimelineSeries, day: number): { certain: number; possible: number } {
  let count: { certain: number; possible: number } = series.initial
  for (const point of series.points) {
    if (point.day > day) break
    count = point
  }
  return { certain: count.certain, possible: count.possible }
}

/** Days the timeline spans: from a little before the first change to the later of the last change and `through`. */
export function timelineDomain(
  series: readonly TimelineSeries[],
  through: number,
): { start: number; end: number } | null {
  // A loop, not Math.min(...days): spreading a data-sized array into a call overflows the stack.
  let first = Number.POSITIVE_INFINITY
  let last = through
  for (const item of series) {
    for (const point of item.points) {
      if (point.day < first) first = point.day
      if (point.day > last) last = point.day
    }
  }
  if (!Number.isFinite(first)) return null
  const pad = Math.max(30, Math.round((last - first) * 0.02))
  return { start: first - pad, end: last + pad }
}

export interface TimelineRow {
  readonly day: number
  /** Possible members per coalition id from this day on (null-prototype record). */
  readonly counts: Readonly<Record<string, number>>
  /** Certain members per coalition id from this day on (null-prototype record). */
  readonly certain: Readonly<Record<string, number>>
  /** Coalition ids with a change on this day. */
  readonly changed: readonly string[]
}

/**
 * One row per day on which any series changes, plus the two ends of the domain, for a step line
 * chart; past `maxRows` days, only those drawnDays keeps (a drawing needs no more).
 */
export function timelineRows(
  series: readonly TimelineSeries[],
  domain: { start: number; end: number },
  maxRows = Number.POSITIVE_INFINITY,
): TimelineRow[] {
  const all = new Set<number>([domain.start, domain.end])
  for (const item of series)
    for (const point of item.points) if (point.day >= domain.start && point.day <= domain.end) all.add(point.day)
  const days = drawnDays(
    [...all].sort((a, b) => a - b),
    maxRows,
  )
  // Rows are in day order, so one cursor per series walks its points once.
  const cursors = series.map(() => 0)
  const current = series.map((item) => ({ certain: item.initial.certain, possible: item.initial.possible }))
  return days.map((day) => {
    const counts = countRecord()
    const certain = countRecord()
    const changed: string[] = []
    series.forEach((item, index) => {
      let cursor = cursors[index] ?? 0
      const now = current[index] as { certain: number; possible: number }
      while (cursor < item.points.length && (item.points[cursor]?.day ?? Infinity) <= day) {
        const point = item.points[cursor]
        if (point) {
          now.certain = point.certain
          now.possible = point.possible
          if (point.day === day) changed.push(item.coalitionId)
        }
        cursor++
      }
      cursors[index] = cursor
      counts[item.coalitionId] = now.possible
      certain[item.coalitionId] = now.certain
    })
    return { day, counts, certain, changed }
  })
}

/** A timeline draws at most about this many rows: some two per pixel pair of the widest figure.
 *  Past that, more rows change nothing on screen and cost the drawing seconds and tens of MB. */
export const MAX_DRAWN_TIMELINE_ROWS = 600

/**
 * The days (sorted) a drawing keeps: all of them up to `max`; past that, the span from the first
 * to the last cut into max ÷ 2 equal parts, each keeping its first and last day, so every step is
 * drawn within one part (under two pixels) of its day and every part ends at its true counts. The
 * summary, the table and the CSV keep every change.
 */
export function drawnDays(days: readonly number[], max = MAX_DRAWN_TIMELINE_ROWS): readonly number[] {
  if (days.length <= max) return days
  const first = days[0] as number
  const part = ((days.at(-1) as number) - first + 1) / Math.floor(max / 2)
  const kept: number[] = []
  let previous = -1
  for (let index = 0; index < days.length; index++) {
    const day = days[index] as number
    const next = days[index + 1]
    const own = Math.floor((day - first) / part)
    const lastOfPart = next === undefined || Math.floor((next - first) / part) !== own
    if (own !== previous || lastOfPart) kept.push(day)
    previous = own
  }
  return kept
}

/** Sources cited by the memberships a chart can draw (its coalitions, search and sectors, any date): the export's footer names these. */
export function chartSourceIds(
  dataset: Dataset,
  coalitionIds: readonly string[],
  search: (organization: Organization) => boolean,
  sectors: readonly string[],
): string[] {
  const sectorSet = sectors.length ? new Set(sectors) : null
  const ids = new Set<string>()
  for (const coalitionId of coalitionIds) {
    for (const membership of dataset.membershipsByCoalition.get(coalitionId) ?? []) {
      const organization = dataset.organizationById.get(membership.organizationId)
      if (!organization || !search(organization) || (sectorSet !== null && !sectorSet.has(organization.sectorId)))
        continue
      for (const sourceId of membership.sourceIds) ids.add(sourceId)
    }
  }
  return [...ids]
}
