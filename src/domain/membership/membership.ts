/**
 * What a coalition looks like on one day, by the one rule of windows.ts: how many members are
 * certain and how many possible, which are uncertain and why, whether it existed yet, and how far
 * its roster can be trusted (when it was last checked, whether it is complete, what size was reported).
 */
import type { PartialDate } from '../dataset/dates'
import type { Coalition, Dataset, Membership, Organization, ReportedSize, Roster } from '../dataset/types'
import { isCertainOn, isPossibleOn } from './windows'
import { byOrganizationName } from '../dataset/name-order'
import { perDataset } from '../dataset/per-dataset'
import { runToEnd } from '../dataset/steps'

/** The memberships of one coalition possible on `day` (certain ones included), in dataset order. */
export function possibleMemberships(dataset: Dataset, coalitionId: string, day: number): Membership[] {
  return (dataset.membershipsByCoalition.get(coalitionId) ?? []).filter((membership) => isPossibleOn(membership, day))
}

/** Certain and possible counts: "16 certain, up to 20". */
export interface CountRange {
  readonly certain: number
  readonly possible: number
}

export interface SectorCount extends CountRange {
  readonly sectorId: string
  readonly label: string
}

export interface UncertainMember {
  readonly membership: Membership
  readonly organization: Organization
}

export interface CoverageNote {
  /** The coalition's roster, when the dataset says how it was checked. */
  readonly roster?: Roster
  /** True when the day is after the roster was last checked: the members shown are those known then. */
  readonly stale: boolean
  /** The latest size reported on or before the day. */
  readonly reportedSize?: ReportedSize
}

export interface CoalitionSummary extends CountRange {
  readonly coalition: Coalition
  /** Sectors by possible members, largest first; ties keep the dataset's sector order. */
  readonly sectors: readonly SectorCount[]
  /** Possible but not certain on the day, by name. */
  readonly uncertain: readonly UncertainMember[]
  /** Set when the day is before the coalition was founded. */
  readonly notFoundedUntil?: PartialDate
  readonly coverage: CoverageNote
}

/** True when the coalition did not exist yet on `day`. */
export function foundedAfter(coalition: Coalition, day: number): boolean {
  return coalition.founded !== undefined && day < coalition.founded.day
}

/** Roster coverage of a coalition on `day` (see CoverageNote). */
export function coverageOn(coalition: Coalition, day: number): CoverageNote {
  let reportedSize: ReportedSize | undefined
  for (const size of coalition.reportedSizes) if (size.date.day <= day) reportedSize = size
  const roster = coalition.roster
  return { roster, stale: roster !== undefined && day > roster.checked.lastDay, reportedSize }
}

interface Tally {
  certain: number
  possible: number
  readonly bySector: Map<string, { certain: number; possible: number }>
  readonly uncertain: UncertainMember[]
}

const newTally = (): Tally => ({ certain: 0, possible: 0, bySector: new Map(), uncertain: [] })

function tallyMembership(tally: Tally, dataset: Dataset, membership: Membership, day: number): void {
  if (!isPossibleOn(membership, day)) return
  const organization = dataset.organizations[membership.organizationIndex]
  if (!organization) return
  const sure = isCertainOn(membership, day)
  tally.possible++
  if (sure) tally.certain++
  else tally.uncertain.push({ membership, organization })
  let counts = tally.bySector.get(organization.sectorId)
  if (!counts) tally.bySector.set(organization.sectorId, (counts = { certain: 0, possible: 0 }))
  counts.possible++
  if (sure) counts.certain++
}

function summaryOf(dataset: Dataset, coalition: Coalition, day: number, tally: Tally): CoalitionSummary {
  const sectorIndex = (id: string) => dataset.sectorById.get(id)?.index ?? 0
  const sectors = Array.from(tally.bySector, ([sectorId, counts]) => ({
    sectorId,
    ...counts,
    label: dataset.sectorById.get(sectorId)?.label ?? sectorId,
  })).sort((a, b) => b.possible - a.possible || sectorIndex(a.sectorId) - sectorIndex(b.sectorId))
  const byName = byOrganizationName(dataset)
  const uncertain = tally.uncertain.sort((a, b) => byName(a.organization, b.organization))
  return {
    coalition,
    certain: tally.certain,
    possible: tally.possible,
    sectors,
    uncertain,
    notFoundedUntil: foundedAfter(coalition, day) ? coalition.founded : undefined,
    coverage: coverageOn(coalition, day),
  }
}

export function summarizeCoalition(dataset: Dataset, coalition: Coalition, day: number): CoalitionSummary {
  const tally = newTally()
  for (const membership of dataset.membershipsByCoalition.get(coalition.id) ?? [])
    tallyMembership(tally, dataset, membership, day)
  return summaryOf(dataset, coalition, day, tally)
}

/**
 * Every coalition on one day, in one pass over the memberships in dataset order: at 260,000
 * memberships, reading them coalition by coalition jumps around memory and costs ten times more.
 */
export function summarizeCoalitions(dataset: Dataset, day: number): CoalitionSummary[] {
  return runToEnd(summarizeCoalitionsSteps(dataset, day))
}

/** Memberships tallied between two yields of summarizeCoalitionsSteps. */
const SUMMARY_STEP = 8000

/**
 * summarizeCoalitions as steps (steps.ts): at 260,000 memberships it was one task of 110–170 ms
 * while a large dataset loaded, which the loader now works out in short ones.
 */
export function* summarizeCoalitionsSteps(dataset: Dataset, day: number): Generator<void, CoalitionSummary[]> {
  const tallies = dataset.coalitions.map(newTally)
  const memberships = dataset.memberships
  for (let position = 0; position < memberships.length; position++) {
    if (position % SUMMARY_STEP === SUMMARY_STEP - 1) yield
    const membership = memberships[position] as Membership
    const tally = tallies[membership.coalitionIndex]
    if (tally) tallyMembership(tally, dataset, membership, day)
  }
  const summaries: CoalitionSummary[] = []
  for (const [index, coalition] of dataset.coalitions.entries()) {
    // The names of a coalition's uncertain members are sorted here: a few coalitions per step.
    if (index % 8 === 7) yield
    summaries.push(summaryOf(dataset, coalition, day, tallies[index] as Tally))
  }
  return summaries
}

/** The same, kept for the last day asked per dataset: the loader works it out before a large dataset is shown. */
export const coalitionSummariesOn = perDataset(summarizeCoalitions)

/** Earliest and latest dates the dataset mentions (foundings, joins, departures, bounds): the range of "as of", once per dataset. */
export const datasetDateRange = perDataset(function datasetDateRange(
  dataset: Dataset,
): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  const see = (date: PartialDate | undefined) => {
    if (date === undefined) return
    if (date.day < first) first = date.day
    if (date.lastDay > last) last = date.lastDay
  }
  for (const coalition of dataset.coalitions) {
    see(coalition.founded)
    see(coalition.roster?.checked)
  }
  for (const membership of dataset.memberships) {
    see(membership.joined)
    see(membership.left)
    see(membership.joinedAfter)
    see(membership.joinedBy)
    see(membership.leftAfter)
    see(membership.leftBy)
  }
  return Number.isFinite(first) ? { first, last } : null
})
