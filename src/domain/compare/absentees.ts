/**
 * Notable absentees: who is in one coalition and not the other, and who the dataset tracks that is in
 * neither, ranked by how many other coalitions they belong to on the day, ties broken by how many
 * they join at any date in the dataset. A company that signs up everywhere except A is a more
 * telling absence than one that joins nothing (Nvidia, absent from the AI Alliance at launch, signs
 * one commitment by then and three more later, so it ranks above one-coalition members).
 */
import { byNameRank, familyIndex, unitIdResolver } from './family'
import type { CompareOptions } from './coalitions'
import { standingOn } from '../membership/windows'
import { coalitionGroups } from '../membership/each-membership'
import type { Coalition, Dataset, Organization } from '../dataset/types'

export interface Absentee {
  /** The organization's id, or the family root's id. */
  readonly id: string
  readonly organization: Organization
  /** Coalitions other than A and B it may belong to on the day (certain or not), in the dataset's order. */
  readonly others: readonly Coalition[]
  /** How many coalitions other than A and B it is a member of at any date in the dataset. */
  readonly everOthers: number
  /** Ids of the coalitions in `others` it is only possibly in on the day (no membership there is certain). */
  readonly uncertainOthers: ReadonlySet<string>
  /** True when its membership of the one coalition (A or B) it is listed under is only possible on the day. */
  readonly uncertain: boolean
}

export interface Absentees {
  /** In B, not in A. */
  readonly inBNotA: readonly Absentee[]
  /** In A, not in B. */
  readonly inANotB: readonly Absentee[]
  /** Tracked by the dataset, in neither A nor B (organizations with no membership at all included). */
  readonly inNeither: readonly Absentee[]
}

const NONE: ReadonlySet<string> = new Set()

/** Most other coalitions on the day first, then most at any date, then by name. */
export function rankAbsentees(dataset: Dataset, list: Absentee[]): Absentee[] {
  const byName = byNameRank(dataset)
  return list.sort(
    (x, y) =>
      y.others.length - x.others.length || y.everOthers - x.everOthers || byName(x.organization, y.organization),
  )
}

/** Where each organization (or family) stands on the day: the first half of findAbsentees. */
export interface AbsenteeUnits {
  readonly family: boolean
  /** By organization index: 0 not in it on the day, 1 possibly, 2 certainly. */
  readonly inA: Uint8Array
  readonly inB: Uint8Array
  readonly everOthers: Int32Array
  readonly activeOthers: readonly (readonly Coalition[] | undefined)[]
  readonly doubtfulOthers: readonly (ReadonlySet<string> | undefined)[]
}

export function findAbsentees(
  dataset: Dataset,
  aId: string,
  bId: string,
  day: number,
  options: CompareOptions,
): Absentees {
  return rankUnits(dataset, absenteeUnits(dataset, aId, bId, day, options))
}

/**
 * The passes over every membership. Apart from rankUnits so that a view can work the two out in
 * separate renders (at 260,000 memberships and 26,000 organizations, together they were 200 ms).
 */
export function absenteeUnits(
  dataset: Dataset,
  aId: string,
  bId: string,
  day: number,
  options: CompareOptions,
): AbsenteeUnits {
  // Typed arrays indexed by organization index.
  const count = dataset.organizations.length
  const unitOf = unitIdResolver(dataset, options.family)
  const unitIndex = new Int32Array(count)
  for (const organization of dataset.organizations)
    unitIndex[organization.index] = dataset.organizationById.get(unitOf(organization.id))?.index ?? organization.index
  const a = dataset.coalitionById.get(aId)
  const b = dataset.coalitionById.get(bId)
  // Each membership's unit and standing (0 none, 1 uncertain, 2 certain), read in dataset order;
  // then coalition by coalition (see membershipGroups), so a stamp per unit counts a coalition once.
  const unitAt = new Int32Array(dataset.memberships.length).fill(-1)
  const standingAt = new Uint8Array(dataset.memberships.length)
  for (const membership of dataset.memberships) {
    if (membership.organizationIndex < 0) continue
    unitAt[membership.index] = unitIndex[membership.organizationIndex] as number
    standingAt[membership.index] = standingOn(membership, day)
  }
  const { start, order } = coalitionGroups(dataset)
  const seenActive = new Int32Array(count).fill(-1)
  const seenEver = new Int32Array(count).fill(-1)
  const everOthers = new Int32Array(count)
  // 0: not in it on the day; 1: possibly; 2: certainly (a certain family member settles it).
  const inA = new Uint8Array(count)
  const inB = new Uint8Array(count)
  const certainHere = new Int32Array(count).fill(-1)
  const activeOthers: (Coalition[] | undefined)[] = new Array(count)
  const doubtfulOthers: (Set<string> | undefined)[] = new Array(count)
  const touched: number[] = []
  for (const coalition of dataset.coalitions) {
    const isA = coalition === a
    const isB = coalition === b
    touched.length = 0
    for (let at = start[coalition.index] as number; at < (start[coalition.index + 1] as number); at++) {
      const index = order[at] as number
      const unit = unitAt[index] as number
      if (unit < 0) continue
      if (!isA && !isB && seenEver[unit] !== coalition.index) {
        seenEver[unit] = coalition.index
        everOthers[unit] = (everOthers[unit] as number) + 1
      }
      const standing = standingAt[index] as number
      if (standing === 0) continue
      if (standing === 2) certainHere[unit] = coalition.index
      if (seenActive[unit] === coalition.index) continue
      seenActive[unit] = coalition.index
      touched.push(unit)
    }
    // Only once the whole coalition is read is it known whether some membership of the unit is certain.
    for (const unit of touched) {
      const level = certainHere[unit] === coalition.index ? 2 : 1
      if (isA) inA[unit] = level
      if (isB) inB[unit] = level
      if (!isA && !isB) {
        ;(activeOthers[unit] ??= []).push(coalition)
        if (level === 1) (doubtfulOthers[unit] ??= new Set()).add(coalition.id)
      }
    }
  }
  return { family: options.family, inA, inB, everOthers, activeOthers, doubtfulOthers }
}

/** Everyone not in both, listed under B only, A only or neither, each list ranked (rankAbsentees). */
export function rankUnits(dataset: Dataset, units: AbsenteeUnits): Absentees {
  const { inA, inB, everOthers, activeOthers, doubtfulOthers } = units
  const inBNotA: Absentee[] = []
  const inANotB: Absentee[] = []
  const inNeither: Absentee[] = []
  const ids = units.family
    ? [...familyIndex(dataset).membersOf.keys()]
    : dataset.organizations.map((organization) => organization.id)
  for (const unit of ids) {
    const organization = dataset.organizationById.get(unit)
    if (!organization) continue
    const at = organization.index
    if (inA[at] && inB[at]) continue
    const absentee: Absentee = {
      id: unit,
      organization,
      others: activeOthers[at] ?? [],
      everOthers: everOthers[at] as number,
      uncertainOthers: doubtfulOthers[at] ?? NONE,
      uncertain: inB[at] === 1 || inA[at] === 1,
    }
    if (inB[at]) inBNotA.push(absentee)
    else if (inA[at]) inANotB.push(absentee)
    else inNeither.push(absentee)
  }
  return {
    inBNotA: rankAbsentees(dataset, inBNotA),
    inANotB: rankAbsentees(dataset, inANotB),
    inNeither: rankAbsentees(dataset, inNeither),
  }
}
