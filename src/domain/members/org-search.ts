/**
 * Search over organization names and aliases, ignoring case and accents ("ecole" finds "École",
 * "facebook" finds Meta), and tolerating a typo ("Nvidea" finds Nvidia, "antropic" Anthropic).
 *
 * Two passes, one rule for every view (the members table and the charts count the same
 * organizations for the same search):
 * - exact: every word of the query appears in the name or an alias. These always match.
 * - close: uFuzzy (@leeoniya/ufuzzy) in its single-error mode allows one substituted, missing,
 *   extra or swapped letter per word of five letters or more (never the first), only a swap or an
 *   extra letter in words of three or four, and nothing in shorter ones: "ai" with one error
 *   allowed would match most of the dataset. Close matches only add organizations the exact pass
 *   did not find.
 * The index (normalized names, one entry per name or alias) is built once per organizations list;
 * a keystroke is one substring scan and one uFuzzy filter over it.
 *
 * uFuzzy is loaded on the first search, not with the page (loadCloseMatches). A search is given the
 * matcher loaded so far (currentCloseMatcher, null until it is there, then only exact matches are
 * found); views subscribe (subscribeCloseMatches) and search again when it arrives.
 */
import type uFuzzy from '@leeoniya/ufuzzy'
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

/** True when every word of the query appears in the haystack (in any order). */
export function matchesQuery(haystack: string, normalizedQuery: string): boolean {
  if (normalizedQuery === '') return true
  if (!normalizedQuery.includes(' ')) return haystack.includes(normalizedQuery)
  return normalizedQuery.split(' ').every((word) => haystack.includes(word))
}

export const NO_MATCH = 0
export const EXACT_MATCH = 1
export const CLOSE_MATCH = 2
export type SearchMatch = typeof NO_MATCH | typeof EXACT_MATCH | typeof CLOSE_MATCH

/** The result of one search over one organizations list. */
export interface OrganizationSearch {
  /** The query, normalized; '' matches everyone exactly. */
  readonly query: string
  /** How the organization at this position of the list (its `index`) matches. */
  matchOf(index: number): SearchMatch
  /** How many organizations match only closely. */
  readonly closeCount: number
}

interface SearchIndex {
  readonly haystacks: readonly string[]
  /** Every name and alias, normalized: what uFuzzy filters. */
  readonly names: string[]
  /** For each entry of `names`, the position of its organization. */
  readonly owners: Int32Array
}

const indexCache = new WeakMap<readonly Organization[], SearchIndex>()

function searchIndex(organizations: readonly Organization[]): SearchIndex {
  let index = indexCache.get(organizations)
  if (!index) {
    const names: string[] = []
    const owners: number[] = []
    const haystacks = organizations.map((organization, position) => {
      const normalized = [organization.name, ...organization.aliases].map(normalizeText)
      for (const name of normalized) {
        names.push(name)
        owners.push(position)
      }
      return normalized.join('\n')
    })
    index = { haystacks, names, owners: Int32Array.from(owners) }
    indexCache.set(organizations, index)
  }
  return index
}

/** One haystack per organization, in list order; built once per organizations list. */
export function buildHaystacks(organizations: readonly Organization[]): readonly string[] {
  return searchIndex(organizations).haystacks
}

// One error of each kind allowed (the library scales this down for short words, see above).
const FUZZY_OPTIONS: uFuzzy.Options = { intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 }

/** What finds close matches: uFuzzy, once loaded. */
export type CloseMatcher = Pick<uFuzzy, 'filter'>

let fuzzy: CloseMatcher | null = null
let loading: Promise<void> | null = null
const readyListeners = new Set<() => void>()

/** The close matcher loaded so far; null until loadCloseMatches has finished. */
export function currentCloseMatcher(): CloseMatcher | null {
  return fuzzy
}

/** Calls `listener` when close matches become available; returns the unsubscribe function. */
export function subscribeCloseMatches(listener: () => void): () => void {
  readyListeners.add(listener)
  return () => readyListeners.delete(listener)
}

/** Loads the close matcher (once); resolves when it is ready, or when it could not load (then searches stay exact). */
export function loadCloseMatches(): Promise<void> {
  loading ??= import('@leeoniya/ufuzzy').then(
    ({ default: UFuzzy }) => {
      fuzzy = new UFuzzy(FUZZY_OPTIONS)
      for (const listener of readyListeners) listener()
    },
    () => {
      // Offline, say: the next search tries again.
      loading = null
    },
  )
  return loading
}

/** Words uFuzzy can look at: Latin letters and digits once accents are gone (other scripts stay exact). */
const CLOSE_QUERY = /^[a-z0-9' ]+$/

function closeMatches(index: SearchIndex, query: string, matcher: CloseMatcher | null): number[] {
  if (!CLOSE_QUERY.test(query)) return []
  if (matcher === null) {
    void loadCloseMatches()
    return []
  }
  return matcher.filter(index.names, query) ?? []
}

const EVERYONE: OrganizationSearch = { query: '', matchOf: () => EXACT_MATCH, closeCount: 0 }

let last: {
  organizations: readonly Organization[]
  query: string
  matcher: CloseMatcher | null
  search: OrganizationSearch
} | null = null

/**
 * Searches the list for `query` (as typed), with close matches when `matcher` is given (pass
 * currentCloseMatcher(); without one, the search starts loading it). The table and the charts ask
 * for the same query one after the other, so the last search is kept and handed out again.
 */
export function searchOrganizations(
  organizations: readonly Organization[],
  query: string,
  matcher: CloseMatcher | null,
): OrganizationSearch {
  const normalized = normalizeText(query)
  if (normalized === '') return EVERYONE
  if (last && last.organizations === organizations && last.query === normalized && last.matcher === matcher)
    return last.search
  const index = searchIndex(organizations)
  const kinds = new Uint8Array(organizations.length)
  for (let position = 0; position < kinds.length; position++) {
    if (matchesQuery(index.haystacks[position] as string, normalized)) kinds[position] = EXACT_MATCH
  }
  let closeCount = 0
  for (const entry of closeMatches(index, normalized, matcher)) {
    const owner = index.owners[entry] as number
    if (kinds[owner] === NO_MATCH) {
      kinds[owner] = CLOSE_MATCH
      closeCount++
    }
  }
  const search: OrganizationSearch = {
    query: normalized,
    matchOf: (position) => (kinds[position] ?? NO_MATCH) as SearchMatch,
    closeCount,
  }
  last = { organizations, query: normalized, matcher, search }
  return search
}
