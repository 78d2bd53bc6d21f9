/**
 * The members table's columns, each defined once: its id, header, the text of its cells and how it
 * orders rows. The table shows this text (the React cells only choose how to draw it) and the
 * per-organization CSV writes it, so a download holds exactly the cells on screen.
 *
 * Coalition columns are named `c:<coalition id>`, so a coalition whose id is `name` or `joined`
 * keeps its column instead of colliding with a built-in one.
 */
import { endPhrase } from '../format/membership'
import { memberSinceHeader, sinceText, UNCERTAIN_WORD } from '../format/members'
import { HAS_VALUE, MISSING, UNKNOWN_VALUE, type SortKey } from './sort'
import type { MemberCell, MemberRow } from './rows'
import type { Coalition, Dataset } from '../dataset/types'
import type { CoalitionMatch } from './filter'

export type MemberColumnKind = 'name' | 'sector' | 'country' | 'coalitions' | 'joined' | 'coalition' | 'memberships'

export interface MemberColumn {
  readonly id: string
  readonly kind: MemberColumnKind
  /** Column name in the table header and the CSV header row. */
  readonly header: string
  readonly coalition?: Coalition
  /** The cell's text; '' when the organization has no value (shown as an empty mark). Counts stay numbers. */
  readonly text: (row: MemberRow) => string | number
  /** How the column orders rows; absent for the collapsed membership strip, which has no single value. */
  readonly sort?: SortKey
  /** Counts read best largest first; names and dates oldest first. */
  readonly descFirst: boolean
  /** For "Member since": the membership whose start the cell shows (the earliest in the column's scope). */
  readonly startCell?: (row: MemberRow) => MemberCell | undefined
}

/** Ids of the columns that are not one coalition's. */
export const BUILT_IN_COLUMN_IDS = ['name', 'sector', 'country', 'coalitions', 'joined', 'memberships'] as const
const BUILT_IN = new Set<string>(BUILT_IN_COLUMN_IDS)

const COALITION_PREFIX = 'c:'

export function coalitionColumnId(coalitionId: string): string {
  return `${COALITION_PREFIX}${coalitionId}`
}

/** Above this many coalitions, one column per coalition no longer fits: they collapse into a strip. */
export const MAX_COALITION_COLUMNS = 8

/** ", uncertain"-style suffix in the cell's own separator. */
function uncertainSuffix(cell: MemberCell, separator: string): string {
  return cell.certain ? '' : `${separator}${UNCERTAIN_WORD}`
}

/** When the cell's membership began, and, when it may have ended by the day, how it ended. */
function periodText(cell: MemberCell): string {
  const since = sinceText(cell.membership, cell.role)
  const end = cell.cause === 'end' ? endPhrase(cell.membership) : null
  return end ? `${since}; ${end}` : since
}

/** "founder · 5 December 2023", "partner · member by 16 May 2017; start unknown · uncertain". */
export function membershipText(cell: MemberCell): string {
  return `${cell.role} · ${periodText(cell)}${uncertainSuffix(cell, ' · ')}`
}

/**
 * The coalitions "Member since" is about: those the view is filtered to members of (any or all of
 * them), in dataset order, or null (every coalition) when the view is not filtered that way. In an
 * AI Alliance view the date is when the organization joined the AI Alliance, not its earliest
 * membership anywhere.
 */
export function sinceScope(
  dataset: Dataset,
  coalitions: readonly string[],
  match: CoalitionMatch,
): readonly string[] | null {
  if (match === 'none' || coalitions.length === 0) return null
  const chosen = new Set(coalitions)
  const ids = dataset.coalitions.filter((coalition) => chosen.has(coalition.id)).map((coalition) => coalition.id)
  return ids.length ? ids : null
}

/** The day's membership with the earliest known start among `scope` (every coalition when null). */
export function firstStartIn(row: MemberRow, scope: readonly string[] | null): MemberCell | undefined {
  if (scope === null) return row.firstStart
  let first: MemberCell | undefined
  for (const id of scope) {
    const cell = row.cells.get(id)
    if (cell && cell.since !== null && (first === undefined || (first.since as number) > cell.since)) first = cell
  }
  return first
}

/** The "Member since" cell: the earliest known start among the day's memberships in scope. */
export function firstStartText(row: MemberRow, scope: readonly string[] | null = null): string {
  const first = firstStartIn(row, scope)
  return first ? `${sinceText(first.membership, first.role)}${uncertainSuffix(first, ' · ')}` : ''
}

/**
 * The collapsed strip's memberships as sentences, in the coalitions' order:
 * "AIA: founder, 5 December 2023. FMF: member, ≈ May 2024, uncertain."
 */
export function membershipsSummary(row: MemberRow, dataset: Dataset): string {
  const parts: string[] = []
  for (const coalition of dataset.coalitions) {
    const cell = row.cells.get(coalition.id)
    if (!cell) continue
    parts.push(
      `${coalition.shortName ?? coalition.name}: ${cell.role}, ${periodText(cell)}${uncertainSuffix(cell, ', ')}.`,
    )
  }
  return parts.join(' ')
}

