/**
 * From a validated document to the dataset the app works with: trimmed text, parsed dates, and the
 * lookups every view needs. No validation happens here, and no zod is loaded: the page runs this
 * on bytes the worker has already accepted, because handing a large normalized object graph across
 * threads costs several times more than parsing the same bytes again.
 */
import { parsePartialDate, type PartialDate } from './dates'
import type { RawDataset } from './schema'
import type { Coalition, Dataset, Membership, Organization, Sector, Source } from './types'

/** For bytes the validator accepted: parse them and build the dataset. */
export function readAcceptedBytes(bytes: ArrayBuffer | Uint8Array): Dataset {
  return normalizeDocument(JSON.parse(new TextDecoder('utf-8').decode(bytes)) as RawDataset)
}

function date(text: string | null | undefined): PartialDate | undefined {
  return text ? (parsePartialDate(text) ?? undefined) : undefined
}

function present<T>(value: T | null | undefined): T | undefined {
  return value === null || value === '' ? undefined : value
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const trim = <T extends string | null | undefined>(text: T): T => (typeof text === 'string' ? (text.trim() as T) : text)

/** Builds the normalized dataset, with its lookups, from a document the validator accepted. */
export function normalizeDocument(raw: RawDataset): Dataset {
  const sectors: Sector[] = raw.sectors.map((sector, index) => ({
    id: sector.id,
    label: trim(sector.label),
    description: present(trim(sector.description)),
    index,
  }))
  const sources: Source[] = raw.sources.map((source) => ({
    id: source.id,
    title: trim(source.title),
    url: source.url,
    publisher: present(trim(source.publisher)),
    date: date(source.date),
  }))
  const coalitions: Coalition[] = raw.coalitions.map((coalition, index) => ({
    id: coalition.id,
    name: trim(coalition.name),
    shortName: present(trim(coalition.shortName)),
    founded: date(coalition.founded),
    url: present(coalition.url),
    description: present(trim(coalition.description)),
    sourceIds: coalition.sources ?? [],
    note: present(trim(coalition.note)),
    index,
  }))
  const organizations: Organization[] = raw.organizations.map((organization, index) => ({
    id: organization.id,
    name: trim(organization.name),
    aliases: (organization.aliases ?? []).map((alias) => alias.trim()),
    sectorId: organization.sector,
    country: present(organization.country),
    url: present(organization.url),
    parentId: present(organization.parent),
    note: present(trim(organization.note)),
    index,
  }))
  const coalitionById = new Map(coalitions.map((coalition) => [coalition.id, coalition]))
  const memberships: Membership[] = raw.memberships.map((membership, index) => {
    const joined = date(membership.joined)
    const left = date(membership.left)
    return {
      index,
      organizationId: membership.organization,
      coalitionId: membership.coalition,
      role: membership.role.trim(),
      joined,
      left,
      sourceIds: membership.sources,
      confidence: present(membership.confidence),
      note: present(trim(membership.note)),
      start: joined?.day ?? coalitionById.get(membership.coalition)?.founded?.day ?? Number.NEGATIVE_INFINITY,
      end: left?.day ?? Number.POSITIVE_INFINITY,
      approximate: joined === undefined || joined.precision !== 'day',
    }
  })
  return {
    title: trim(raw.title),
    description: present(trim(raw.description)),
    updated: date(raw.updated) as PartialDate,
    license: present(trim(raw.license)),
    sectors,
    sources,
    coalitions,
    organizations,
    memberships,
    sectorById: new Map(sectors.map((sector) => [sector.id, sector])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    coalitionById,
    organizationById: new Map(organizations.map((organization) => [organization.id, organization])),
    membershipsByCoalition: groupBy(memberships, (membership) => membership.coalitionId),
    membershipsByOrganization: groupBy(memberships, (membership) => membership.organizationId),
  }
}
