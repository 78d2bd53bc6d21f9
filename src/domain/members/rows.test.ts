import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { buildMemberRows, datasetCountries, datasetRoles } from './rows'

describe('buildMemberRows', () => {
  const data = buildDataset()

  it('has one row per organization, absentees included, in dataset order', () => {
    expect(buildMemberRows(data, day('2024-06-01')).map((row) => row.id)).toEqual([
      'ibm',
      'meta',
      'red-hat',
      'cern',
      'openai',
      'mit',
    ])
  })

  // The fixture: CERN joins the Alliance in 2024-02; Meta is in the Forum from 2024-05 until 2024-09-01;
  // IBM's Forum membership has no join date, so it counts from the Forum's founding (2023-07-26).
  it.each([
    ['2023-07-01', { ibm: [], meta: [], cern: [], openai: [] }],
    ['2023-07-26', { ibm: ['forum'], meta: [], cern: [], openai: ['forum'] }],
    ['2024-01-31', { ibm: ['alliance', 'forum'], meta: ['alliance'], cern: [], openai: ['forum'] }],
    ['2024-02-01', { ibm: ['alliance', 'forum'], meta: ['alliance'], cern: ['alliance'], openai: ['forum'] }],
    ['2024-06-01', { ibm: ['alliance', 'forum'], meta: ['alliance', 'forum'], cern: ['alliance'], openai: ['forum'] }],
    ['2024-09-01', { ibm: ['alliance', 'forum'], meta: ['alliance'], cern: ['alliance'], openai: ['forum'] }],
  ])('on %s counts only the memberships active that day', (iso, expected) => {
    const rows = buildMemberRows(data, day(iso))
    for (const [id, coalitions] of Object.entries(expected)) {
      const row = rows.find((r) => r.id === id)
      expect([...(row?.cells.keys() ?? [])].sort(), id).toEqual(coalitions)
      expect(row?.coalitionCount, id).toBe(coalitions.length)
    }
  })

  it.each([
    ['ibm', '2023-12-05'],
    ['meta', '2023-12-05'],
    ['cern', '2024-02'],
    ['openai', '2023-07-26'],
    ['mit', undefined],
  ])("takes the earliest known join date among the day's memberships for %s", (id, expected) => {
    const row = buildMemberRows(data, day('2024-06-01')).find((r) => r.id === id)
    expect(row?.firstStart?.membership.joined?.text).toBe(expected)
  })

  it('keeps role, join date and precision of each cell', () => {
    const meta = buildMemberRows(data, day('2024-06-01')).find((r) => r.id === 'meta')
    expect(meta?.cells.get('alliance')).toMatchObject({
      role: 'founder',
      certain: true,
      since: day('2023-12-05'),
      membership: { joined: { text: '2023-12-05' } },
    })
    expect(meta?.cells.get('forum')).toMatchObject({
      role: 'member',
      certain: true,
      since: day('2024-05-01'),
      membership: { joined: { text: '2024-05', precision: 'month' } },
    })
    // In May 2024 itself the month-only join is possible, not certain.
    const inMay = buildMemberRows(data, day('2024-05-15')).find((r) => r.id === 'meta')
    expect(inMay?.cells.get('forum')).toMatchObject({ certain: false })
    expect(inMay?.uncertainCount).toBe(1)
  })

  it('shows country and sector by name', () => {
    const rows = buildMemberRows(data, day('2024-06-01'))
    expect(rows.find((r) => r.id === 'cern')).toMatchObject({
      countryName: 'Switzerland',
      sectorLabel: 'Research & academia',
    })
    expect(rows.find((r) => r.id === 'mit')?.countryName).toBeUndefined()
  })
})

describe('filter options', () => {
  it('lists roles most used first, ties alphabetical', () => {
    expect(datasetRoles(buildDataset())).toEqual(['founder', 'member', 'founding member'])
  })

  it('lists countries by name', () => {
    expect(
      datasetCountries(
        buildDataset((doc) => {
          doc.organizations[5]!.country = 'DE'
        }),
      ),
    ).toEqual([
      { code: 'DE', name: 'Germany' },
      { code: 'CH', name: 'Switzerland' },
      { code: 'US', name: 'United States' },
    ])
  })
})
