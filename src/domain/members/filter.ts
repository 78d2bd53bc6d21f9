/**
 * The members table's filters. All of them combine (AND); each list filter is "any of these values".
 * Coalition and role filters look at the memberships possible on the table's day only.
 */
import { CLOSE_MATCH, NO_MATCH, normalizeText, searchOrganizations, type OrganizationSearch } from './org-search'
import type { Organization } from '../dataset/types'
import type { MemberCell, MemberRow } from './rows'

export type CoalitionMatch = 'any' | 'all' | 'none'

export interface MemberFilters {
  readonly sectors: readonly string[]
  readonly coalitions: readonly string[]
  readonly match: CoalitionMatch
  readonly countries: readonly string[]
  readonly roles: readonly string[]
  /** Search text as typed; normalized here. */
  readonly query: string
}

export const NO_FILTERS: MemberFilters = {
  sectors: [],
  coalitions: [],
  match: 'any',
  countries: [],
  roles: [],
  query: '',
}

/** Whether a row is shown, and whether only thanks to memberships the evidence allows but does not prove. */
export type RowMatch = 'certain' | 'uncertain' | null

/**
 * Returns a matcher so the per-keystroke work is one pass with everything prepared up front.
 * Coalition and role filters count every membership possible on the day, as the coalition cards'
 * "up to" number does; a row they keep is `uncertain` when counting only the certain memberships
 * would have left it out.
 */
export function memberMatcher(filters: MemberFilters, search: OrganizationSearch): (row: MemberRow) => RowMatch {
  const sectors = filters.sectors.length ? new Set(filters.sectors) : null
  const countries = filters.countries.length ? new Set(filters.countries) : null
  const roles = filters.roles.length ? new Set(filters.roles) : null
  const coalitions = filters.coalitions
  const match = filters.match
  // "Member of none" leaves no chosen-coalition membership to look at, so roles then apply to all.
  const scopedRoles = coalitions.length > 0 && match !== 'none'

  /** The coalition and role filters, counting every possible membership or only the certain ones. */
  const membershipsPass = (row: MemberRow, certainOnly: boolean): boolean => {
    if (coalitions.length) {
      let active = 0
      for (const id of coalitions) {
        const cell = row.cells.get(id)
        if (cell && (cell.certain || !certainOnly)) active++
      }
      if (match === 'any' && active === 0) return false
      if (match === 'all' && active < coalitions.length) return false
      if (match === 'none' && active > 0) return false
    }
    if (roles) {
      for (const [coalitionId, cell] of row.cells) {
        if (certainOnly && !cell.certain) continue
        if (scopedRoles && !coalitions.includes(coalitionId)) continue
        if (roles.has(cell.role)) return true
      }
      return false
    }
    return true
  }

  return (row) => {
    if (sectors && !sectors.has(row.sectorId)) return null
    if (countries && (row.country === undefined || !countries.has(row.country))) return null
    if (search.matchOf(row.organization.index) === NO_MATCH) return null
    if (!membershipsPass(row, false)) return null
    return row.uncertainCount === 0 || membershipsPass(row, true) ? 'certain' : 'uncertain'
  }
}

export interface FilteredRows {
  /** The rows the filters keep, in the given order, except that close matches of the search come after the exact ones. */
  readonly rows: readonly MemberRow[]
  /** How many of them are kept only thanks to uncertain memberships. */
  readonly uncertain: number
  /** How many of them (the last ones) the search found only as close matches ("Nvidea" for Nvidia). */
  readonly close: number
}

/** The organizations of `rows` at their dataset positions, for a search when the caller has none. */
function organizationsOf(rows: readonly MemberRow[]): Organization[] {
  const list: Organization[] = []
  for (const row of rows) list[row.organization.index] = row.organization
  return list
}

/** Each row's match by organization index: 0 not kept, 1 kept, 2 kept only thanks to uncertain memberships. */
export type RowMatches = Uint8Array

/**
 * Which rows the filters keep (memberMatcher over every row). It does not depend on the rows' order,
 * so a view works it out once per change of filters and reuses it for every sort (keepMatchedRows).
 */
export function matchMemberRows(
  rows: readonly MemberRow[],
  filters: MemberFilters,
  search: OrganizationSearch = searchOrganizations(organizationsOf(rows), filters.query, null),
): RowMatches {
  const matches = memberMatcher(filters, search)
  let size = 0
  for (const row of rows) size = Math.max(size, row.organization.index + 1)
  const matched = new Uint8Array(size)
  let kept = 0
  let uncertain = 0
  for (const row of rows) {
    const match = matches(row)
    const code = match === null ? 0 : match === 'certain' ? 1 : 2
    matched[row.organization.index] = code
    if (code !== 0) kept++
    if (code === 2) uncertain++
  }
  tallies.set(matched, { kept, uncertain })
  return matched
}

/** What matchMemberRows found, for keepMatchedRows to see at once when it keeps every row as it is. */
const tallies = new WeakMap<RowMatches, { kept: number; uncertain: number }>()

/**
 * The rows `matched` keeps, in the given order, except that the search's close matches come after
 * its exact and alias matches, each group in the given order: a close match never pushes a row that
 * has the exact text down or out of view. `search` is the one `matched` was worked out with.
 */
export function keepMatchedRows(
  rows: readonly MemberRow[],
  matched: RowMatches,
  search: OrganizationSearch,
): FilteredRows {
  // Every organization kept, certainly, none by a close match: the rows as given, with no pass over
  // them. After a sort with no filter (the common case) that is the order already worked out.
  const tally = tallies.get(matched)
  if (tally && tally.kept === matched.length && tally.uncertain === 0 && search.closeCount === 0)
    return { rows, uncertain: 0, close: 0 }
  const kept: MemberRow[] = []
  const close: MemberRow[] = []
  let uncertain = 0
  for (const row of rows) {
    const match = matched[row.organization.index] ?? 0
    if (match === 0) continue
    if (search.matchOf(row.organization.index) === CLOSE_MATCH) close.push(row)
    else kept.push(row)
    if (match === 2) uncertain++
  }
  for (const row of close) kept.push(row)
  return { rows: kept, uncertain, close: close.length }
}

/**
 * The rows the filters keep (matchMemberRows, then keepMatchedRows). `search` is
 * searchOrganizations over the dataset's organizations (the one the charts use too); without it,
 * the rows' organizations are searched for exact matches only.
 */
export function filterMemberRows(
  rows: readonly MemberRow[],
  filters: MemberFilters,
  search: OrganizationSearch = searchOrganizations(organizationsOf(rows), filters.query, null),
): FilteredRows {
  return keepMatchedRows(rows, matchMemberRows(rows, filters, search), search)
}

/** Whether the coalition and role filters let this membership through: the memberships a filtered view shows. */
export function membershipInScope(filters: MemberFilters, cell: MemberCell): boolean {
  if (
    filters.coalitions.length > 0 &&
    filters.match !== 'none' &&
    !filters.coalitions.includes(cell.membership.coalitionId)
  )
    return false
  return filters.roles.length === 0 || filters.roles.includes(cell.role)
}

/** How many filters narrow the member list ("Clear filters (n)"): each sector, coalition, country and role, and a search with letters in it. */
export function activeFilterCount(
  filters: Pick<MemberFilters, 'sectors' | 'coalitions' | 'countries' | 'roles' | 'query'>,
): number {
  return (
    filters.sectors.length +
    filters.coalitions.length +
    filters.countries.length +
    filters.roles.length +
    (normalizeText(filters.query) === '' ? 0 : 1)
  )
}
