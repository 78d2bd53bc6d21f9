import { describe, expect, it } from 'vitest'
import { organizationFilterText } from './filters'

describe('organizationFilterText', () => {
  it.each<[string[], string, string]>([
    [[], '', 'All sectors, no search.'],
    [[], '  ', 'All sectors, no search.'],
    [['Model developer'], '', 'Sector: Model developer.'],
    [['Model developer', 'Research & academia', 'Cloud'], ' meta ', 'Sectors: Model developer, Research & academia and Cloud. Search: “meta”.'],
    [[], 'Red Hat', 'Search: “Red Hat”.'],
  ])('%j, %j', (sectors, query, expected) => {
    expect(organizationFilterText(sectors, query)).toBe(expected)
  })
})
