/**
 * The members table's filters. All of them combine (AND); each list filter is "any of these values".
 * Coalition and role filters look at the memberships active on the table's day only.
 */
import { matchesQuery, normalizeText } from './org-search'
import type { MemberRow } from './rows'

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

/** Returns a predicate so the per-keystroke work is one pass with everything prepared up front. */
export function memberPredicate(filters: MemberFilters): (row: MemberRow) => boolean {
  const sectors = filters.sectors.length ? new Set(filters.sectors) : null
  const countries = filters.countries.length ? new Set(filters.countries) : null
  const roles = filters.roles.length ? new Set(filters.roles) : null
  const coalitions = filters.coalitions
  const query = normalizeText(filters.query)
  const match = filters.match

  return (row) => {
    if (sectors && !sectors.has(row.sectorId)) return false
    if (countries && (row.country === undefined || !countries.has(row.country))) return false
    if (coalitions.length) {
      let active = 0
      for (const id of coalitions) if (row.cells.has(id)) active++
      if (match === 'any' && active === 0) return false
      if (match === 'all' && active < coalitions.length) return false
      if (match === 'none' && active > 0) return false
    }
    if (roles) {
      // "Member of none" leaves no chosen-coalition membership to look at, so roles then apply to all.
      const scoped = coalitions.length > 0 && match !== 'none'
      let found = false
      for (const [coalitionId, cell] of row.cells) {
        if (scoped && !coalitions.includes(coalitionId)) continue
        if (roles.has(cell.role)) {
          found = true
          break
        }
      }
      if (!found) return false
    }
    return query === '' || matchesQuery(row.haystack, query)
  }
}

export function filterMemberRows(rows: readonly MemberRow[], filters: MemberFilters): MemberRow[] {
  return rows.filter(memberPredicate(filters))
}

export function hasActiveFilters(filters: MemberFilters): boolean {
  return (
    filters.sectors.length > 0 ||
    filters.coalitions.length > 0 ||
    filters.countries.length > 0 ||
    filters.roles.length > 0 ||
    normalizeText(filters.query) !== ''
  )
}
