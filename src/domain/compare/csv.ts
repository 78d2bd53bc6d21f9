/**
 * The comparison as table rows for CSV: one row per organization (or family) in A or B, with its
 * sector, country, where it is, its role and join date in each coalition and the sources cited.
 */
import type { CsvCell } from '../export/csv'
import type { Comparison, CompareEntry, Presence } from './coalitions'
import { sectorOf } from './coalitions'
import type { Dataset } from '../dataset/types'

export interface CsvTable {
  readonly header: string[]
  readonly rows: CsvCell[][]
}

const SEPARATOR = ' | '

/** With families, several organizations can speak for one row: each value is then named. */
function describe(presences: readonly Presence[], value: (presence: Presence) => string, named: boolean): string {
  return presences.map((presence) => (named ? `${presence.organization.name}: ${value(presence)}` : value(presence))).join(SEPARATOR)
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
    `role in ${a.name}`,
    `joined ${a.name}`,
    `role in ${b.name}`,
    `joined ${b.name}`,
    'sources',
  ]
  const role = (presence: Presence) => presence.membership.role
  const joined = (presence: Presence) => presence.membership.joined?.text ?? 'unknown'
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
      describe(entry.inA, role, named),
      describe(entry.inA, joined, named),
      describe(entry.inB, role, named),
      describe(entry.inB, joined, named),
      [...urls].join(SEPARATOR),
    ]
  }
  const rows: CsvCell[][] = []
  for (const groups of [comparison.onlyA, comparison.both, comparison.onlyB]) {
    for (const group of groups) for (const entry of group.entries) rows.push(row(entry))
  }
  return { header, rows }
}
