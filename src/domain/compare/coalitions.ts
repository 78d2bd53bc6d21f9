/**
 * Two coalitions side by side on one day: who is only in A, in both, only in B, grouped by sector,
 * with each organization's role and join date in each coalition.
 */
import { byNameRank, familyIndex, unitIdResolver } from './family'
import type { PartialDate } from '../dataset/dates'
import { foundedAfter, type CountRange } from '../membership/membership'
import { isCertainOn, isPossibleOn } from '../membership/windows'
import type { Coalition, Dataset, Membership, Organization, Sector } from '../dataset/types'

export interface CompareOptions {
  /** Count subsidiaries under their parent: a family is in a coalition when any of its members is. */
  readonly family: boolean
}

/** One organization's membership in one coalition, possible on the day. */
export interface Presence {
  readonly organization: Organization
  readonly membership: Membership
  /** False when the evidence allows but does not prove it on the day. */
  readonly certain: boolean
}

/** An organization, or a whole family shown under its root's name. */
export interface CompareEntry {
  /** The organization's id, or the family root's id. */
  readonly id: string
  /** The organization, or the family's root (its name, sector and country stand for the family). */
  readonly organization: Organization
  /** The family's organizations that are active in A or B (just the organization itself when families are off). */
  readonly members: readonly Organization[]
  readonly inA: readonly Presence[]
  readonly inB: readonly Presence[]
  /** Certainly in A (some presence in A is certain); likewise B. */
  readonly certainA: boolean
  readonly certainB: boolean
  /** True when where it is shown (only A, both, only B) is not certain on the day. */
  readonly uncertain: boolean
}

export interface SectorGroup {
  readonly sector: Sector
  readonly entries: readonly CompareEntry[]
}

/**
 * Each count as a range: `certain` counts only what the evidence proves on the day, `possible`
 * everything it allows. Only in A is certain when certainly in A and not possibly in B.
 */
export interface ComparisonCounts {
  readonly a: CountRange
  readonly b: CountRange
  readonly onlyA: CountRange
  readonly both: CountRange
  readonly onlyB: CountRange
  readonly union: CountRange
}

export interface Comparison {
  readonly a: Coalition
  readonly b: Coalition
  readonly day: number
  readonly family: boolean
  readonly onlyA: readonly SectorGroup[]
  readonly both: readonly SectorGroup[]
  readonly onlyB: readonly SectorGroup[]
  readonly counts: ComparisonCounts
  /** |A ∩ B| / |A ∪ B| over possible members, defined as 0 when both are empty. */
  readonly jaccard: number
  /** The same over certain members only. */
  readonly jaccardCertain: number
  /** Set for a side whose coalition was not founded yet on the day: it has no members to compare. */
  readonly notFoundedUntil: { readonly a?: PartialDate; readonly b?: PartialDate }
}

/** The three places an organization can be listed: only in A, in both, only in B. */
export type ComparisonRegion = 'onlyA' | 'both' | 'onlyB'

export function jaccard(shared: number, union: number): number {
  return union === 0 ? 0 : shared / union
}

export function sectorOf(dataset: Dataset, sectorId: string): Sector {
  return dataset.sectorById.get(sectorId) ?? { id: sectorId, label: sectorId, index: Number.MAX_SAFE_INTEGER }
}

/** Sectors in the dataset's order, entries by name within each. */
export function groupBySector(dataset: Dataset, entries: readonly CompareEntry[]): SectorGroup[] {
  const bySector = new Map<string, CompareEntry[]>()
  for (const entry of entries) {
    const list = bySector.get(entry.organization.sectorId)
    if (list) list.push(entry)
    else bySector.set(entry.organization.sectorId, [entry])
  }
  const byName = byNameRank(dataset)
  return [...bySector]
    .map(([sectorId, list]) => ({
      sector: sectorOf(dataset, sectorId),
      entries: list.sort((x, y) => byName(x.organization, y.organization)),
    }))
    .sort((x, y) => x.sector.index - y.sector.index || x.sector.id.localeCompare(y.sector.id))
}

