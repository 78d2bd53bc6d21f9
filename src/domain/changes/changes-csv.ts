/**
 * The Changes download: one row per change (a coalition, an organization, the kind of change), with
 * the two days, the standing on each ("certain", "possible" or "none"), the membership's date fields
 * exactly as the dataset writes them and the URLs of its sources. An organization that left and came
 * back has two memberships behind one change: each field then lists both, in dataset order.
 */
import type { CsvCell } from '../export/csv'
import { exportFileName } from '../export/file-names'
import { dayToIso, type PartialDate } from '../dataset/dates'
import type { Dataset, Membership } from '../dataset/types'
import { CHANGE_KIND_WORDS, standingWord } from '../format/changes'
import type { CoalitionChanges } from './changes'

export const CHANGES_CSV_HEADER = [
  'from',
  'to',
  'coalition_id',
  'coalition',
  'organization_id',
  'organization',
  'sector',
  'country',
  'change',
  'status_from',
  'status_to',
  'role',
  'joined',
  'joinedAfter',
  'joinedBy',
  'left',
  'leftAfter',
  'leftBy',
  'source_urls',
] as const

/** Between the values of two memberships, and between source URLs. */
export const CELL_SEPARATOR = ' | '

const written = (date: PartialDate | undefined) => date?.text ?? ''

const FIELDS: readonly ((membership: Membership) => string)[] = [
  (membership) => membership.role,
  (membership) => written(membership.joined),
  (membership) => written(membership.joinedAfter),
  (membership) => written(membership.joinedBy),
  (membership) => written(membership.left),
  (membership) => written(membership.leftAfter),
  (membership) => written(membership.leftBy),
]

export function changesCsv(
  dataset: Dataset,
  changes: readonly CoalitionChanges[],
  from: number,
  to: number,
): { header: string[]; rows: CsvCell[][] } {
  const fromIso = dayToIso(from)
  const toIso = dayToIso(to)
  const rows: CsvCell[][] = []
  for (const { coalition, changes: list } of changes) {
    for (const change of list) {
      const memberships = [...change.memberships].sort((a, b) => a.index - b.index)
      const field = (value: (membership: Membership) => string) => {
        const values = memberships.map(value)
        return values.every((text) => text === '') ? '' : values.join(CELL_SEPARATOR)
      }
      const urls = new Set<string>()
      for (const membership of memberships) {
        for (const id of membership.sourceIds) {
          const url = dataset.sourceById.get(id)?.url
          if (url) urls.add(url)
        }
      }
      const organization = change.organization
      rows.push([
        fromIso,
        toIso,
        coalition.id,
        coalition.name,
        organization.id,
        organization.name,
        dataset.sectorById.get(organization.sectorId)?.label ?? organization.sectorId,
        organization.country ?? '',
        CHANGE_KIND_WORDS[change.kind],
        standingWord(change.before),
        standingWord(change.after),
        ...FIELDS.map(field),
        [...urls].join(CELL_SEPARATOR),
      ])
    }
  }
  return { header: [...CHANGES_CSV_HEADER], rows }
}

/** `coalition-atlas-changes-model-developer-search-meta-2024-01-01-to-2024-12-31.csv`: the filters, then the two days, always kept. */
export function changesFileName(sectors: readonly string[], query: string, from: number, to: number): string {
  const span = `${dayToIso(from)}-to-${dayToIso(to)}`
  const search = query.trim()
  const head = exportFileName(
    ['coalition-atlas', 'changes', ...sectors, ...(search ? ['search', search] : [])],
    'csv',
  ).slice(0, -4)
  return exportFileName([head.slice(0, 120 - span.length - 1), span], 'csv')
}
