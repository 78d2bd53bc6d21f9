import { describe, expect, it } from 'vitest'
import type { Organization } from '../dataset/types'
import { CLOSE_MATCH, EXACT_MATCH, matchesQuery, normalizeText, organizationHaystack, searchOrganizations } from './org-search'

const org = (name: string, aliases: string[] = []): Organization => ({ id: 'x', name, aliases, sectorId: 's', sourceIds: [], index: 0 })

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
    const search = searchOrganizations(organizations, query)
    const by = (kind: number) => organizations.filter((organization) => search.matchOf(organization.index) === kind).map((organization) => organization.name)
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
