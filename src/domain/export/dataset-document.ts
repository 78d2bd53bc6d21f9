/**
 * The dataset on screen written back as a format version 2 document: every field the normalized
 * dataset holds (rosters, reported sizes, sources' retrieved, archived and kind, organizations'
 * sources), with the dates exactly as the dataset stated them. Loading the document gives the same
 * dataset. A version 1 dataset comes out as version 2 with the same meaning: it uses no field
 * version 2 added, and the app reads both versions by one rule.
 */
import type { PartialDate } from '../dataset/dates'
import type { Confidence, SizeQualifier, SourceKind } from '../dataset/schema'
import type { Dataset } from '../dataset/types'

export interface DocumentSector {
  id: string
  label: string
  description?: string
}

export interface DocumentSource {
  id: string
  title: string
  url: string
  publisher?: string
  date?: string
  retrieved?: string
  archived?: string
  kind?: SourceKind
}

export interface DocumentRoster {
  checked: string
  complete: boolean
  sources?: string[]
}

export interface DocumentReportedSize {
  count: number
  qualifier: SizeQualifier
  date: string
  sources: string[]
}

export interface DocumentCoalition {
  id: string
  name: string
  shortName?: string
  founded?: string
  url?: string
  description?: string
  sources?: string[]
  note?: string
  roster?: DocumentRoster
  reportedSize?: DocumentReportedSize[]
}

export interface DocumentOrganization {
  id: string
  name: string
  aliases?: string[]
  sector: string
  country?: string
  url?: string
  parent?: string
  note?: string
  sources?: string[]
}

export interface DocumentMembership {
  organization: string
  coalition: string
  role: string
  joined?: string
  left?: string
  joinedAfter?: string
  joinedBy?: string
  leftAfter?: string
  leftBy?: string
  sources: string[]
  confidence?: Confidence
  note?: string
}

export interface DatasetDocument {
  version: 2
  title: string
  description?: string
  updated: string
  license?: string
  sectors: DocumentSector[]
  sources: DocumentSource[]
  coalitions: DocumentCoalition[]
  organizations: DocumentOrganization[]
  memberships: DocumentMembership[]
}

/** Copies the fields that are set, in the order given, leaving out the ones that are not. */
function defined<T extends object>(record: T): T {
  const out = {} as T
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value
  }
  return out
}

const text = (date: PartialDate | undefined) => date?.text
const list = (ids: readonly string[]) => (ids.length > 0 ? [...ids] : undefined)

export function datasetToDocument(dataset: Dataset): DatasetDocument {
  return defined<DatasetDocument>({
    version: 2,
    title: dataset.title,
    description: dataset.description,
    updated: dataset.updated.text,
    license: dataset.license,
    sectors: dataset.sectors.map((sector) =>
      defined<DocumentSector>({ id: sector.id, label: sector.label, description: sector.description }),
    ),
    sources: dataset.sources.map((source) =>
      defined<DocumentSource>({
        id: source.id,
        title: source.title,
        url: source.url,
        publisher: source.publisher,
        date: text(source.date),
        retrieved: text(source.retrieved),
        archived: source.archived,
        kind: source.kind,
      }),
    ),
    coalitions: dataset.coalitions.map((coalition) =>
      defined<DocumentCoalition>({
        id: coalition.id,
        name: coalition.name,
        shortName: coalition.shortName,
        founded: text(coalition.founded),
        url: coalition.url,
        description: coalition.description,
        sources: list(coalition.sourceIds),
        note: coalition.note,
        roster: coalition.roster
          ? defined<DocumentRoster>({
              checked: coalition.roster.checked.text,
              complete: coalition.roster.complete,
              sources: list(coalition.roster.sourceIds),
            })
          : undefined,
        reportedSize:
          coalition.reportedSizes.length > 0
            ? coalition.reportedSizes.map((size) => ({
                count: size.count,
                qualifier: size.qualifier,
                date: size.date.text,
                sources: [...size.sourceIds],
              }))
            : undefined,
      }),
    ),
    organizations: dataset.organizations.map((organization) =>
      defined<DocumentOrganization>({
        id: organization.id,
        name: organization.name,
        aliases: list(organization.aliases),
        sector: organization.sectorId,
        country: organization.country,
        url: organization.url,
        parent: organization.parentId,
        note: organization.note,
        sources: list(organization.sourceIds),
      }),
    ),
    memberships: dataset.memberships.map((membership) =>
      defined<DocumentMembership>({
        organization: membership.organizationId,
        coalition: membership.coalitionId,
        role: membership.role,
        joined: text(membership.joined),
        left: text(membership.left),
        joinedAfter: text(membership.joinedAfter),
        joinedBy: text(membership.joinedBy),
        leftAfter: text(membership.leftAfter),
        leftBy: text(membership.leftBy),
        sources: [...membership.sourceIds],
        confidence: membership.confidence,
        note: membership.note,
      }),
    ),
  })
}

/** The document as the text of a `.json` file. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(datasetToDocument(dataset), null, 2)}\n`
}
