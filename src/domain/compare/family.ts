/**
 * Corporate families: an organization's family is everyone under the same top-most parent (Red Hat
 * and IBM are one family, IBM its root). Comparisons can count a family once, so a subsidiary in one
 * coalition and its parent in the other show as shared.
 */
import { byOrganizationName, nameCollator } from '../dataset/name-order'
import type { Dataset, Organization } from '../dataset/types'

export interface FamilyIndex {
  /** Id of the top of each organization's family: itself when it has no parent. */
  readonly rootOf: ReadonlyMap<string, string>
  /** Every organization of each family (keyed by root id), root first, then by name. */
  readonly membersOf: ReadonlyMap<string, readonly Organization[]>
}

const cache = new WeakMap<Dataset, FamilyIndex>()

/** Walks `parentId` to the top. The validator refuses loops; the guard keeps a bad input from hanging. */
export function familyRoot(dataset: Dataset, organizationId: string): string {
  return familyIndex(dataset).rootOf.get(organizationId) ?? organizationId
}

/**
 * Every organization's root, each walk stopping at an organization whose root is already known, so
 * the whole dataset costs one step per organization however deep its families go.
 */
function familyRoots(dataset: Dataset): Map<string, string> {
  const rootOf = new Map<string, string>()
  for (const organization of dataset.organizations) {
    if (rootOf.has(organization.id)) continue
    const path: string[] = []
    const onPath = new Set<string>()
    let current = organization.id
    let root: string
    for (;;) {
      const known = rootOf.get(current)
      if (known !== undefined) {
        root = known
        break
      }
      path.push(current)
      onPath.add(current)
      const parent = dataset.organizationById.get(current)?.parentId
      if (parent === undefined || !dataset.organizationById.has(parent) || onPath.has(parent)) {
        root = current
        break
      }
      current = parent
    }
    for (const id of path) rootOf.set(id, root)
  }
  return rootOf
}

/** Built once per dataset: comparisons ask for it on every change of date or pair. */
export function familyIndex(dataset: Dataset): FamilyIndex {
  const cached = cache.get(dataset)
  if (cached) return cached
  const rootOf = familyRoots(dataset)
  const membersOf = new Map<string, Organization[]>()
  for (const organization of dataset.organizations) {
    const root = rootOf.get(organization.id) ?? organization.id
    const members = membersOf.get(root)
    if (members) members.push(organization)
    else membersOf.set(root, [organization])
  }
  for (const [root, members] of membersOf) {
    members.sort((x, y) => (x.id === root ? -1 : y.id === root ? 1 : nameCollator.compare(x.name, y.name)))
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

/** Name order of two of the dataset's organizations; equal names by id, so the order never depends on the input's. */
export function byNameRank(dataset: Dataset): (x: Organization, y: Organization) => number {
  const byName = byOrganizationName(dataset)
  return (x, y) => byName(x, y) || x.id.localeCompare(y.id)
}
