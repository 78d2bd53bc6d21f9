/**
 * The dataset as a spreadsheet in the importer's own columns, so it can be edited and imported
 * again: one row per membership, grouped by coalition in the dataset's order, then one row per
 * organization without a membership, with an empty coalition (a notable absentee; its note and
 * sources are the organization's). Dates stay as the dataset states them. Several sources of one
 * membership share a cell, separated by " | ". The template is the same header with three
 * fictional rows.
 *
 * What a row cannot carry is listed in SPREADSHEET_LOSSES: the counts on every day survive (the
 * memberships, their dates and the coalitions' founding dates do), descriptions and the like do not.
 */
import type { Dataset, Organization } from '../dataset/types'
import { FIELD_HEADERS, FIELDS, type Field } from './columns'

/** The columns of an export, in order: every field the importer reads. */
export const EXPORT_FIELDS: readonly Field[] = FIELDS

/** The template's columns: the fields people fill in, without the ids a round trip uses. */
export const TEMPLATE_FIELDS: readonly Field[] = FIELDS.filter(
  (field) => field !== 'organizationId' && field !== 'coalitionId',
)

/** What a spreadsheet row cannot hold, said in the dialog and the README. */
export const SPREADSHEET_LOSSES: readonly string[] = [
  'the dataset’s title, description, license and review date (an import names the dataset after the file and dates it today)',
  'sectors’ descriptions (their labels are kept)',
  'coalitions’ short names, links, descriptions, notes and sources, their roster checks and reported sizes, and any coalition without a membership (names, ids and founding dates are kept)',
  'organizations’ links, and the sources of organizations that have a membership',
  'sources’ publishers, kinds, retrieved dates and archived copies, and sources nothing but a coalition or organization cites; source ids are made anew from titles',
]

/** Between the values of a cell that holds several (sources, aliases); the importer splits on `|`. */
export const LIST_SEPARATOR = ' | '

function text(value: { text: string } | undefined): string {
  return value?.text ?? ''
}

/** Header and rows of the dataset as a spreadsheet. */
export function datasetSpreadsheet(dataset: Dataset): { header: string[]; rows: string[][] } {
  const header = EXPORT_FIELDS.map((field) => FIELD_HEADERS[field])
  const rows: string[][] = []
  const organizationCells = (organization: Organization): Partial<Record<Field, string>> => {
    const sector = dataset.sectorById.get(organization.sectorId)
    const parent = organization.parentId ? dataset.organizationById.get(organization.parentId) : undefined
    return {
      organization: organization.name,
      sector: sector?.label ?? organization.sectorId,
      country: organization.country ?? '',
      aliases: organization.aliases.join(LIST_SEPARATOR),
      parent: parent?.name ?? '',
      organizationNote: organization.note ?? '',
      organizationId: organization.id,
    }
  }
  const sourceCells = (ids: readonly string[]): Partial<Record<Field, string>> => {
    const sources = ids.flatMap((id) => dataset.sourceById.get(id) ?? [])
    return {
      sourceUrl: sources.map((source) => source.url).join(LIST_SEPARATOR),
      // With several sources the titles are split on `|`, so a bar inside a title would shift them.
      sourceTitle:
        sources.length > 1
          ? sources.map((source) => source.title.replaceAll('|', '/')).join(LIST_SEPARATOR)
          : (sources[0]?.title ?? ''),
      sourceDate: sources.some((source) => source.date)
        ? sources.map((source) => source.date?.text ?? '').join(LIST_SEPARATOR)
        : '',
    }
  }
  const toRow = (cells: Partial<Record<Field, string>>) => EXPORT_FIELDS.map((field) => cells[field] ?? '')

  for (const coalition of dataset.coalitions) {
    for (const membership of dataset.membershipsByCoalition.get(coalition.id) ?? []) {
      const organization = dataset.organizationById.get(membership.organizationId)
      if (!organization) continue
      rows.push(
        toRow({
          ...organizationCells(organization),
          coalition: coalition.name,
          role: membership.role,
          joined: text(membership.joined),
          left: text(membership.left),
          joinedAfter: text(membership.joinedAfter),
          joinedBy: text(membership.joinedBy),
          leftAfter: text(membership.leftAfter),
          leftBy: text(membership.leftBy),
          ...sourceCells(membership.sourceIds),
          confidence: membership.confidence ?? '',
          note: membership.note ?? '',
          coalitionFounded: text(coalition.founded),
          coalitionId: coalition.id,
        }),
      )
    }
  }
  for (const organization of dataset.organizations) {
    if ((dataset.membershipsByOrganization.get(organization.id) ?? []).length > 0) continue
    rows.push(toRow({ ...organizationCells(organization), ...sourceCells(organization.sourceIds) }))
  }
  return { header, rows }
}

/** The template: the header, and three rows about organizations and coalitions that do not exist. */
export function templateSpreadsheet(): { header: string[]; rows: string[][] } {
  const header = TEMPLATE_FIELDS.map((field) => FIELD_HEADERS[field])
  const examples: Partial<Record<Field, string>>[] = [
    {
      organization: 'Example Robotics Ltd (fictional)',
      coalition: 'Imaginary Alliance for Safe Widgets (fictional)',
      role: 'founder',
      joined: '2024-03-15',
      sector: 'Hardware',
      country: 'GB',
      aliases: 'Example Robotics',
      sourceUrl: 'https://example.org/imaginary-alliance/launch',
      sourceTitle: 'Imaginary Alliance launches (fictional)',
      sourceDate: '2024-03-15',
      confidence: 'high',
      note: 'An example row: replace it with your own.',
      coalitionFounded: '2024-03-15',
    },
    {
      organization: 'Sample University (fictional)',
      coalition: 'Imaginary Alliance for Safe Widgets (fictional)',
      role: 'member',
      joinedAfter: '2024-03-15',
      joinedBy: '2024-06',
      sector: 'Research & academia',
      country: 'JP',
      sourceUrl: 'https://example.org/imaginary-alliance/members',
      sourceTitle: 'Members page (fictional)',
      confidence: 'medium',
      note: 'Not at the launch, on the members page by June 2024.',
    },
    {
      organization: 'Example Robotics Ltd (fictional)',
      coalition: 'Pretend Pledge on Widget Safety (fictional)',
      role: 'signatory',
      joined: '2023',
      left: '2025-01',
      sector: 'Hardware',
      sourceUrl: 'https://example.org/pretend-pledge',
      sourceTitle: 'Pretend Pledge signatories (fictional)',
      confidence: 'low',
    },
  ]
  return { header, rows: examples.map((cells) => TEMPLATE_FIELDS.map((field) => cells[field] ?? '')) }
}
