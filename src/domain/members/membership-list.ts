/**
 * The "membership list" download: one row per membership the filtered table shows on the day
 * (possible ones only, certain or not), with the dates as the dataset states them, the windows
 * they give as ISO days, the status on the day and the sources. It is the table's data in a form
 * an analyst can re-count with the same rule (docs/dataset-format.md, "Who is a member on a day").
 */
import { dayToIso, type PartialDate } from '../dataset/dates'
import type { Dataset } from '../dataset/types'
import type { CsvCell } from '../export/csv'
import { exportFileName } from '../export/file-names'
import { membershipInScope, type MemberFilters } from './filter'
import type { MemberCell, MemberRow } from './rows'

export const MEMBERSHIP_LIST_HEADER = [
  'organization',
  'organization_id',
  'sector',
  'country',
  'coalition',
  'coalition_id',
  'role',
  'joined',
  'left',
  'joinedAfter',
  'joinedBy',
  'leftAfter',
  'leftBy',
  'start_earliest',
  'start_latest',
  'end_earliest',
  'end_latest',
  'status_on_day',
  'confidence',
  'source_urls',
] as const

/** Between the URLs of one membership's sources. */
export const SOURCE_URL_SEPARATOR = ' | '

const text = (date: PartialDate | undefined) => date?.text ?? ''
/** A window bound as an ISO day; empty when the evidence sets none (±Infinity). */
const isoDay = (day: number) => (Number.isFinite(day) ? dayToIso(day) : '')

/**
 * The list for these rows, in their order; within a row, memberships in the dataset's coalition
 * order. With a coalition filter (any or all of them) only the chosen coalitions' memberships are
 * listed, with a role filter only those roles'.
 */
export function membershipListTable(
  rows: readonly MemberRow[],
  filters: MemberFilters,
  dataset: Dataset,
): { header: string[]; cells: CsvCell[][] } {
  const coalitionIndex = (cell: MemberCell) => dataset.coalitionById.get(cell.membership.coalitionId)?.index ?? 0
  const cells: CsvCell[][] = []
  for (const row of rows) {
    const shown = [...row.cells.values()]
      .filter((cell) => membershipInScope(filters, cell))
      .sort((a, b) => coalitionIndex(a) - coalitionIndex(b))
    for (const cell of shown) {
      const m = cell.membership
      const coalition = dataset.coalitionById.get(m.coalitionId)
      cells.push([
        row.name,
        row.id,
        row.sectorLabel,
        row.country ?? '',
        coalition?.name ?? m.coalitionId,
        m.coalitionId,
        m.role,
        text(m.joined),
        text(m.left),
        text(m.joinedAfter),
        text(m.joinedBy),
        text(m.leftAfter),
        text(m.leftBy),
        isoDay(m.startEarliest),
        isoDay(m.startLatest),
        isoDay(m.endEarliest),
        isoDay(m.endLatest),
        cell.certain ? 'certain' : 'possible',
        m.confidence ?? '',
        m.sourceIds.flatMap((id) => dataset.sourceById.get(id)?.url ?? []).join(SOURCE_URL_SEPARATOR),
      ])
    }
  }
  return { header: [...MEMBERSHIP_LIST_HEADER], cells }
}

/** File name parts for the filters in force: sectors, coalitions (with the match), countries, roles, search. */
export function filterNameParts(filters: MemberFilters): string[] {
  const parts: string[] = [...filters.sectors]
  if (filters.coalitions.length) {
    if (filters.match !== 'any') parts.push(filters.match === 'all' ? 'all-of' : 'none-of')
    parts.push(...filters.coalitions)
  }
  parts.push(...filters.countries, ...filters.roles)
  const query = filters.query.trim()
  if (query) parts.push('search', query)
  return parts
}

export type MembersDownload = 'membership-list' | 'organizations'

/**
 * `coalition-atlas-membership-list-ai-alliance-2024-05-01.csv`: what the file holds, the filters
 * in force and the "as of" day, which is always kept even when the rest must be shortened.
 */
export function membersFileName(kind: MembersDownload, filters: MemberFilters, asOf: string): string {
  const head = exportFileName(
    ['coalition-atlas', kind === 'organizations' ? 'members' : 'membership-list', ...filterNameParts(filters)],
    'csv',
  ).slice(0, -4)
  return exportFileName([head.slice(0, 120 - asOf.length - 1), asOf], 'csv')
}
