/**
 * The "Who else members belong to" download: one row per other coalition sharing a member with the
 * chosen one on the day, in the order shown, with the chosen coalition's members, the shared
 * members and their share of them, each certain and possible, and the shared members' names (those
 * only possibly shared marked "(uncertain)"). A row per coalition rather than per organization and
 * coalition: it is the ranking as shown, and the membership list of the members table already gives
 * every membership with its dates for anyone who wants to count again.
 */
import type { CsvCell } from '../export/csv'
import { exportFileName } from '../export/file-names'
import { UNCERTAIN_WORD } from '../format/members'
import type { Interlocks } from './interlocks'

export const INTERLOCKS_CSV_HEADER = [
  'as_of',
  'coalition_id',
  'coalition',
  'coalition_members_certain',
  'coalition_members_possible',
  'rank',
  'other_coalition_id',
  'other_coalition',
  'shared_certain',
  'shared_possible',
  'share_certain',
  'share_possible',
  'shared_members',
] as const

const roundShare = (share: number) => Math.round(share * 10_000) / 10_000

export function interlocksCsv(result: Interlocks, asOf: string): { header: string[]; rows: CsvCell[][] } {
  const { coalition, members } = result
  const rows = result.coalitions.map((other, index): CsvCell[] => [
    asOf,
    coalition.id,
    coalition.name,
    members.certain,
    members.possible,
    index + 1,
    other.coalition.id,
    other.coalition.name,
    other.shared.certain,
    other.shared.possible,
    roundShare(other.share.certain),
    roundShare(other.share.possible),
    other.members
      .map((member) => (member.certain ? member.organization.name : `${member.organization.name} (${UNCERTAIN_WORD})`))
      .join(' | '),
  ])
  return { header: [...INTERLOCKS_CSV_HEADER], rows }
}

/** `coalition-atlas-interlocks-ai-alliance-search-meta-2024-06-30.csv`: the coalition, the filters, the day (always kept). */
export function interlocksFileName(
  coalitionId: string,
  sectors: readonly string[],
  query: string,
  asOf: string,
): string {
  const search = query.trim()
  const head = exportFileName(
    ['coalition-atlas', 'interlocks', coalitionId, ...sectors, ...(search ? ['search', search] : [])],
    'csv',
  ).slice(0, -4)
  return exportFileName([head.slice(0, 120 - asOf.length - 1), asOf], 'csv')
}
