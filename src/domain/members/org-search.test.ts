import { beforeAll, describe, expect, it } from 'vitest'
import type { Organization } from '../dataset/types'
import {
  CLOSE_MATCH,
  currentCloseMatcher,
  EXACT_MATCH,
  loadCloseMatches,
  matchesQuery,
  normalizeText,
  organizationHaystack,
  searchOrganizations,
  subscribeCloseMatches,
} from './org-search'

const org = (name: string, aliases: string[] = []): Organization => ({
  id: 'x',
  name,
  aliases,
  sectorId: 's',
  sourceIds: [],
  index: 0,
})

// First in the file: the close matcher is loaded on the first search, not before.
describe('loading the close matcher', () => {
  it('finds exact matches at once, and close ones once it has loaded, telling subscribers', async () => {
    const list = [org('Nvidia'), org('Nvidea Labs')].map((organization, index) => ({
      ...organization,
      id: `o${index}`,
      index,
    }))
    expect(currentCloseMatcher()).toBeNull()
    let told = 0
    const unsubscribe = subscribeCloseMatches(() => told++)
    // Without a matcher the search finds exact matches, and starts loading one.
    const before = searchOrganizations(list, 'nvidia', currentCloseMatcher())
    expect([before.matchOf(0), before.matchOf(1), before.closeCount]).toEqual([EXACT_MATCH, 0, 0])
    await loadCloseMatches()
    unsubscribe()
    expect(told).toBe(1)
    const after = searchOrganizations(list, 'nvidia', currentCloseMatcher())
    expect([after.matchOf(0), after.matchOf(1), after.closeCount]).toEqual([EXACT_MATCH, CLOSE_MATCH, 1])
  })
})

describe('normalizeText', () => {
  it.each([
    ['École Polytechnique', 'ecole polytechnique'],
    ['  Meta   Platforms ', 'meta platforms'],
    ['ETH Zürich', 'eth zurich'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })
})

describe('matchesQuery', () => {
  const meta = organizationHaystack(org('Meta', ['Facebook']))
  const epfl = organizationHaystack(org('EPFL', ['Ecole Polytechnique Federale de Lausanne']))
  it.each([
    [meta, 'facebook', true],
    [meta, 'FACEBOOK', false], // callers normalize the query once; the haystack is already normalized
    [meta, 'meta', true],
    [meta, 'google', false],
    [epfl, 'lausanne polytechnique', true],
    [epfl, 'lausanne oxford', false],
    [meta, '', true],
    [meta, 'afac', false], // no match across the end of one name and the start of the next
  ])('%j contains %j: %s', (haystack, query, expected) => {
    expect(matchesQuery(haystack, query)).toBe(expected)
  })

  it('finds accented names from plain queries', () => {
    expect(matchesQuery(organizationHaystack(org('École Normale')), normalizeText('ecole'))).toBe(true)
  })
})

describe('searchOrganizations', () => {
  beforeAll(() => loadCloseMatches())

  const organizations: Organization[] = [
    org('Nvidia'),
    org('Anthropic'),
    org('Meta', ['Facebook']),
    org('Google', ['Google DeepMind', 'DeepMind']),
    org('IBM'),
    org('Hugging Face'),
    org('Mistral AI'),
    org('Stability AI'),
    org('École Polytechnique'),
  ].map((organization, index) => ({ ...organization, id: `o${index}`, index }))
  const found = (query: string) => {
    const search = searchOrganizations(organizations, query, currentCloseMatcher())
    const by = (kind: number) =>
      organizations
        .filter((organization) => search.matchOf(organization.index) === kind)
        .map((organization) => organization.name)
    return { exact: by(EXACT_MATCH), close: by(CLOSE_MATCH), closeCount: search.closeCount }
  }

  it.each<[string, string[], string[]]>([
    ['Nvidea', [], ['Nvidia']],
    ['antropic', [], ['Anthropic']],
    ['ANTHROPIC', ['Anthropic'], []],
    ['facebok', [], ['Meta']],
    ['deepmind', ['Google'], []],
    ['deep mnd', [], []], // a three-letter word may only have two letters swapped
    ['huging face', [], ['Hugging Face']],
    ['hugging fase', [], []], // a four-letter word may only have two letters swapped or one extra
    ['face hugging', ['Hugging Face'], []], // exact words match in any order
    ['ecole', ['École Polytechnique'], []],
    ['ai', ['Mistral AI', 'Stability AI'], []], // two letters: exact only, no flood of near misses
    ['ibn', [], []], // three letters: exact only
    ['xyzzy', [], []],
    ['nvidia', ['Nvidia'], []],
    ['mistral', ['Mistral AI'], []],
    ['mistrel ai', [], ['Mistral AI']],
    ['mistral ia', [], []], // two letters must be exact
  ])('%j → exact %j, close %j', (query, exact, close) => {
    const result = found(query)
    expect(result.exact).toEqual(exact)
    expect(result.close).toEqual(close)
    expect(result.closeCount).toBe(close.length)
  })

  it('matches everyone exactly for an empty query', () => {
    expect(found('  ').exact).toHaveLength(organizations.length)
  })

  it('never lets a close match stand in for an exact one', () => {
    // "stabilty" is one letter short of Stability: close; "stability" is exact, and only that.
    expect(found('stabilty')).toEqual({ exact: [], close: ['Stability AI'], closeCount: 1 })
    expect(found('stability')).toEqual({ exact: ['Stability AI'], close: [], closeCount: 0 })
  })
})
