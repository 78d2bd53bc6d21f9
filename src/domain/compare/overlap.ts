/**
 * Overlap across many coalitions, as UpSet draws it: each organization (or family) belongs to exactly
 * one combination, the set of chosen coalitions it is active in, so the combination sizes add up to
 * the number of organizations with at least one membership among them.
 */
import { byNameRank, unitIdResolver } from './family'
import { eachMembershipOf, membershipGroups } from '../membership/each-membership'
import type { CompareOptions } from './coalitions'
import { standingOn } from '../membership/windows'
import type { Dataset, Organization } from '../dataset/types'

export const COMBINATION_SORTS = ['size', 'degree'] as const
export type CombinationSort = (typeof COMBINATION_SORTS)[number]

export interface Combination {
  /** The member coalitions' ids joined by `+`, in the order of the chosen coalitions. */
  readonly key: string
  readonly coalitionIds: readonly string[]
  /** The same coalitions as positions in the matrix (indexes into Overlap.coalitionIds), ascending. */
  readonly positions: readonly number[]
  /** How many coalitions the combination has. */
  readonly degree: number
  readonly size: number
  /** Organizations (or family roots) possibly in exactly these coalitions, by name. */
  readonly members: readonly Organization[]
  /** Ids of the members whose place here is uncertain on the day (some membership only possible). */
  readonly uncertainIds: ReadonlySet<string>
}

export interface Overlap {
  /** The coalitions in the matrix, in the dataset's order. */
  readonly coalitionIds: readonly string[]
  /** Every non-empty combination, largest first. */
  readonly combinations: readonly Combination[]
  /** Organizations (or families) with at least one membership among the coalitions. */
  readonly total: number
}

/** The chosen coalitions that exist, in the dataset's order; none chosen (or none valid) means all. */
export function resolveSets(dataset: Dataset, sets: readonly string[]): string[] {
  const chosen = new Set(sets)
  const valid = dataset.coalitions.filter((coalition) => chosen.has(coalition.id)).map((coalition) => coalition.id)
  return valid.length > 0 ? valid : dataset.coalitions.map((coalition) => coalition.id)
}

/** Every organization's (or family's) coalitions among the chosen ones: the first half of overlapCombinations. */
export interface OverlapUnits {
  readonly coalitionIds: readonly string[]
  /** By unit (organization index): the positions of its coalitions, ascending; undefined for none. */
  readonly positionsOf: readonly (readonly number[] | undefined)[]
  /** By unit: the positions at which it is possible but not certain. */
  readonly doubtful: readonly (ReadonlySet<number> | undefined)[]
}

/** Every non-empty combination of the chosen coalitions on `day`, largest first. */
export function overlapCombinations(
  dataset: Dataset,
  chosenIds: readonly string[],
  day: number,
  options: CompareOptions,
): Overlap {
  return combineUnits(dataset, overlapUnits(dataset, chosenIds, day, options))
}

/**
 * The passes over the memberships. Apart from combineUnits so that a view can work the two out in
 * separate renders (at 260,000 memberships and 26,000 organizations each is some 80 ms).
 */
export function overlapUnits(
  dataset: Dataset,
  chosenIds: readonly string[],
  day: number,
  options: CompareOptions,
): OverlapUnits {
  const ids = resolveSets(dataset, chosenIds)
  const unitOf = unitIdResolver(dataset, options.family)
  const count = dataset.organizations.length
  const unitIndex = new Int32Array(count)
  for (const organization of dataset.organizations)
    unitIndex[organization.index] = dataset.organizationById.get(unitOf(organization.id))?.index ?? organization.index
  // Each membership's unit and standing (0 none, 1 uncertain, 2 certain), read in dataset order;
  // then coalition by coalition in matrix order, so each unit's list of positions comes out sorted
  // and a stamp per unit is enough to count a coalition once however many family members are in it.
  const unitAt = new Int32Array(dataset.memberships.length)
  const standingAt = new Uint8Array(dataset.memberships.length)
  eachMembershipOf(dataset, ids, (membership) => {
    if (membership.organizationIndex < 0) return
    unitAt[membership.index] = unitIndex[membership.organizationIndex] as number
    standingAt[membership.index] = standingOn(membership, day)
  })
  const { start, order } = membershipGroups(dataset, ids)
  const seen = new Int32Array(count).fill(-1)
  const positionsOf: (number[] | undefined)[] = new Array(count)
  // Positions at which the unit is possible but not (yet) certain; a certain family member clears it.
  const doubtful: (Set<number> | undefined)[] = new Array(count)
  for (let position = 0; position < ids.length; position++) {
    for (let at = start[position] as number; at < (start[position + 1] as number); at++) {
      const index = order[at] as number
      const standing = standingAt[index] as number
      if (standing === 0) continue
      const unit = unitAt[index] as number
      const certain = standing === 2
      if (seen[unit] === position) {
        if (certain) doubtful[unit]?.delete(position)
        continue
      }
      seen[unit] = position
      ;(positionsOf[unit] ??= []).push(position)
      if (!certain) (doubtful[unit] ??= new Set()).add(position)
    }
  }
  return { coalitionIds: ids, positionsOf, doubtful }
}

/** The organizations grouped by their list of coalitions, members by name, largest combination first. */
export function combineUnits(dataset: Dataset, units: OverlapUnits): Overlap {
  const { coalitionIds: ids, positionsOf, doubtful } = units
  const byKey = new Map<string, { positions: readonly number[]; members: Organization[]; uncertainIds: Set<string> }>()
  let total = 0
  positionsOf.forEach((positions, unit) => {
    const organization = dataset.organizations[unit]
    if (!positions || !organization) return
    total++
    const key = positions.join(',')
    let combination = byKey.get(key)
    if (combination) combination.members.push(organization)
    else byKey.set(key, (combination = { positions, members: [organization], uncertainIds: new Set() }))
    if (doubtful[unit]?.size) combination.uncertainIds.add(organization.id)
  })
  const byName = byNameRank(dataset)
  const combinations: Combination[] = [...byKey.values()].map(({ positions, members, uncertainIds }) => {
    const coalitionIds = positions.map((at) => ids[at] as string)
    return {
      key: coalitionIds.join('+'),
      coalitionIds,
      positions,
      degree: positions.length,
      size: members.length,
      members: members.length > 1 ? members.sort(byName) : members,
      uncertainIds,
    }
  })
  return { coalitionIds: ids, combinations: sortCombinations(combinations, 'size'), total }
}

/**
 * `size`: largest first, then fewer coalitions first. `degree`: most coalitions first, then largest.
 * Remaining ties follow the order of the coalitions, so the order never depends on the data's order.
 */
export function sortCombinations(combinations: readonly Combination[], sort: CombinationSort): Combination[] {
  const lexical = (x: Combination, y: Combination) => {
    const length = Math.min(x.degree, y.degree)
    for (let index = 0; index < length; index++) {
      const difference = (x.positions[index] as number) - (y.positions[index] as number)
      if (difference !== 0) return difference
    }
    return x.degree - y.degree
  }
  return [...combinations].sort((x, y) =>
    sort === 'size'
      ? y.size - x.size || x.degree - y.degree || lexical(x, y)
      : y.degree - x.degree || y.size - x.size || lexical(x, y),
  )
}
