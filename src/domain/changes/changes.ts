/**
 * What changed between two days, coalition by coalition, by the one rule of membership/windows.ts.
 * An organization's standing in a coalition on a day is the best of its memberships there (certain,
 * else uncertain, else none); comparing the two days' standings says who joined, who left, and whose
 * membership became certain or stopped being possible, as LobbyFacts shows who entered and left a
 * register between two snapshots.
 */
import type { Coalition, Dataset, Membership, Organization } from '../dataset/types'
import { statusOn, type MemberStatus } from '../membership/windows'

export const CHANGE_KINDS = [
  'joined',
  'left',
  'possiblyJoined',
  'possiblyLeft',
  'becameCertain',
  'noLongerPossible',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export interface Change {
  readonly kind: ChangeKind
  readonly organization: Organization
  /** The memberships that decide the standing on the two days (one, or two for a rejoin). */
  readonly memberships: readonly Membership[]
  readonly before: MemberStatus
  readonly after: MemberStatus
}

export interface CoalitionChanges {
  readonly coalition: Coalition
  /** Changes in CHANGE_KINDS order, each kind by organization name. */
  readonly changes: readonly Change[]
  readonly counts: Readonly<Record<ChangeKind, number>>
  /** True when the coalition was founded within the span. */
  readonly foundedBetween: boolean
}

/** The change from one standing to another, or null when there is none to report. */
export function changeKind(before: MemberStatus, after: MemberStatus): ChangeKind | null {
  if (before === after) return null
  if (before === 'none') return after === 'certain' ? 'joined' : 'possiblyJoined'
  if (after === 'none') return before === 'certain' ? 'left' : 'noLongerPossible'
  return after === 'certain' ? 'becameCertain' : 'possiblyLeft'
}

const RANK: Record<MemberStatus, number> = { none: 0, uncertain: 1, certain: 2 }

function emptyCounts(): Record<ChangeKind, number> {
  return { joined: 0, left: 0, possiblyJoined: 0, possiblyLeft: 0, becameCertain: 0, noLongerPossible: 0 }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * Changes between `from` and `to` (day numbers, from < to) for the given coalitions, counting only
 * organizations `include` accepts (the sector filter and the search).
 */
export function changesBetween(
  dataset: Dataset,
  from: number,
  to: number,
  include: (organization: Organization) => boolean = () => true,
  coalitionIds: readonly string[] = dataset.coalitions.map((coalition) => coalition.id),
): CoalitionChanges[] {
  return coalitionIds.flatMap((coalitionId) => {
    const coalition = dataset.coalitionById.get(coalitionId)
    if (!coalition) return []
    // Best standing per organization on each day, and the memberships behind it.
    const standing = new Map<string, { before: MemberStatus; after: MemberStatus; memberships: Membership[] }>()
    for (const membership of dataset.membershipsByCoalition.get(coalitionId) ?? []) {
      const before = statusOn(membership, from)
      const after = statusOn(membership, to)
      if (before === 'none' && after === 'none') continue
      const entry = standing.get(membership.organizationId) ?? {
        before: 'none' as MemberStatus,
        after: 'none' as MemberStatus,
        memberships: [],
      }
      if (RANK[before] > RANK[entry.before]) entry.before = before
      if (RANK[after] > RANK[entry.after]) entry.after = after
      entry.memberships.push(membership)
      standing.set(membership.organizationId, entry)
    }
    const changes: Change[] = []
    const counts = emptyCounts()
    for (const [organizationId, { before, after, memberships }] of standing) {
      const kind = changeKind(before, after)
      const organization = dataset.organizationById.get(organizationId)
      if (kind === null || !organization || !include(organization)) continue
      counts[kind]++
      changes.push({ kind, organization, memberships, before, after })
    }
    const order = new Map(CHANGE_KINDS.map((kind, index) => [kind, index]))
    changes.sort(
      (a, b) =>
        (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
        collator.compare(a.organization.name, b.organization.name),
    )
    const founded = coalition.founded?.day
    return [{ coalition, changes, counts, foundedBetween: founded !== undefined && from < founded && founded <= to }]
  })
}

/** Every source cited by the memberships behind the changes. */
export function changeSourceIds(changes: readonly CoalitionChanges[]): string[] {
  const ids = new Set<string>()
  for (const coalition of changes)
    for (const change of coalition.changes)
      for (const membership of change.memberships) for (const id of membership.sourceIds) ids.add(id)
  return [...ids]
}

/**
 * The same changes for fewer organizations, counted again: the span's changes are worked out once
 * (changesBetween with no filter), and each search or sector filter only narrows them.
 */
export function narrowChanges(
  changes: readonly CoalitionChanges[],
  include: (organization: Organization) => boolean,
): CoalitionChanges[] {
  return changes.map((coalition) => {
    const kept = coalition.changes.filter((change) => include(change.organization))
    if (kept.length === coalition.changes.length) return coalition
    const counts = emptyCounts()
    for (const change of kept) counts[change.kind]++
    return { ...coalition, changes: kept, counts }
  })
}

/** How many changes of any kind. */
export function changeTotal(counts: Readonly<Record<ChangeKind, number>>): number {
  let total = 0
  for (const kind of CHANGE_KINDS) total += counts[kind]
  return total
}
