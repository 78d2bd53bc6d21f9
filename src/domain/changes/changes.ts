/**
 * What changed between two days, coalition by coalition, by the one rule of membership/windows.ts.
 * An organization's standing in a coalition on a day is the best of its memberships there (certain,
 * else uncertain, else none); comparing the two days' standings says who joined, who left, and whose
 * membership became certain or stopped being possible, as LobbyFacts shows who entered and left a
 * register between two snapshots.
 */
import type { Coalition, Dataset, Membership, Organization } from '../dataset/types'
import { standingOn, standingStatus, type MemberStatus } from '../membership/windows'
import { byOrganizationName } from '../dataset/name-order'
import { perDataset } from '../dataset/per-dataset'
import { runToEnd } from '../dataset/steps'

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

function emptyCounts(): Record<ChangeKind, number> {
  return { joined: 0, left: 0, possiblyJoined: 0, possiblyLeft: 0, becameCertain: 0, noLongerPossible: 0 }
}

/**
 * Changes between `from` and `to` (day numbers, from < to) for the given coalitions, counting only
 * organizations `include` accepts (the sector filter and the search).
 *
 * Two passes over the memberships in dataset order (coalition by coalition, 260,000 memberships
 * scattered in memory cost ten times more): the first finds each organization's best standing in
 * each coalition on both days, the second collects the memberships behind the standings that changed.
 */
export function changesBetween(
  dataset: Dataset,
  from: number,
  to: number,
  include: (organization: Organization) => boolean = () => true,
  coalitionIds: readonly string[] = dataset.coalitions.map((coalition) => coalition.id),
): CoalitionChanges[] {
  return runToEnd(changesBetweenSteps(dataset, from, to, include, coalitionIds))
}

/** Memberships read between two yields of changesBetweenSteps: a few milliseconds' work. */
const STEP_MEMBERSHIPS = 8192

/** changesBetween as steps (steps.ts): at 260,000 memberships it was one task of 100-175 ms. */
export function* changesBetweenSteps(
  dataset: Dataset,
  from: number,
  to: number,
  include: (organization: Organization) => boolean = () => true,
  coalitionIds: readonly string[] = dataset.coalitions.map((coalition) => coalition.id),
): Generator<void, CoalitionChanges[]> {
  const wanted = new Array<boolean>(dataset.coalitions.length).fill(false)
  for (const coalitionId of coalitionIds) {
    const coalition = dataset.coalitionById.get(coalitionId)
    if (coalition) wanted[coalition.index] = true
  }
  // Per organization (by index), flat triples [coalition index, best standing before * 3 + best
  // standing after, 0]: an organization is in a few coalitions, so a scan beats a map, and 260,000
  // map entries cost more than all the rest.
  const standings: (number[] | undefined)[] = new Array(dataset.organizations.length)
  const { memberships } = dataset
  for (let position = 0; position < memberships.length; position++) {
    if (position % STEP_MEMBERSHIPS === STEP_MEMBERSHIPS - 1) yield
    const membership = memberships[position] as Membership
    if (!wanted[membership.coalitionIndex] || membership.organizationIndex < 0) continue
    const before = standingOn(membership, from)
    const after = standingOn(membership, to)
    if (before === 0 && after === 0) continue
    const list = (standings[membership.organizationIndex] ??= [])
    const at = findCoalition(list, membership.coalitionIndex)
    if (at < 0) list.push(membership.coalitionIndex, before * 3 + after)
    else {
      const known = list[at + 1] as number
      list[at + 1] = Math.max(Math.floor(known / 3), before) * 3 + Math.max(known % 3, after)
    }
  }
  const byCoalition: Change[][] = dataset.coalitions.map(() => [])
  // The change behind each entry of `standings`, at the same position (halved).
  const changeAt: ((Change & { memberships: Membership[] }) | undefined)[][] = new Array(dataset.organizations.length)
  for (let organizationIndex = 0; organizationIndex < standings.length; organizationIndex++) {
    const list = standings[organizationIndex]
    const organization = dataset.organizations[organizationIndex]
    if (!list || !organization || !include(organization)) continue
    for (let at = 0; at < list.length; at += 2) {
      const packed = list[at + 1] as number
      const before = standingStatus(Math.floor(packed / 3) as 0 | 1 | 2)
      const after = standingStatus((packed % 3) as 0 | 1 | 2)
      const kind = changeKind(before, after)
      if (kind === null) continue
      const change = { kind, organization, memberships: [], before, after }
      ;(byCoalition[list[at] as number] as Change[]).push(change)
      ;(changeAt[organizationIndex] ??= [])[at / 2] = change
    }
  }
  yield
  for (let position = 0; position < memberships.length; position++) {
    if (position % STEP_MEMBERSHIPS === STEP_MEMBERSHIPS - 1) yield
    const membership = memberships[position] as Membership
    const changes = changeAt[membership.organizationIndex]
    if (!changes) continue
    const change =
      changes[findCoalition(standings[membership.organizationIndex] as number[], membership.coalitionIndex) / 2]
    if (change && (standingOn(membership, from) !== 0 || standingOn(membership, to) !== 0))
      change.memberships.push(membership)
  }
  const order = new Map(CHANGE_KINDS.map((kind, index) => [kind, index]))
  const byName = byOrganizationName(dataset)
  return coalitionIds.flatMap((coalitionId) => {
    const coalition = dataset.coalitionById.get(coalitionId)
    if (!coalition) return []
    const changes = (byCoalition[coalition.index] as Change[]).slice()
    const counts = emptyCounts()
    for (const change of changes) counts[change.kind]++
    // Equal names in the order their first membership has in the dataset.
    changes.sort(
      (a, b) =>
        (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
        byName(a.organization, b.organization) ||
        (a.memberships[0]?.index ?? 0) - (b.memberships[0]?.index ?? 0),
    )
    const founded = coalition.founded?.day
    return [{ coalition, changes, counts, foundedBetween: founded !== undefined && from < founded && founded <= to }]
  })
}

/**
 * Every coalition's changes over a span, for every organization: worked out once per dataset and
 * span (the Changes section narrows them by its filters), or ahead of the section, in steps, by the
 * loader of a large dataset (`remember`).
 */
export const changesOf = perDataset((dataset: Dataset, from: number, to: number) => changesBetween(dataset, from, to))

/** Position of `coalitionIndex` in a flat list of pairs [coalition index, value], or -1. */
function findCoalition(list: readonly number[], coalitionIndex: number): number {
  for (let at = 0; at < list.length; at += 2) if (list[at] === coalitionIndex) return at
  return -1
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
