/**
 * From the rows read to a format version 2 document: sectors, coalitions, organizations and
 * sources made from their names, with readable ids (`meta`, `meta-2`); one source cited by many
 * rows becomes one source; rows that say the same thing twice, or contradict each other about one
 * organization, are reported by row and column. With an existing document ("Add to the dataset on
 * screen"), organizations are matched by name and alias, coalitions by name, sectors by label and
 * sources by address, and the report says what was added and what was matched.
 *
 * The document still goes through the app's validator like any other; this step only makes sure
 * it has nothing the validator would refuse, so every problem can be named by its row.
 */
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import type {
  DatasetDocument,
  DocumentCoalition,
  DocumentMembership,
  DocumentOrganization,
  DocumentSector,
  DocumentSource,
} from '../export/dataset-document'
import type { TimeField } from '../membership/bounds'
import { membershipWindows, possiblyOverlap, type TimeFacts, type Windows } from '../membership/windows'
import type { Field } from './columns'
import { IdMaker, sameNameKey, slug } from './names'
import { findNearDuplicates, resolveMerges, type NameCandidate, type NearPair } from './near-duplicates'
import type { ImportRecord, RowProblem, SourceCell } from './read-rows'

export type ImportMode = 'new' | 'add'

export const UNKNOWN_SECTOR = 'Unknown sector'

export interface BuildOptions {
  readonly mode: ImportMode
  /** The dataset on screen as a document, for "add". */
  readonly existing?: DatasetDocument | null
  /** Title and review date of a new dataset. */
  readonly title: string
  readonly today: string
  /** Merge choices by pair id; a pair without one takes its default. */
  readonly merges?: ReadonlyMap<string, boolean>
  /** Where each field is, to name the column of a problem. */
  readonly columnOf: ReadonlyMap<Field, number>
}

export interface ImportReport {
  readonly memberships: number
  readonly organizations: number
  readonly coalitions: number
  readonly sources: number
  readonly sectors: number
  /** Organizations listed without a membership (rows without a coalition). */
  readonly organizationsAlone: number
  /** New organizations filed under "Unknown sector". */
  readonly unknownSector: number
  /** Rows that gave another source for a membership an earlier row states. */
  readonly extraSourceRows: number
  /** Names merged after a near-duplicate choice. */
  readonly mergedNames: number
  /** With "add": organizations and coalitions of the sheet found in the dataset, and memberships it already had. */
  readonly matchedOrganizations: readonly string[]
  readonly matchedCoalitions: readonly string[]
  readonly membershipsAlreadyThere: number
}

export interface BuildResult {
  readonly document: DatasetDocument
  readonly problems: readonly RowProblem[]
  readonly rejectedRows: ReadonlySet<number>
  readonly pairs: readonly NearPair[]
  readonly report: ImportReport
}

interface OrganizationGroup {
  readonly key: string
  readonly fixedId?: string
  readonly name: string
  readonly rows: number[]
  sector?: { label: string; row: number }
  country?: { code: string; row: number }
  parent?: { name: string; row: number }
  note?: { text: string; row: number }
  readonly aliases: string[]
  readonly sources: SourceCell[]
  /** Set when it matched an organization already in the dataset (add). */
  existingId?: string
}

