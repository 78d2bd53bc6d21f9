/**
 * From a validated document to the dataset the app works with: trimmed text, parsed dates, and the
 * lookups every view needs. No validation happens here, and no zod is loaded: the page runs this
 * on a document the worker has already accepted, because handing a large normalized object graph
 * across threads costs several times more than building it again. The work is a generator that
 * pauses every few thousand items, so the page can build a large dataset in short tasks.
 */
import { membershipWindows } from '../membership/windows'
import { runInSlices, runToEnd } from './steps'
import { parsePartialDate, type PartialDate } from './dates'
import type { RawDataset, RawReportedSize, RawRoster } from './schema'
import type { Coalition, Dataset, Membership, Organization, ReportedSize, Roster, Sector, Source } from './types'

/** Items built between two pauses: a few milliseconds of work. */
const STEP = 4000

function date(text: string | null | undefined): PartialDate | undefined {
  return text ? (parsePartialDate(text) ?? undefined) : undefined
}

function present<T>(value: T | null | undefined): T | undefined {
  return value === null || value === '' ? undefined : value
}

/** Groups a list by key, yielding (to the caller) every STEP items. */
function* groupByInSteps<K, V>(items: readonly V[], key: (item: V) => K): Generator<void, Map<K, V[]>> {
  const groups = new Map<K, V[]>()
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as V
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
    if (index % STEP === STEP - 1) yield
  }
  return groups
}

/** A lookup by id, built with a yield (to the caller) every STEP items. */
function* byIdInSteps<T extends { readonly id: string }>(items: readonly T[]): Generator<void, Map<string, T>> {
  const byId = new Map<string, T>()
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T
    byId.set(item.id, item)
    if (index % STEP === STEP - 1) yield
  }
  return byId
}

function roster(raw: RawRoster | null | undefined): Roster | undefined {
  const checked = raw ? date(raw.checked) : undefined
  return raw && checked ? { checked, complete: raw.complete, sourceIds: raw.sources ?? [] } : undefined
}

function reportedSizes(raw: readonly RawReportedSize[] | null | undefined): ReportedSize[] {
  const sizes: ReportedSize[] = []
  for (const size of raw ?? []) {
    const when = date(size.date)
    if (when) sizes.push({ count: size.count, qualifier: size.qualifier, date: when, sourceIds: size.sources })
  }
  // "2024" may mean any day of 2024: ordered by its last day, a year-only size counts as later than a
  // dated one inside that year, so the "latest" size is the most recent claim.
  return sizes.sort((a, b) => a.date.lastDay - b.date.lastDay || a.date.day - b.date.day)
}

const trim = <T extends string | null | undefined>(text: T): T => (typeof text === 'string' ? (text.trim() as T) : text)

/** Builds the normalized dataset, with its lookups, from a document the validator accepted. */
export function normalizeDocument(raw: RawDataset): Dataset {
  return runToEnd(normalizeSteps(raw))
}

/** The same, in slices of `sliceMs` separated by `pause` (see steps.ts). */
export function normalizeDocumentInSteps(raw: RawDataset, pause: () => Promise<void>, sliceMs = 30): Promise<Dataset> {
  return runInSlices(normalizeSteps(raw), pause, sliceMs)
}

/** Maps a list, yielding (to the caller) every STEP items. */
function* mapInSteps<T, U>(items: readonly T[], map: (item: T, index: number) => U): Generator<void, U[]> {
  const out: U[] = new Array(items.length)
  for (let index = 0; index < items.length; index++) {
    out[index] = map(items[index] as T, index)
    if (index % STEP === STEP - 1) yield
  }
  return out
}

function* normalizeSteps(raw: RawDataset): Generator<void, Dataset> {
  const sectors: Sector[] = yield* mapInSteps(raw.sectors, (sector, index) => ({
    id: sector.id,
    label: trim(sector.label),
    description: present(trim(sector.description)),
    index,
  }))
  const sources: Source[] = yield* mapInSteps(raw.sources, (source) => ({
    id: source.id,
    title: trim(source.title),
    url: source.url,
    publisher: present(trim(source.publisher)),
    date: date(source.date),
    retrieved: date(source.retrieved),
    archived: present(source.archived),
    kind: present(source.kind),
  }))
  const coalitions: Coalition[] = yield* mapInSteps(raw.coalitions, (coalition, index) => ({
    id: coalition.id,
    name: trim(coalition.name),
    shortName: present(trim(coalition.shortName)),
    founded: date(coalition.founded),
    url: present(coalition.url),
    description: present(trim(coalition.description)),
    sourceIds: coalition.sources ?? [],
    note: present(trim(coalition.note)),
    roster: roster(coalition.roster),
    reportedSizes: reportedSizes(coalition.reportedSize),
    index,
  }))
  const organizations: Organization[] = yield* mapInSteps(raw.organizations, (organization, index) => ({
    id: organization.id,
    name: trim(organization.name),
    aliases: (organization.aliases ?? []).map((alias) => alias.trim()),
    sectorId: organization.sector,
    country: present(organization.country),
    url: present(organization.url),
    parentId: present(organization.parent),
    note: present(trim(organization.note)),
    sourceIds: organization.sources ?? [],
    index,
  }))
  const coalitionById = new Map(coalitions.map((coalition) => [coalition.id, coalition]))
  const organizationById = yield* byIdInSteps(organizations)
  const memberships: Membership[] = yield* mapInSteps(raw.memberships, (membership, index) => {
    const facts = {
      joined: date(membership.joined),
      left: date(membership.left),
      joinedAfter: date(membership.joinedAfter),
      joinedBy: date(membership.joinedBy),
      leftAfter: date(membership.leftAfter),
      leftBy: date(membership.leftBy),
    }
    return {
      index,
      organizationId: membership.organization,
      coalitionId: membership.coalition,
      organizationIndex: organizationById.get(membership.organization)?.index ?? -1,
      coalitionIndex: coalitionById.get(membership.coalition)?.index ?? -1,
      role: membership.role.trim(),
      ...facts,
      ...membershipWindows(facts, coalitionById.get(membership.coalition)?.founded),
      sourceIds: membership.sources,
      confidence: present(membership.confidence),
      note: present(trim(membership.note)),
    }
  })
  const membershipsByCoalition = yield* groupByInSteps(memberships, (membership) => membership.coalitionId)
  const membershipsByOrganization = yield* groupByInSteps(memberships, (membership) => membership.organizationId)
  const sourceById = yield* byIdInSteps(sources)
  return {
    version: raw.version,
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
    sourceById,
    coalitionById,
    organizationById,
    membershipsByCoalition,
    membershipsByOrganization,
  }
}
