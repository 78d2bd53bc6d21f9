import { describe, expect, it } from 'vitest'
import { NO_FILTERS, type MemberFilters } from '../members/filter'
import { buildDataset } from '../../test/fixtures'
import { activeFiltersText, organizationFilterText } from './filters'

const dataset = buildDataset()

describe('activeFiltersText', () => {
  it.each<[string, Partial<MemberFilters>, string]>([
    ['no filter', {}, 'No filters: every organization in the dataset.'],
    ['one sector', { sectors: ['research-academia'] }, 'Sector: Research & academia.'],
    [
      'sectors, any of them',
      { sectors: ['research-academia', 'model-developer', 'enterprise-software'] },
      'Sectors: Research & academia, Model developer or Enterprise software.',
    ],
    ['one coalition', { coalitions: ['alliance'] }, 'A member of Alliance.'],
    ['any of two coalitions', { coalitions: ['alliance', 'forum'] }, 'A member of any of Alliance or Forum.'],
    [
      'all of two coalitions',
      { coalitions: ['alliance', 'forum'], match: 'all' },
      'A member of all of Alliance and Forum.',
    ],
    ['all of one coalition says it plainly', { coalitions: ['forum'], match: 'all' }, 'A member of Forum.'],
    ['none of one coalition', { coalitions: ['alliance'], match: 'none' }, 'Not a member of Alliance.'],
    [
      'none of two coalitions',
      { coalitions: ['alliance', 'forum'], match: 'none' },
      'A member of none of Alliance or Forum.',
    ],
    ['countries by name', { countries: ['JP', 'DE'] }, 'Countries: Japan or Germany.'],
    ['one role', { roles: ['founder'] }, 'Role: founder.'],
    ['a search, trimmed', { query: '  meta ' }, 'Search: “meta”.'],
    ['a search of spaces is no search', { query: '   ' }, 'No filters: every organization in the dataset.'],
    ['an id the dataset does not know, as it is', { sectors: ['healthcare'] }, 'Sector: healthcare.'],
    [
      'every filter, in the order of the controls',
      {
        query: 'ibm',
        sectors: ['enterprise-software'],
        coalitions: ['alliance'],
        countries: ['US'],
        roles: ['founder', 'member'],
      },
      'Sector: Enterprise software. A member of Alliance. Country: United States. Roles: founder or member. Search: “ibm”.',
    ],
  ])('%s', (_case, change, expected) => {
    expect(activeFiltersText({ ...NO_FILTERS, ...change }, dataset)).toBe(expected)
  })
})

describe('organizationFilterText', () => {
  it.each<[string[], string, string]>([
    [[], '', 'All sectors, no search.'],
    [[], '  ', 'All sectors, no search.'],
    [['Model developer'], '', 'Sector: Model developer.'],
    [
      ['Model developer', 'Research & academia', 'Cloud'],
      ' meta ',
      'Sectors: Model developer, Research & academia and Cloud. Search: “meta”.',
    ],
    [[], 'Red Hat', 'Search: “Red Hat”.'],
  ])('%j, %j', (sectors, query, expected) => {
    expect(organizationFilterText(sectors, query)).toBe(expected)
  })
})
