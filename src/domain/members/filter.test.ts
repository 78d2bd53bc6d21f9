import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { isoToDay } from '../dataset/dates'
import { filterMemberRows, hasActiveFilters, NO_FILTERS, type MemberFilters } from './filter'
import { buildMemberRows } from './rows'
import { validateDataset } from '../dataset/validate-dataset'

function rowsOn(iso: string) {
  const doc = rawDataset()
  doc.organizations.push({ id: 'epfl', name: 'École polytechnique fédérale de Lausanne', aliases: ['EPFL'], sector: 'research-academia', country: 'CH' })
  const result = validateDataset(doc)
  if (!result.ok) throw new Error('fixture must be valid')
  return buildMemberRows(result.dataset, isoToDay(iso) as number)
}

const ids = (iso: string, filters: Partial<MemberFilters>) => filterMemberRows(rowsOn(iso), { ...NO_FILTERS, ...filters }).map((row) => row.id)

describe('filterMemberRows', () => {
  it.each<[string, Partial<MemberFilters>, string[]]>([
    ['no filter keeps everyone, absentees included', {}, ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'mit', 'epfl']],
    ['one sector', { sectors: ['research-academia'] }, ['cern', 'mit', 'epfl']],
    ['several sectors', { sectors: ['research-academia', 'model-developer'] }, ['meta', 'cern', 'openai', 'mit', 'epfl']],
    ['member of any chosen coalition', { coalitions: ['alliance', 'forum'], match: 'any' }, ['ibm', 'meta', 'red-hat', 'cern', 'openai']],
    ['member of all chosen coalitions', { coalitions: ['alliance', 'forum'], match: 'all' }, ['ibm', 'meta']],
    ['member of none of them: the absentees', { coalitions: ['alliance', 'forum'], match: 'none' }, ['mit', 'epfl']],
    ['not in the Forum', { coalitions: ['forum'], match: 'none' }, ['red-hat', 'cern', 'mit', 'epfl']],
    ['country; unknown countries are left out', { countries: ['US'] }, ['ibm', 'meta', 'red-hat', 'openai']],
    ['several countries', { countries: ['CH', 'US'] }, ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'epfl']],
    ['role in any active membership', { roles: ['member'] }, ['ibm', 'meta', 'cern']],
    ['role within the chosen coalitions', { roles: ['member'], coalitions: ['forum'] }, ['ibm', 'meta']],
    ['role with "none of them" looks at the other memberships', { roles: ['member'], coalitions: ['forum'], match: 'none' }, ['cern']],
    ['filters combine', { sectors: ['enterprise-software'], roles: ['founder'] }, ['ibm']],
    ['search by alias', { query: 'facebook' }, ['meta']],
    ['search ignores case and surrounding space', { query: '  FACEBOOK ' }, ['meta']],
    ['search ignores accents', { query: 'ecole' }, ['epfl']],
    ['search words in any order', { query: 'lausanne polytechnique' }, ['epfl']],
    ['search matches part of a name', { query: 'red' }, ['red-hat']],
    ['search that finds nothing', { query: 'nothing like this' }, []],
  ])('%s', (_case, filters, expected) => {
    expect(ids('2024-06-01', filters)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    ['2024-06-01', ['ibm', 'meta']],
    // Meta left the Forum on 2024-09-01: it no longer counts on that day.
    ['2024-09-01', ['ibm']],
    // CERN joined the Alliance in 2024-02 and is not in it in January.
    ['2024-01-15', ['ibm']],
  ])('honours the as-of day (%s) for "member of all"', (iso, expected) => {
    expect(ids(iso, { coalitions: ['alliance', 'forum'], match: 'all' })).toEqual(expected)
  })

  it('knows when a filter is set', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false)
    expect(hasActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(false)
    expect(hasActiveFilters({ ...NO_FILTERS, roles: ['member'] })).toBe(true)
  })
})
