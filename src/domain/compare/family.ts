/**
 * Corporate families: an organization's family is everyone under the same top-most parent (Red Hat
 * and IBM are one family, IBM its root). Comparisons can count a family once, so a subsidiary in one
 * coalition and its parent in the other show as shared.
 */
import type { Dataset, Organization } from '../dataset/types'

export interface FamilyIndex {
  /** Id of the top of each organization's family: itself when it has no parent. */
  readonly rootOf: ReadonlyMap<string, string>
  /** Every organization of each family (keyed by root id), root first, then by name. */
  readonly membersOf: ReadonlyMap<string, readonly Organization[]>
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const cache = new WeakMap<Dataset, FamilyIndex>()

/** Walks `parentId` to the top. The validator refuses loops; the guard keeps a bad input from hanging. */
export function familyRoot(dataset: Dataset, organizationId: string): string {
  let current = organizationId
  const seen = new Set<string>([current])
  for (;;) {
    const parent = dataset.organizationById.get(current)?.parentId
    if (parent === undefined || seen.has(parent) || !dataset.organizationById.has(parent)) return current
    seen.add(parent)
    current = parent
  }
}

/** Built once per dataset: comparisons ask for it on every change of date or pair. */
export function familyIndex(dataset: Dataset): FamilyIndex {
  const cached = cache.get(dataset)
  if (cached) return cached
  const rootOf = new Map<string, string>()
  const membersOf = new Map<string, Organization[]>()
  for (const organization of dataset.organizations) {
    const root = familyRoot(dataset, organization.id)
    rootOf.set(organization.id, root)
    const members = membersOf.get(root)
    if (members) members.push(organization)
    else membersOf.set(root, [organization])
  }
  for (const [root, members] of membersOf) {
    members.sort((x, y) => (x.id === root ? -1 : y.id === root ? 1 : byName.compare(x.name, y.name)))
  }
  const index: FamilyIndex = { rootOf, membersOf }
  cache.set(dataset, index)
  return index
}

/** The id a comparison counts an organization under: its family's root, or itself. */
export function unitIdResolver(dataset: Dataset, family: boolean): (organizationId: string) => string {
  if (!family) return (organizationId) => organizationId
  const { rootOf } = familyIndex(dataset)
  return (organizationId) => rootOf.get(organizationId) ?? organizationId
}

export function compareNames(x: string, y: string): number {
  return byName.compare(x, y)
}

const rankCache = new WeakMap<Dataset, ReadonlyMap<string, number>>()

/**
 * Each organization's place in name order, worked out once per dataset: sorting thousands of
 * absentees or combinations then compares two numbers instead of running the collator each time.
 */
export function nameRanks(dataset: Dataset): ReadonlyMap<string, number> {
  const cached = rankCache.get(dataset)
  if (cached) return cached
  const order = [...dataset.organizations].sort((x, y) => byName.compare(x.name, y.name) || x.id.localeCompare(y.id))
  const ranks = new Map(order.map((organization, index) => [organization.id, index]))
  rankCache.set(dataset, ranks)
  return ranks
}

/** Name order of two organizations by id (unknown ids last). */
export function byNameRank(dataset: Dataset): (x: Organization, y: Organization) => number {
  const ranks = nameRanks(dataset)
  return (x, y) => (ranks.get(x.id) ?? Number.MAX_SAFE_INTEGER) - (ranks.get(y.id) ?? Number.MAX_SAFE_INTEGER)
}
