/**
 * Search over organization names and aliases, ignoring case and accents ("ecole" finds "École",
 * "facebook" finds Meta). Haystacks are built once per dataset, so a keystroke is one substring scan.
 */
import type { Organization } from '../dataset/types'

/** Lower case, accents removed, runs of white space folded: the form both sides are compared in. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Name and aliases in normalized form, separated so a query never matches across two names. */
export function organizationHaystack(organization: Organization): string {
  return [organization.name, ...organization.aliases].map(normalizeText).join('\n')
}

const haystackCache = new WeakMap<readonly Organization[], readonly string[]>()

/** One haystack per organization, in dataset order; built once per organizations list, which the
 *  member table and the charts both search. */
export function buildHaystacks(organizations: readonly Organization[]): readonly string[] {
  let haystacks = haystackCache.get(organizations)
  if (!haystacks) {
    haystacks = organizations.map(organizationHaystack)
    haystackCache.set(organizations, haystacks)
  }
  return haystacks
}

/** True when every word of the query appears in the haystack (in any order). */
export function matchesQuery(haystack: string, normalizedQuery: string): boolean {
  if (normalizedQuery === '') return true
  if (!normalizedQuery.includes(' ')) return haystack.includes(normalizedQuery)
  return normalizedQuery.split(' ').every((word) => haystack.includes(word))
}
