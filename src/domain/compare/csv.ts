/**
 * The comparison as table rows for CSV: one row per organization (or family) in A or B, with its
 * sector, country, and for each coalition whether it is a member on the day (certain or only
 * possible), its role, its dates exactly as the dataset writes them, the start and end windows the
 * format derives from them, and the sources cited.
 */
import type { CsvCell } from '../export/csv'
import { dayToIso } from '../dataset/dates'
import type { PartialDate } from '../dataset/dates'
import type { Coalition, Dataset, Membership } from '../dataset/types'
import type { Comparison, CompareEntry, Presence } from './coalitions'
import { sectorOf } from './coalitions'

export interface CsvTable {
  readonly header: string[]
  readonly rows: CsvCell[][]
}

const SEPARATOR = ' | '

/** A window's edge as an ISO day; empty where the evidence sets no bound (before any day, or open). */
function windowDay(day: number): string {
  return Number.isFinite(day) ? dayToIso(day) : ''
}

const writtenDate = (date: PartialDate | undefined) => date?.text ?? ''

/** Per coalition: the fields as the dataset writes them, then the windows, each as its own column. */
const FIELDS: readonly [string, (membership: Membership) => string][] = [
  ['role', (membership) => membership.role],
  ['joined', (membership) => writtenDate(membership.joined)],
  ['joinedAfter', (membership) => writtenDate(membership.joinedAfter)],
  ['joinedBy', (membership) => writtenDate(membership.joinedBy)],
  ['left', (membership) => writtenDate(membership.left)],
  ['leftAfter', (membership) => writtenDate(membership.leftAfter)],
  ['leftBy', (membership) => writtenDate(membership.leftBy)],
  ['start window from', (membership) => windowDay(membership.startEarliest)],
  ['start window to', (membership) => windowDay(membership.startLatest)],
  ['end window from', (membership) => windowDay(membership.endEarliest)],
  ['end window to', (membership) => windowDay(membership.endLatest)],
]

/** With families, several organizations can speak for one row: each value is then named. */
function describe(presences: readonly Presence[], value: (membership: Membership) => string, named: boolean): string {
  const values = presences.map((presence) => value(presence.membership))
  if (!named) return values.join(SEPARATOR)
  // A field none of them has stays empty rather than a row of bare names.
  return values.every((text) => text === '')
    ? ''
    : presences.map((presence, index) => `${presence.organization.name}: ${values[index]}`).join(SEPARATOR)
}

/** "certain" when some membership is certain on the day, "possible" when the evidence only allows it, '' when not a member. */
function status(presences: readonly Presence[], certain: boolean): string {
  return presences.length === 0 ? '' : certain ? 'certain' : 'possible'
}

function sideHeader(coalition: Coalition): string[] {
  return [`${coalition.name}: status`, ...FIELDS.map(([field]) => `${coalition.name}: ${field}`)]
}

export function comparisonCsv(dataset: Dataset, comparison: Comparison): CsvTable {
  const { a, b, family } = comparison
  const header = [
    'organization',
    ...(family ? ['family members'] : []),
    'sector',
    'country',
    `in ${a.name}`,
    `in ${b.name}`,
    ...sideHeader(a),
    ...sideHeader(b),
    'sources',
  ]
  const side = (presences: readonly Presence[], certain: boolean, named: boolean): CsvCell[] => [
    status(presences, certain),
    ...FIELDS.map(([, value]) => describe(presences, value, named)),
  ]
  const row = (entry: CompareEntry): CsvCell[] => {
    const named = family && entry.members.length > 1
    const urls = new Set<string>()
    for (const presence of [...entry.inA, ...entry.inB]) {
      for (const id of presence.membership.sourceIds) {
        const url = dataset.sourceById.get(id)?.url
        if (url) urls.add(url)
      }
    }
    return [
      entry.organization.name,
      ...(family ? [entry.members.map((member) => member.name).join(SEPARATOR)] : []),
      sectorOf(dataset, entry.organization.sectorId).label,
      entry.organization.country ?? '',
      entry.inA.length > 0 ? 'yes' : 'no',
      entry.inB.length > 0 ? 'yes' : 'no',
      ...side(entry.inA, entry.certainA, named),
      ...side(entry.inB, entry.certainB, named),
      [...urls].join(SEPARATOR),
    ]
  }
  const rows: CsvCell[][] = []
  for (const groups of [comparison.onlyA, comparison.both, comparison.onlyB]) {
    for (const group of groups) for (const entry of group.entries) rows.push(row(entry))
  }
  return { header, rows }
}
