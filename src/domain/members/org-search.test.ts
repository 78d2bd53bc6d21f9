import { describe, expect, it } from 'vitest'
import type { Organization } from '../dataset/types'
import { matchesQuery, normalizeText, organizationHaystack } from './org-search'

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