export function compareCoalitions(
  dataset: Dataset,
  aId: string,
  bId: string,
  day: number,
  options: CompareOptions,
): Comparison {
  const a = dataset.coalitionById.get(aId)
  const b = dataset.coalitionById.get(bId)
  if (!a || !b) throw new Error(`unknown coalition ${a ? bId : aId}`)
  const unitOf = unitIdResolver(dataset, options.family)

  interface Draft {
    inA: Presence[]
    inB: Presence[]
  }
  const drafts = new Map<string, Draft>()
  const collect = (coalitionId: string, side: 'inA' | 'inB') => {
    for (const membership of dataset.membershipsByCoalition.get(coalitionId) ?? []) {
      if (!isPossibleOn(membership, day)) continue
      const organization = dataset.organizationById.get(membership.organizationId)
      if (!organization) continue
      const unit = unitOf(organization.id)
      let draft = drafts.get(unit)
      if (!draft) {
        draft = { inA: [], inB: [] }
        drafts.set(unit, draft)
      }
      draft[side].push({ organization, membership, certain: isCertainOn(membership, day) })
    }
  }
  collect(aId, 'inA')
  // Comparing a coalition with itself is allowed by the function: every member is then in both.
  collect(bId, 'inB')

  const onlyA: CompareEntry[] = []
  const both: CompareEntry[] = []
  const onlyB: CompareEntry[] = []
  const tally = {
    a: { certain: 0, possible: 0 },
    b: { certain: 0, possible: 0 },
    onlyA: { certain: 0, possible: 0 },
    both: { certain: 0, possible: 0 },
    onlyB: { certain: 0, possible: 0 },
    union: { certain: 0, possible: 0 },
  }
  const add = (key: keyof typeof tally, certain: boolean, possible: boolean) => {
    if (certain) tally[key].certain++
    if (possible) tally[key].possible++
  }
  const families = options.family ? familyIndex(dataset) : null
  for (const [unit, draft] of drafts) {
    const organization = dataset.organizationById.get(unit)
    if (!organization) continue
    const involved = new Set([...draft.inA, ...draft.inB].map((presence) => presence.organization.id))
    const members = families
      ? (families.membersOf.get(unit) ?? [organization]).filter((member) => involved.has(member.id))
      : [organization]
    const byMember = (x: Presence, y: Presence) => members.indexOf(x.organization) - members.indexOf(y.organization)
    const possibleA = draft.inA.length > 0
    const possibleB = draft.inB.length > 0
    const certainA = draft.inA.some((presence) => presence.certain)
    const certainB = draft.inB.some((presence) => presence.certain)
    add('a', certainA, possibleA)
    add('b', certainB, possibleB)
    add('both', certainA && certainB, possibleA && possibleB)
    add('onlyA', certainA && !possibleB, possibleA && !certainB)
    add('onlyB', certainB && !possibleA, possibleB && !certainA)
    add('union', certainA || certainB, true)
    const placedBoth = possibleA && possibleB
    const uncertain = placedBoth ? !(certainA && certainB) : possibleA ? !certainA : !certainB
    const entry: CompareEntry = {
      id: unit,
      organization,
      members,
      inA: draft.inA.sort(byMember),
      inB: draft.inB.sort(byMember),
      certainA,
      certainB,
      uncertain,
    }
    if (placedBoth) both.push(entry)
    else if (possibleA) onlyA.push(entry)
    else onlyB.push(entry)
  }
  const counts: ComparisonCounts = tally
  return {
    a,
    b,
    day,
    family: options.family,
    onlyA: groupBySector(dataset, onlyA),
    both: groupBySector(dataset, both),
    onlyB: groupBySector(dataset, onlyB),
    counts,
    jaccard: jaccard(counts.both.possible, counts.union.possible),
    jaccardCertain: jaccard(counts.both.certain, counts.union.certain),
    notFoundedUntil: {
      a: foundedAfter(a, day) ? a.founded : undefined,
      b: foundedAfter(b, day) ? b.founded : undefined,
    },
  }
}

/** A presence that makes an entry's place uncertain, with the side it is on. */
export interface UncertainPresence {
  readonly side: 'a' | 'b'
  readonly presence: Presence
}

/**
 * Why an entry's place is uncertain: on each side where none of its memberships is certain, every
 * membership there (with families, several may speak for one side). Empty when its place is certain.
 */
export function uncertainPresences(entry: CompareEntry): UncertainPresence[] {
  const result: UncertainPresence[] = []
  if (entry.inA.length > 0 && !entry.certainA) for (const presence of entry.inA) result.push({ side: 'a', presence })
  if (entry.inB.length > 0 && !entry.certainB) for (const presence of entry.inB) result.push({ side: 'b', presence })
  return result
}

/** A region's count as a range, how many entries it lists, and how many listed elsewhere may belong to it. */
export interface RegionSummary {
  readonly range: CountRange
  readonly listed: number
  /**
   * Entries listed under "In both" that may be only in A (or only in B): in both possibly, but not
   * certainly in the other coalition. They count in this region's possible figure.
   */
  readonly elsewhere: number
}

export function regionSummaries(comparison: Comparison): Record<ComparisonRegion, RegionSummary> {
  const summary = (region: ComparisonRegion): RegionSummary => {
    const range = comparison.counts[region]
    let listed = 0
    for (const group of comparison[region]) listed += group.entries.length
    return { range, listed, elsewhere: Math.max(0, range.possible - listed) }
  }
  return { onlyA: summary('onlyA'), both: summary('both'), onlyB: summary('onlyB') }
}

export interface SectorShare {
  readonly sector: Sector
  readonly a: number
  readonly b: number
  /** Share of A's members in this sector, 0–1 (0 when A has no members). */
  readonly aShare: number
  readonly bShare: number
}

/** Per sector, how much of each coalition's membership it makes up; sectors neither has are left out. */
export function sectorShares(comparison: Comparison): SectorShare[] {
  const counts = new Map<string, { sector: Sector; a: number; b: number }>()
  const add = (groups: readonly SectorGroup[], inA: boolean, inB: boolean) => {
    for (const group of groups) {
      const row = counts.get(group.sector.id) ?? { sector: group.sector, a: 0, b: 0 }
      if (inA) row.a += group.entries.length
      if (inB) row.b += group.entries.length
      counts.set(group.sector.id, row)
    }
  }
  add(comparison.onlyA, true, false)
  add(comparison.both, true, true)
  add(comparison.onlyB, false, true)
  const totalA = comparison.counts.a.possible
  const totalB = comparison.counts.b.possible
  return [...counts.values()]
    .sort((x, y) => x.sector.index - y.sector.index || x.sector.id.localeCompare(y.sector.id))
    .map((row) => ({ ...row, aShare: totalA === 0 ? 0 : row.a / totalA, bShare: totalB === 0 ? 0 : row.b / totalB }))
}

/** Every source cited by the memberships shown, for export footers. */
export function comparisonSourceIds(comparison: Comparison): string[] {
  const ids = new Set<string>()
  for (const groups of [comparison.onlyA, comparison.both, comparison.onlyB]) {
    for (const group of groups) {
      for (const entry of group.entries) {
        for (const presence of [...entry.inA, ...entry.inB]) for (const id of presence.membership.sourceIds) ids.add(id)
      }
    }
  }
  return [...ids]
}