const nameKey: SortKey = { tier: () => HAS_VALUE, value: (row) => row.nameRank }

function coalitionColumn(coalition: Coalition): MemberColumn {
  const id = coalition.id
  return {
    id: coalitionColumnId(id),
    kind: 'coalition',
    header: coalition.name,
    coalition,
    text: (row) => {
      const cell = row.cells.get(id)
      return cell ? membershipText(cell) : ''
    },
    // By start (startSortDay); members whose start is unknown come after the dated ones but before
    // organizations that are not members at all.
    sort: {
      tier: (row) => {
        const cell = row.cells.get(id)
        return cell === undefined ? MISSING : cell.since !== null ? HAS_VALUE : UNKNOWN_VALUE
      },
      value: (row) => row.cells.get(id)?.since ?? 0,
    },
    descFirst: false,
  }
}

function sinceColumn(dataset: Dataset, scope: readonly string[] | null): MemberColumn {
  const names = scope === null ? null : scope.map((id) => dataset.coalitionById.get(id)?.name ?? id)
  const startCell = (row: MemberRow) => firstStartIn(row, scope)
  return {
    id: 'joined',
    kind: 'joined',
    header: memberSinceHeader(names),
    text: (row) => firstStartText(row, scope),
    sort: { tier: (row) => (startCell(row) ? HAS_VALUE : MISSING), value: (row) => startCell(row)?.since ?? 0 },
    descFirst: false,
    startCell,
  }
}

function builtInColumns(dataset: Dataset, scope: readonly string[] | null): MemberColumn[] {
  return [
    { id: 'name', kind: 'name', header: 'Name', text: (row) => row.name, sort: nameKey, descFirst: false },
    {
      id: 'sector',
      kind: 'sector',
      header: 'Sector',
      text: (row) => row.sectorLabel,
      sort: { tier: () => HAS_VALUE, value: (row) => row.sectorRank },
      descFirst: false,
    },
    {
      id: 'country',
      kind: 'country',
      header: 'Country',
      text: (row) => row.countryName ?? '',
      sort: { tier: (row) => (row.countryRank < 0 ? MISSING : HAS_VALUE), value: (row) => row.countryRank },
      descFirst: false,
    },
    {
      id: 'coalitions',
      kind: 'coalitions',
      header: 'Coalitions',
      text: (row) => row.coalitionCount,
      sort: { tier: () => HAS_VALUE, value: (row) => row.coalitionCount },
      descFirst: true,
    },
    sinceColumn(dataset, scope),
  ]
}

export interface MemberColumns {
  /** The columns the table has, in order (coalitions collapse into one strip above eight). */
  readonly list: readonly MemberColumn[]
  /** Every column by id, including each coalition's when they are collapsed: the `sort` parameter may name any. */
  readonly byId: ReadonlyMap<string, MemberColumn>
}

/** `sinceScope`: the coalitions "Member since" is about (see sinceScope), null for all of them. */
export function memberColumns(dataset: Dataset, sinceScopeIds: readonly string[] | null = null): MemberColumns {
  const list = builtInColumns(dataset, sinceScopeIds)
  const byId = new Map(list.map((column) => [column.id, column]))
  const coalitions = dataset.coalitions.map(coalitionColumn)
  for (const column of coalitions) byId.set(column.id, column)
  if (coalitions.length > MAX_COALITION_COLUMNS) {
    const strip: MemberColumn = {
      id: 'memberships',
      kind: 'memberships',
      header: 'Memberships',
      text: (row) => membershipsSummary(row, dataset),
      descFirst: false,
    }
    list.push(strip)
    byId.set(strip.id, strip)
  } else {
    list.push(...coalitions)
  }
  return { list, byId }
}

/**
 * The column a `sort` id means: a sortable column's id, or, as links made before coalition columns
 * were namespaced wrote it, a bare coalition id that is not a built-in column's. Null otherwise.
 */
export function resolveSortId(columns: MemberColumns, id: string): string | null {
  if (columns.byId.get(id)?.sort) return id
  if (BUILT_IN.has(id)) return null
  const legacy = coalitionColumnId(id)
  return columns.byId.has(legacy) ? legacy : null
}

/** The sort key of a column id, for sortMemberRows. */
export function sortKeyOf(columns: MemberColumns, id: string): SortKey | undefined {
  return columns.byId.get(id)?.sort
}

/** Header row and cells for the per-organization CSV: the given rows, in the given order, these columns. */
export function memberCsvTable(
  rows: readonly MemberRow[],
  columns: readonly MemberColumn[],
): { header: string[]; cells: (string | number)[][] } {
  return {
    header: columns.map((column) => column.header),
    cells: rows.map((row) => columns.map((column) => column.text(row))),
  }
}
