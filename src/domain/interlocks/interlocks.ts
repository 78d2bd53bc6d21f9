/**
 * "Who else do its members belong to?", as LittleSis's list interlocks answer it: for one coalition
 * on one day, the other coalitions ranked by how many of its members are also theirs, and its members
 * ranked by how many other coalitions they belong to. Counts are ranges by the one rule: certain
 * when both memberships are certain on the day, possible when both are possible.
 */
import type { Coalition, Dataset, Organization } from '../dataset/types'
import type { CountRange } from '../membership/membership'
import { statusOn, type MemberStatus } from '../membership/windows'
import { byOrganizationName } from '../dataset/name-order'

export interface SharedCoalition {
  readonly coalition: Coalition
  /** Members of the chosen coalition that are also members of this one. */
  readonly shared: CountRange
  /** shared ÷ the chosen coalition's members, certain over certain and possible over possible. */
  readonly share: { readonly certain: number; readonly possible: number }
  /** The shared organizations, by name, with whether sharing is certain. */
  readonly members: readonly { readonly organization: Organization; readonly certain: boolean }[]
}

export interface MemberReach {
  readonly organization: Organization
  readonly certain: boolean
  /** Other coalitions it belongs to on the day. */
  readonly others: CountRange
  readonly coalitions: readonly { readonly coalition: Coalition; readonly certain: boolean }[]
}

export interface Interlocks {
  readonly coalition: Coalition
  /** The chosen coalition's members on the day. */
  readonly members: CountRange
  /** Other coalitions sharing at least one possible member: most certain first, then most possible. */
  readonly coalitions: readonly SharedCoalition[]
  /** Its members: most other coalitions first (certain, then possible), then by name. */
  readonly reach: readonly MemberReach[]
}

const RANK: Record<MemberStatus, number> = { none: 0, uncertain: 1, certain: 2 }

/** Raises `organizationId`'s standing in `standing` to `status` when that is better. */
function raise(standing: Map<string, MemberStatus>, organizationId: string, status: MemberStatus): void {
  if (RANK[status] > RANK[standing.get(organizationId) ?? 'none']) standing.set(organizationId, status)
}

export function interlocks(
  dataset: Dataset,
  coalitionId: string,
  day: number,
  include: (organization: Organization) => boolean = () => true,
): Interlocks | null {
  const coalition = dataset.coalitionById.get(coalitionId)
  if (!coalition) return null
  // The chosen coalition's members first, then only their own memberships elsewhere: at 100,000
  // memberships that is a few thousand to read, not every membership of every coalition.
  const chosen = new Map<string, MemberStatus>()
  for (const membership of dataset.membershipsByCoalition.get(coalitionId) ?? []) {
    const status = statusOn(membership, day)
    if (status === 'none') continue
    const organization = dataset.organizationById.get(membership.organizationId)
    if (organization && include(organization)) raise(chosen, membership.organizationId, status)
  }
  /** Each chosen member's best standing in each other coalition on the day. */
  const byCoalition = new Map<string, Map<string, MemberStatus>>()
  for (const organizationId of chosen.keys()) {
    for (const membership of dataset.membershipsByOrganization.get(organizationId) ?? []) {
      if (membership.coalitionId === coalitionId) continue
      const status = statusOn(membership, day)
      if (status === 'none') continue
      let members = byCoalition.get(membership.coalitionId)
      if (!members) byCoalition.set(membership.coalitionId, (members = new Map()))
      raise(members, organizationId, status)
    }
  }
  let certainMembers = 0
  for (const status of chosen.values()) if (status === 'certain') certainMembers++
  const members = { certain: certainMembers, possible: chosen.size }

  const byName = byOrganizationName(dataset)
  const coalitions: SharedCoalition[] = []
  const reach = new Map<string, { coalitions: { coalition: Coalition; certain: boolean }[] }>()
  for (const other of dataset.coalitions) {
    if (other.id === coalitionId) continue
    const theirs = byCoalition.get(other.id)
    if (!theirs) continue
    const shared: { organization: Organization; certain: boolean }[] = []
    // `theirs` was filled going through `chosen` in order, so it lists the shared members in that order.
    for (const [organizationId, theirStatus] of theirs) {
      const status = chosen.get(organizationId) as MemberStatus
      const organization = dataset.organizationById.get(organizationId) as Organization
      const certain = status === 'certain' && theirStatus === 'certain'
      shared.push({ organization, certain })
      let entry = reach.get(organizationId)
      if (!entry) reach.set(organizationId, (entry = { coalitions: [] }))
      entry.coalitions.push({ coalition: other, certain })
    }
    if (shared.length === 0) continue
    shared.sort((a, b) => byName(a.organization, b.organization))
    const sharedCertain = shared.filter((entry) => entry.certain).length
    coalitions.push({
      coalition: other,
      shared: { certain: sharedCertain, possible: shared.length },
      share: {
        certain: members.certain ? sharedCertain / members.certain : 0,
        possible: members.possible ? shared.length / members.possible : 0,
      },
      members: shared,
    })
  }
  coalitions.sort(
    (a, b) =>
      b.shared.certain - a.shared.certain ||
      b.shared.possible - a.shared.possible ||
      a.coalition.index - b.coalition.index,
  )

  const reachList: MemberReach[] = [...chosen].map(([organizationId, status]) => {
    const entry = reach.get(organizationId)
    const list = entry?.coalitions ?? []
    return {
      organization: dataset.organizationById.get(organizationId) as Organization,
      certain: status === 'certain',
      others: { certain: list.filter((item) => item.certain).length, possible: list.length },
      coalitions: list,
    }
  })
  reachList.sort(
    (a, b) =>
      b.others.certain - a.others.certain ||
      b.others.possible - a.others.possible ||
      byName(a.organization, b.organization),
  )
  return { coalition, members, coalitions, reach: reachList }
}

// Its own module, so the store (which needs it from the start) does not bring the rest of this one.
export { interlocksCoalitionId } from './default-coalition'
