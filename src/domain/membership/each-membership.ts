/**
 * Visiting the memberships of some coalitions. One pass over all memberships in dataset order beats
 * reading them coalition by coalition: 260,000 memberships grouped by coalition lie scattered in
 * memory, and visiting them in that order costs about ten times more than in the order they were built.
 */
import { perDataset } from '../dataset/per-dataset'
import type { Dataset, Membership } from '../dataset/types'

/**
 * Calls `visit` for every membership of the coalitions in `coalitionIds`, in dataset order (so each
 * coalition's memberships come in the order of membershipsByCoalition), with the position of the
 * membership's coalition in `coalitionIds` (its first position, when listed twice). Unknown ids are skipped.
 */
export function eachMembershipOf(
  dataset: Dataset,
  coalitionIds: readonly string[],
  visit: (membership: Membership, position: number) => void,
): void {
  const positionOf = new Int32Array(dataset.coalitions.length).fill(-1)
  coalitionIds.forEach((id, position) => {
    const coalition = dataset.coalitionById.get(id)
    if (coalition && positionOf[coalition.index] === -1) positionOf[coalition.index] = position
  })
  for (const membership of dataset.memberships) {
    const position = positionOf[membership.coalitionIndex] ?? -1
    if (position >= 0) visit(membership, position)
  }
}

/** The position `eachMembershipOf` gives each of `coalitionIds`' coalitions (-1 for an unknown id). */
export function firstPositions(dataset: Dataset, coalitionIds: readonly string[]): number[] {
  const first = new Map<string, number>()
  return coalitionIds.map((id, position) => {
    if (!dataset.coalitionById.has(id)) return -1
    if (!first.has(id)) first.set(id, position)
    return first.get(id) as number
  })
}

/** The memberships of some coalitions grouped by coalition, as indices into dataset.memberships. */
export interface MembershipGroups {
  /** Group `p` (the coalition at position p) is order[start[p]] … order[start[p + 1] - 1], in dataset order. */
  readonly start: Int32Array
  readonly order: Int32Array
}

/**
 * Groups the memberships of `coalitionIds` by position (a counting sort: two passes in dataset
 * order, linear in the memberships). Algorithms that must go coalition by coalition walk the
 * groups and read what they need from typed arrays filled in a first pass in dataset order, which
 * stays fast where reading the membership objects in group order would not.
 */
export function membershipGroups(dataset: Dataset, coalitionIds: readonly string[]): MembershipGroups {
  const start = new Int32Array(coalitionIds.length + 1)
  eachMembershipOf(dataset, coalitionIds, (_membership, position) => {
    start[position + 1] = (start[position + 1] as number) + 1
  })
  for (let position = 0; position < coalitionIds.length; position++)
    start[position + 1] = (start[position + 1] as number) + (start[position] as number)
  const next = start.slice(0, coalitionIds.length)
  const order = new Int32Array(start[coalitionIds.length] as number)
  eachMembershipOf(dataset, coalitionIds, (membership, position) => {
    order[next[position] as number] = membership.index
    next[position] = (next[position] as number) + 1
  })
  return { start, order }
}

/**
 * Every coalition's memberships grouped, group `p` being the coalition of index p: worked out once
 * per dataset, since it depends neither on the day nor on which coalitions a view picks.
 */
export const coalitionGroups = perDataset((dataset: Dataset) =>
  membershipGroups(
    dataset,
    dataset.coalitions.map((coalition) => coalition.id),
  ),
)