interface CoalitionGroup {
  readonly key: string
  readonly fixedId?: string
  readonly name: string
  readonly rows: number[]
  founded?: { text: string; row: number }
  existingId?: string
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`

function organizationKey(record: ImportRecord): string {
  return record.organizationId ? `id:${record.organizationId}` : `name:${record.organization}`
}

function coalitionKey(record: ImportRecord): string {
  return record.coalitionId ? `id:${record.coalitionId}` : `name:${record.coalition ?? ''}`
}

/** Builds the document. `records` are the rows the reader accepted; more may be left out here. */
export function buildDocument(records: readonly ImportRecord[], options: BuildOptions): BuildResult {
  const existing = options.mode === 'add' ? (options.existing ?? null) : null
  const problems: RowProblem[] = []
  const rejected = new Set<number>()
  const at = (row: number, field: Field | null, message: string) =>
    problems.push({ row, column: field === null ? null : (options.columnOf.get(field) ?? null), message })

  // 1. Group rows into organizations and coalitions; a row that contradicts an earlier one about
  //    the same organization or coalition is left out.
  const organizations = new Map<string, OrganizationGroup>()
  const coalitions = new Map<string, CoalitionGroup>()
  const organizationIdNames = new Map<string, { name: string; row: number }>()
  const coalitionIdNames = new Map<string, { name: string; row: number }>()
  let accepted: ImportRecord[] = []
  for (const record of records) {
    const clashes: [Field, string][] = []
    const group = organizations.get(organizationKey(record))
    if (record.organizationId) {
      const named = organizationIdNames.get(record.organizationId)
      if (named && sameNameKey(named.name) !== sameNameKey(record.organization))
        clashes.push([
          'organizationId',
          `${record.organizationId} is the id of ${quote(named.name)} in row ${named.row}, not of ${quote(record.organization)}`,
        ])
    }
    if (group) {
      if (record.sector && group.sector && sameNameKey(group.sector.label) !== sameNameKey(record.sector)) {
        clashes.push([
          'sector',
          `${quote(group.name)} is in sector ${quote(record.sector)} here but in ${quote(group.sector.label)} in row ${group.sector.row}: an organization has one sector`,
        ])
      }
      if (record.country && group.country && group.country.code !== record.country) {
        clashes.push([
          'country',
          `${quote(group.name)} is in ${record.country} here but in ${group.country.code} in row ${group.country.row}: an organization has one country`,
        ])
      }
      if (record.parent && group.parent && sameNameKey(group.parent.name) !== sameNameKey(record.parent)) {
        clashes.push([
          'parent',
          `${quote(group.name)} has the parent ${quote(record.parent)} here but ${quote(group.parent.name)} in row ${group.parent.row}`,
        ])
      }
      const note = organizationNoteOf(record)
      if (note && group.note && group.note.text !== note.text) {
        clashes.push([
          note.field,
          `${quote(group.name)} has another organization note in row ${group.note.row}: give it once, or the same in every row`,
        ])
      }
    }
    if (record.coalition !== null) {
      const coalition = coalitions.get(coalitionKey(record))
      if (record.coalitionId) {
        const named = coalitionIdNames.get(record.coalitionId)
        if (named && sameNameKey(named.name) !== sameNameKey(record.coalition))
          clashes.push([
            'coalitionId',
            `${record.coalitionId} is the id of ${quote(named.name)} in row ${named.row}, not of ${quote(record.coalition)}`,
          ])
      }
      if (
        coalition &&
        record.coalitionFounded &&
        coalition.founded &&
        coalition.founded.text !== record.coalitionFounded
      ) {
        clashes.push([
          'coalitionFounded',
          `${quote(coalition.name)} was founded ${coalition.founded.text} in row ${coalition.founded.row}, not ${record.coalitionFounded}: a coalition has one founding date`,
        ])
      }
    }
    if (clashes.length > 0) {
      rejected.add(record.row)
      for (const [field, message] of clashes) at(record.row, field, message)
      continue
    }
    accepted.push(record)
    let organization = group
    if (!organization) {
      organization = {
        key: organizationKey(record),
        fixedId: record.organizationId,
        name: record.organization,
        rows: [],
        aliases: [],
        sources: [],
      }
      organizations.set(organization.key, organization)
      if (record.organizationId)
        organizationIdNames.set(record.organizationId, { name: record.organization, row: record.row })
    }
    organization.rows.push(record.row)
    if (record.sector && !organization.sector) organization.sector = { label: record.sector, row: record.row }
    if (record.country && !organization.country) organization.country = { code: record.country, row: record.row }
    if (record.parent && !organization.parent) organization.parent = { name: record.parent, row: record.row }
    const note = organizationNoteOf(record)
    if (note && !organization.note) organization.note = { text: note.text, row: record.row }
    for (const alias of record.aliases) organization.aliases.push(alias)
    if (record.coalition === null) for (const source of record.sources) organization.sources.push(source)
    if (record.coalition !== null) {
      let coalition = coalitions.get(coalitionKey(record))
      if (!coalition) {
        coalition = { key: coalitionKey(record), fixedId: record.coalitionId, name: record.coalition, rows: [] }
        coalitions.set(coalition.key, coalition)
        if (record.coalitionId) coalitionIdNames.set(record.coalitionId, { name: record.coalition, row: record.row })
      }
      coalition.rows.push(record.row)
      if (record.coalitionFounded && !coalition.founded)
        coalition.founded = { text: record.coalitionFounded, row: record.row }
    }
  }

  // 2. With "add": match names (and aliases) with the dataset's, as written apart from case and accents.
  const existingOrganizationByName = new Map<string, DocumentOrganization>()
  const existingOrganizationById = new Map<string, DocumentOrganization>()
  const existingCoalitionByName = new Map<string, DocumentCoalition>()
  const existingCoalitionById = new Map<string, DocumentCoalition>()
  if (existing) {
    for (const organization of existing.organizations) {
      existingOrganizationById.set(organization.id, organization)
      for (const name of [organization.name, ...(organization.aliases ?? [])]) {
        const key = sameNameKey(name)
        if (!existingOrganizationByName.has(key)) existingOrganizationByName.set(key, organization)
      }
    }
    for (const coalition of existing.coalitions) {
      existingCoalitionById.set(coalition.id, coalition)
      for (const name of [coalition.name, coalition.shortName]) {
        if (!name) continue
        const key = sameNameKey(name)
        if (!existingCoalitionByName.has(key)) existingCoalitionByName.set(key, coalition)
      }
    }
    for (const organization of organizations.values()) {
      const match =
        (organization.fixedId ? existingOrganizationById.get(organization.fixedId) : undefined) ??
        existingOrganizationByName.get(sameNameKey(organization.name))
      if (match) organization.existingId = match.id
    }
    for (const coalition of coalitions.values()) {
      const match =
        (coalition.fixedId ? existingCoalitionById.get(coalition.fixedId) : undefined) ??
        existingCoalitionByName.get(sameNameKey(coalition.name))
      if (match) coalition.existingId = match.id
    }
  }

  // 3. Near-duplicate names, and the merges chosen (or their defaults).
  const organizationCandidates: NameCandidate[] = []
  for (const organization of organizations.values()) {
    if (organization.existingId === undefined)
      organizationCandidates.push({
        key: organization.key,
        name: organization.name,
        existing: false,
        weight: organization.rows.length,
        fixedId: organization.fixedId !== undefined,
      })
  }
  const coalitionCandidates: NameCandidate[] = []
  for (const coalition of coalitions.values()) {
    if (coalition.existingId === undefined)
      coalitionCandidates.push({
        key: coalition.key,
        name: coalition.name,
        existing: false,
        weight: coalition.rows.length,
        fixedId: coalition.fixedId !== undefined,
      })
  }
  if (existing) {
    for (const organization of existing.organizations)
      organizationCandidates.push({
        key: `existing:${organization.id}`,
        name: organization.name,
        existing: true,
        weight: Number.MAX_SAFE_INTEGER,
        fixedId: true,
      })
    for (const coalition of existing.coalitions)
      coalitionCandidates.push({
        key: `existing:${coalition.id}`,
        name: coalition.name,
        existing: true,
        weight: Number.MAX_SAFE_INTEGER,
        fixedId: true,
      })
  }
  const pairs = [
    ...findNearDuplicates('organization', organizationCandidates),
    ...findNearDuplicates('coalition', coalitionCandidates),
  ]
  const merges = resolveMerges(pairs, options.merges ?? new Map())
  let mergedNames = 0
  /** The group a key ends up in after merges; an `existing:` key names a dataset record. */
  const organizationTarget = (key: string) => merges.get(key) ?? key
  const coalitionTarget = (key: string) => merges.get(key) ?? key
  for (const organization of organizations.values()) {
    const target = organizationTarget(organization.key)
    if (target === organization.key) continue
    mergedNames++
    if (target.startsWith('existing:')) {
      organization.existingId = target.slice('existing:'.length)
      continue
    }
    const kept = organizations.get(target)
    if (!kept) continue
    kept.rows.push(...organization.rows)
    kept.aliases.push(organization.name, ...organization.aliases)
    kept.sources.push(...organization.sources)
    kept.sector ??= organization.sector
    kept.country ??= organization.country
    kept.parent ??= organization.parent
    kept.note ??= organization.note
  }
  for (const coalition of coalitions.values()) {
    const target = coalitionTarget(coalition.key)
    if (target === coalition.key) continue
    mergedNames++
    if (target.startsWith('existing:')) {
      coalition.existingId = target.slice('existing:'.length)
      continue
    }
    const kept = coalitions.get(target)
    if (!kept) continue
    kept.rows.push(...coalition.rows)
    kept.founded ??= coalition.founded
  }
  const finalOrganization = (record: ImportRecord) =>
    organizations.get(organizationTarget(organizationKey(record))) ??
    (organizations.get(organizationKey(record)) as OrganizationGroup)
  const finalCoalition = (record: ImportRecord) =>
    coalitions.get(coalitionTarget(coalitionKey(record))) ?? (coalitions.get(coalitionKey(record)) as CoalitionGroup)
  /** The group that carries an organization's record: itself, or the one it was merged into. */
  const keptOrganizations = [...organizations.values()].filter(
    (organization) => organizationTarget(organization.key) === organization.key,
  )
  const keptCoalitions = [...coalitions.values()].filter(
    (coalition) => coalitionTarget(coalition.key) === coalition.key,
  )

  // 4. Ids: given ids first, then slugs of names, never one the dataset already uses.
  const organizationIds = new IdMaker(
    existing?.organizations.map((organization) => organization.id) ?? [],
    'organization',
  )
  const coalitionIds = new IdMaker(existing?.coalitions.map((coalition) => coalition.id) ?? [], 'coalition')
  const idOfOrganization = new Map<OrganizationGroup, string>()
  const idOfCoalition = new Map<CoalitionGroup, string>()
  for (const organization of keptOrganizations) {
    if (organization.existingId !== undefined) idOfOrganization.set(organization, organization.existingId)
    else if (organization.fixedId !== undefined && !organizationIds.has(organization.fixedId)) {
      organizationIds.claim(organization.fixedId)
      idOfOrganization.set(organization, organization.fixedId)
    }
  }
  for (const organization of keptOrganizations)
    if (!idOfOrganization.has(organization)) idOfOrganization.set(organization, organizationIds.make(organization.name))
  for (const coalition of keptCoalitions) {
    if (coalition.existingId !== undefined) idOfCoalition.set(coalition, coalition.existingId)
    else if (coalition.fixedId !== undefined && !coalitionIds.has(coalition.fixedId)) {
      coalitionIds.claim(coalition.fixedId)
      idOfCoalition.set(coalition, coalition.fixedId)
    }
  }
  for (const coalition of keptCoalitions)
    if (!idOfCoalition.has(coalition)) idOfCoalition.set(coalition, coalitionIds.make(coalition.name))

  // 5. Parents, by name or alias (or id); an unknown parent or a loop leaves the rows that state it
  //    out. That may leave an organization with no row, so this repeats until nothing changes.
  const recordsOf = new Map<OrganizationGroup, ImportRecord[]>()
  for (const record of accepted) {
    const organization = finalOrganization(record)
    const list = recordsOf.get(organization)
    if (list) list.push(record)
    else recordsOf.set(organization, [record])
  }
  const parentRefused = new Set<OrganizationGroup>()
  const rejectRowsWith = (organization: OrganizationGroup, message: string) => {
    parentRefused.add(organization)
    for (const record of recordsOf.get(organization) ?? []) {
      if (!record.parent || rejected.has(record.row)) continue
      rejected.add(record.row)
      at(record.row, 'parent', message)
    }
  }
  const existingIds = new Set(existingOrganizationById.keys())
  /** Every name in the sheet, to tell a parent that is missing from one whose rows were all left out. */
  const everyName = new Set<string>()
  for (const organization of organizations.values())
    for (const name of [organization.name, ...organization.aliases]) everyName.add(sameNameKey(name))
  let parentOf = new Map<string, { id: string; group: OrganizationGroup }>()
  for (;;) {
    const before = rejected.size
    const living = keptOrganizations.filter((organization) =>
      (recordsOf.get(organization) ?? []).some((record) => !rejected.has(record.row)),
    )
    const organizationByName = new Map<string, string>()
    const livingIds = new Set<string>()
    for (const organization of living) {
      const id = idOfOrganization.get(organization) as string
      livingIds.add(id)
      for (const name of [organization.name, ...organization.aliases]) {
        const key = sameNameKey(name)
        if (!organizationByName.has(key)) organizationByName.set(key, id)
      }
    }
    for (const [key, organization] of existingOrganizationByName)
      if (!organizationByName.has(key)) organizationByName.set(key, organization.id)
    parentOf = new Map()
    for (const organization of living) {
      if (!organization.parent || organization.existingId !== undefined || parentRefused.has(organization)) continue
      const id = idOfOrganization.get(organization) as string
      const written = organization.parent.name
      const parentId =
        organizationByName.get(sameNameKey(written)) ??
        (livingIds.has(written) || existingIds.has(written) ? written : undefined)
      if (parentId === undefined) {
        rejectRowsWith(
          organization,
          everyName.has(sameNameKey(written))
            ? `the parent ${quote(written)} has no row that can be imported (see its problems)`
            : `the parent ${quote(written)} is not an organization in the sheet${existing ? ' or in the dataset on screen' : ''}: add a row for it, or correct the name`,
        )
      } else if (parentId === id) rejectRowsWith(organization, `${quote(organization.name)} cannot be its own parent`)
      else parentOf.set(id, { id: parentId, group: organization })
    }
    if (rejected.size === before) {
      // Loops: each chain walked once; a loop is broken at the organization that closes it.
      const settled = new Set<string>()
      for (const start of parentOf.keys()) {
        const path: string[] = []
        const onPath = new Set<string>()
        let current: string | undefined = start
        while (current !== undefined && !settled.has(current) && !onPath.has(current)) {
          onPath.add(current)
          path.push(current)
          current = parentOf.get(current)?.id
        }
        const closing =
          current !== undefined && onPath.has(current) ? parentOf.get(path[path.length - 1] as string) : undefined
        if (closing)
          rejectRowsWith(
            closing.group,
            `${quote(closing.group.name)} would be inside its own corporate family: its parents lead back to it`,
          )
        for (const id of path) settled.add(id)
      }
    }
    if (rejected.size === before) break
  }
  accepted = accepted.filter((record) => !rejected.has(record.row))

  // 6. Sectors by label; an organization no row gives one to is filed under "Unknown sector".
  const sectorIds = new IdMaker(existing?.sectors.map((sector) => sector.id) ?? [], 'sector')
  const sectorByLabel = new Map<string, string>()
  for (const sector of existing?.sectors ?? []) sectorByLabel.set(sameNameKey(sector.label), sector.id)
  const newSectors: DocumentSector[] = []
  const sectorId = (label: string) => {
    const key = sameNameKey(label)
    let id = sectorByLabel.get(key)
    if (id === undefined) {
      id = sectorIds.make(label)
      sectorByLabel.set(key, id)
      newSectors.push({ id, label })
    }
    return id
  }

  // 7. Sources by address.
  const sourceIds = new IdMaker(existing?.sources.map((source) => source.id) ?? [], 'source')
  const sourceByUrl = new Map<string, string>()
  for (const source of existing?.sources ?? []) if (!sourceByUrl.has(source.url)) sourceByUrl.set(source.url, source.id)
  const newSources: DocumentSource[] = []
  const sourceId = (cell: SourceCell) => {
    let id = sourceByUrl.get(cell.url)
    if (id === undefined) {
      const title = cell.title || defaultTitle(cell.url)
      id = sourceIds.make(cell.title || slugOfUrl(cell.url))
      sourceByUrl.set(cell.url, id)
      newSources.push(cell.date ? { id, title, url: cell.url, date: cell.date } : { id, title, url: cell.url })
    }
    return id
  }

  // 8. Memberships: the same membership twice is one (a second source is added to it); two that
  //    overlap in time are a contradiction the person must settle.
  const foundedOf = new Map<string, PartialDate | undefined>()
  for (const coalition of existing?.coalitions ?? [])
    foundedOf.set(coalition.id, coalition.founded ? (parsePartialDate(coalition.founded) ?? undefined) : undefined)
  for (const coalition of keptCoalitions) {
    const id = idOfCoalition.get(coalition) as string
    if (coalition.existingId === undefined)
      foundedOf.set(id, coalition.founded ? (parsePartialDate(coalition.founded.text) ?? undefined) : undefined)
  }
  interface Placed {
    readonly row: number | null
    readonly signature: string
    readonly windows: Windows
    readonly membership: DocumentMembership
    readonly urls: Set<string>
  }
  const placedByPair = new Map<string, Placed[]>()
  for (const membership of existing?.memberships ?? []) {
    const pair = `${membership.organization}\u0000${membership.coalition}`
    const facts = factsOf(membership)
    const list = placedByPair.get(pair) ?? []
    list.push({
      row: null,
      signature: signatureOf(membership.role, membership),
      windows: membershipWindows(facts, foundedOf.get(membership.coalition)),
      membership,
      urls: new Set(),
    })
    placedByPair.set(pair, list)
  }
  const memberships: DocumentMembership[] = []
  let extraSourceRows = 0
  let alreadyThere = 0
  const usedOrganizations = new Set<OrganizationGroup>()
  const usedCoalitions = new Set<CoalitionGroup>()
  const organizationsAlone = new Set<OrganizationGroup>()
  for (const record of accepted) {
    const organization = finalOrganization(record)
    if (record.coalition === null) {
      usedOrganizations.add(organization)
      organizationsAlone.add(organization)
      continue
    }
    const coalition = finalCoalition(record)
    const organizationId = idOfOrganization.get(organization) as string
    const coalitionId = idOfCoalition.get(coalition) as string
    const pair = `${organizationId}\u0000${coalitionId}`
    const membership: DocumentMembership = {
      organization: organizationId,
      coalition: coalitionId,
      role: record.role,
      ...record.dates,
      sources: [],
    }
    if (record.confidence) membership.confidence = record.confidence
    if (record.note) membership.note = record.note
    const facts = factsOf(membership)
    const windows = membershipWindows(facts, foundedOf.get(coalitionId))
    const signature = signatureOf(record.role, membership)
    const urls = new Set(record.sources.map((source) => source.url))
    const placed = placedByPair.get(pair) ?? []
    const same = placed.find((other) => other.signature === signature)
    if (same) {
      if (same.row === null) {
        alreadyThere++
        usedOrganizations.add(organization)
        usedCoalitions.add(coalition)
        continue
      }
      const fresh = record.sources.filter((source) => !same.urls.has(source.url))
      if (fresh.length === 0) {
        rejected.add(record.row)
        at(
          record.row,
          null,
          `repeats row ${same.row} (${quote(organization.name)} in ${quote(coalition.name)}, same dates and sources)`,
        )
        continue
      }
      for (const source of fresh) {
        same.urls.add(source.url)
        same.membership.sources.push(sourceId(source))
      }
      extraSourceRows++
      continue
    }
    const clash = placed.find((other) => possiblyOverlap(other.windows, windows))
    if (clash) {
      rejected.add(record.row)
      at(
        record.row,
        null,
        clash.row === null
          ? `${quote(organization.name)} is already in ${quote(coalition.name)} in the dataset on screen for a period that overlaps this one`
          : `${quote(organization.name)} is listed in ${quote(coalition.name)} in row ${clash.row} for a period that overlaps this one: one organization can be in a coalition only once at a time`,
      )
      continue
    }
    for (const source of record.sources) membership.sources.push(sourceId(source))
    membership.sources = [...new Set(membership.sources)]
    placed.push({ row: record.row, signature, windows, membership, urls })
    placedByPair.set(pair, placed)
    memberships.push(membership)
    usedOrganizations.add(organization)
    usedCoalitions.add(coalition)
  }

  // 9. The new records, in the order the sheet first names them.
  const newOrganizations: DocumentOrganization[] = []
  let unknownSector = 0
  const aliasUpdates = new Map<string, string[]>()
  for (const organization of keptOrganizations) {
    if (!usedOrganizations.has(organization)) continue
    const id = idOfOrganization.get(organization) as string
    const aliases = cleanAliases(organization.name, organization.aliases)
    if (organization.existingId !== undefined) {
      if (aliases.length > 0) aliasUpdates.set(id, aliases)
      continue
    }
    if (!organization.sector) unknownSector++
    const record: DocumentOrganization = {
      id,
      name: organization.name,
      sector: sectorId(organization.sector?.label ?? UNKNOWN_SECTOR),
    }
    if (aliases.length > 0) record.aliases = aliases.slice(0, 10)
    if (organization.country) record.country = organization.country.code
    const parent = parentOf.get(id)
    if (parent) record.parent = parent.id
    if (organization.note) record.note = organization.note.text
    if (organizationsAlone.has(organization) && organization.sources.length > 0)
      record.sources = [...new Set(organization.sources.map(sourceId))]
    newOrganizations.push(record)
  }
  // Organizations merged into ones already in the dataset keep the sheet's names as aliases.
  const existingOrganizations = (existing?.organizations ?? []).map((organization) => {
    const extra = aliasUpdates.get(organization.id)
    if (!extra) return organization
    const known = new Set([organization.name, ...(organization.aliases ?? [])].map(sameNameKey))
    const added = extra.filter((alias) => !known.has(sameNameKey(alias)))
    return added.length === 0
      ? organization
      : { ...organization, aliases: [...(organization.aliases ?? []), ...added].slice(0, 10) }
  })
  const newCoalitions: DocumentCoalition[] = []
  for (const coalition of keptCoalitions) {
    if (!usedCoalitions.has(coalition) || coalition.existingId !== undefined) continue
    const record: DocumentCoalition = { id: idOfCoalition.get(coalition) as string, name: coalition.name }
    if (coalition.founded) record.founded = coalition.founded.text
    newCoalitions.push(record)
  }
  // The sectors list must not be empty, even for a sheet whose every row was left out.
  if (!existing && newSectors.length === 0) sectorId(UNKNOWN_SECTOR)

  const document: DatasetDocument = existing
    ? {
        ...existing,
        sectors: [...existing.sectors, ...newSectors],
        sources: [...existing.sources, ...newSources],
        coalitions: [...existing.coalitions, ...newCoalitions],
        organizations: [...existingOrganizations, ...newOrganizations],
        memberships: [...existing.memberships, ...memberships],
      }
    : {
        version: 2,
        title: options.title.trim().slice(0, 120) || 'Imported spreadsheet',
        updated: options.today,
        sectors: newSectors,
        sources: newSources,
        coalitions: newCoalitions,
        organizations: newOrganizations,
        memberships,
      }

  const matchedOrganizations = keptOrganizations
    .filter((organization) => organization.existingId !== undefined && usedOrganizations.has(organization))
    .map((organization) => organization.name)
  const matchedCoalitions = keptCoalitions
    .filter((coalition) => coalition.existingId !== undefined && usedCoalitions.has(coalition))
    .map((coalition) => coalition.name)
  return {
    document,
    problems,
    rejectedRows: rejected,
    pairs,
    report: {
      memberships: memberships.length,
      organizations: newOrganizations.length,
      coalitions: newCoalitions.length,
      sources: newSources.length,
      sectors: newSectors.length,
      organizationsAlone: [...organizationsAlone].filter((organization) => organization.existingId === undefined)
        .length,
      unknownSector,
      extraSourceRows,
      mergedNames,
      matchedOrganizations,
      matchedCoalitions,
      membershipsAlreadyThere: alreadyThere,
    },
  }
}

/** The organization note a row gives: its own column, or (for a row without a coalition) the note column. */
function organizationNoteOf(record: ImportRecord): { text: string; field: Field } | null {
  if (record.organizationNote) return { text: record.organizationNote, field: 'organizationNote' }
  if (record.coalition === null && record.note) return { text: record.note, field: 'note' }
  return null
}

const TIME_FIELDS: readonly TimeField[] = ['joined', 'left', 'joinedAfter', 'joinedBy', 'leftAfter', 'leftBy']

function factsOf(membership: DocumentMembership): TimeFacts {
  const facts: Partial<Record<TimeField, PartialDate>> = {}
  for (const field of TIME_FIELDS) {
    const text = membership[field]
    const date = text ? parsePartialDate(text) : null
    if (date) facts[field] = date
  }
  return facts
}

/** Two rows state the same membership when role and every date agree. */
function signatureOf(role: string, membership: DocumentMembership): string {
  return [role.trim().toLowerCase(), ...TIME_FIELDS.map((field) => membership[field] ?? '')].join('\u0000')
}

function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([sameNameKey(name)])
  const out: string[] = []
  for (const alias of aliases) {
    const key = sameNameKey(alias)
    if (!key || seen.has(key)) continue
    seen.add(key)
    out.push(alias.trim())
  }
  return out
}

/** A source without a title is called by its address, without the scheme. */
function defaultTitle(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '')
  return bare.length > 300 ? `${bare.slice(0, 299)}…` : bare || url.slice(0, 300)
}

function slugOfUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return slug(`${parsed.hostname.replace(/^www\./, '')} ${parsed.pathname}`)
  } catch {
    return slug(url)
  }
}
