/**
 * The members table's filters in words, for a printed page (where the controls are not shown):
 * "Sector: Research & academia. Member of AI Alliance. Search: “meta”."
 */
import { countryName } from '../dataset/countries'
import type { Dataset } from '../dataset/types'
import type { MemberFilters } from '../members/filter'
import { andList, orList } from './lists'

function membershipText(names: readonly string[], match: MemberFilters['match']): string {
  if (match === 'none')
    return names.length === 1 ? `Not a member of ${names[0]}` : `A member of none of ${orList(names)}`
  if (match === 'all' && names.length > 1) return `A member of all of ${andList(names)}`
  return names.length === 1 ? `A member of ${names[0]}` : `A member of any of ${orList(names)}`
}

/** Every filter in force, one sentence each, names as the dataset gives them; ids it does not know are shown as they are. */
export function activeFiltersText(
  filters: MemberFilters,
  dataset: Pick<Dataset, 'sectorById' | 'coalitionById'>,
): string {
  const parts: string[] = []
  const sectors = filters.sectors.map((id) => dataset.sectorById.get(id)?.label ?? id)
  if (sectors.length) parts.push(`${sectors.length === 1 ? 'Sector' : 'Sectors'}: ${orList(sectors)}`)
  const coalitions = filters.coalitions.map((id) => dataset.coalitionById.get(id)?.name ?? id)
  if (coalitions.length) parts.push(membershipText(coalitions, filters.match))
  const countries = filters.countries.map(countryName)
  if (countries.length) parts.push(`${countries.length === 1 ? 'Country' : 'Countries'}: ${orList(countries)}`)
  if (filters.roles.length) parts.push(`${filters.roles.length === 1 ? 'Role' : 'Roles'}: ${orList(filters.roles)}`)
  const query = filters.query.trim()
  if (query) parts.push(`Search: “${query}”`)
  return parts.length ? `${parts.join('. ')}.` : 'No filters: every organization in the dataset.'
}

/** "All sectors, no search.", "Sector: Model developer. Search: “meta”." */
export function organizationFilterText(sectorLabels: readonly string[], query: string): string {
  const parts: string[] = []
  if (sectorLabels.length) parts.push(`${sectorLabels.length === 1 ? 'Sector' : 'Sectors'}: ${andList(sectorLabels)}`)
  const search = query.trim()
  if (search) parts.push(`Search: “${search}”`)
  return parts.length ? `${parts.join('. ')}.` : 'All sectors, no search.'
}
