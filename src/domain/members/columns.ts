/**
 * The members table's columns and the text of each cell. The table shows this text and the CSV
 * export writes it, so a download holds exactly the cells on screen.
 */
import { shortStart } from '../format/membership'
import { FIXED_SORT_IDS } from './sort'
import type { MemberCell, MemberRow } from './rows'
import type { Coalition, Dataset } from '../dataset/types'

export type MemberColumnKind = 'name' | 'sector' | 'country' | 'coalitions' | 'joined' | 'coalition' | 'memberships'

export interface MemberColumn {
  readonly id: string
  readonly kind: MemberColumnKind
  /** Column name in the table header and the CSV header row. */
  readonly header: string
  readonly coalition?: Coalition
  /** False for the collapsed membership strip, which has no single value to order by. */
  readonly sortable: boolean
}

/** Above this many coalitions, one column per coalition no longer fits: they collapse into a strip. */
export const MAX_COALITION_COLUMNS = 8

export function memberColumns(dataset: Dataset): MemberColumn[] {
  const columns: MemberColumn[] = [
    { id: 'name', kind: 'name', header: 'Name', sortable: true },
    { id: 'sector', kind: 'sector', header: 'Sector', sortable: true },
    { id: 'country', kind: 'country', header: 'Country', sortable: true },
    { id: 'coalitions', kind: 'coalitions', header: 'Coalitions', sortable: true },
    { id: 'joined', kind: 'joined', header: 'Member since', sortable: true },
  ]
  if (dataset.coalitions.length > MAX_COALITION_COLUMNS) {
    columns.push({ id: 'memberships', kind: 'memberships', header: 'Memberships', sortable: false })
  } else {
    const fixed = new Set<string>(FIXED_SORT_IDS)
    for (const coalition of dataset.coalitions) {
      if (fixed.has(coalition.id) || coalition.id === 'memberships') continue
      columns.push({ id: coalition.id, kind: 'coalition', header: coalition.name, coalition, sortable: true })
    }
  }
  return columns
}

/** Every id the `sort` parameter may name for this dataset (coalition ids even when collapsed). */
export function sortableIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>(FIXED_SORT_IDS)
  for (const coalition of dataset.coalitions) ids.add(coalition.id)
  return ids
}

/** When the cell's membership began, in a few words; "join date unknown" when nothing is known. */
function startText(cell: MemberCell): string {
  return cell.since === null ? 'join date unknown' : shortStart(cell.membership)
}

/** "founding member · 5 December 2023", "partner · by 16 May 2017 · uncertain", "member · join date unknown". */
export function membershipText(cell: MemberCell): string {
  return `${cell.role} · ${startText(cell)}${cell.certain ? '' : ' · uncertain'}`
}

/** Memberships of the collapsed strip as one line: "AIA: founder, 5 December 2023; FMF: member, ≈ May 2024". */
export function membershipsSummary(row: MemberRow, dataset: Dataset): string {
  const parts: string[] = []
  for (const coalition of dataset.coalitions) {
    const cell = row.cells.get(coalition.id)
    if (!cell) continue
    parts.push(`${coalition.shortName ?? coalition.name}: ${cell.role}, ${startText(cell)}${cell.certain ? '' : ', uncertain'}`)
  }
  return parts.join('; ')
}

/** The cell's text; '' when the organization has no value (shown as an empty mark). Counts stay numbers. */
export function memberCellText(row: MemberRow, column: MemberColumn, dataset: Dataset): string | number {
  switch (column.kind) {
    case 'name':
      return row.name
    case 'sector':
      return row.sectorLabel
    case 'country':
      return row.countryName ?? ''
    case 'coalitions':
      return row.coalitionCount
    case 'joined':
      return row.firstStart ? startText(row.firstStart) : ''
    case 'coalition': {
      const cell = row.cells.get(column.id)
      return cell ? membershipText(cell) : ''
    }
    case 'memberships':
      return membershipsSummary(row, dataset)
  }
}

/** Header row and cells for the CSV export: the given rows, in the given order, these columns. */
export function memberCsvTable(
  rows: readonly MemberRow[],
  columns: readonly MemberColumn[],
  dataset: Dataset,
): { header: string[]; cells: (string | number)[][] } {
  return {
    header: columns.map((column) => column.header),
    cells: rows.map((row) => columns.map((column) => memberCellText(row, column, dataset))),
  }
}
