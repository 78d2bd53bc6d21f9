import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import type { Dataset } from '../dataset/types'
import {
  categoryRange,
  sectorBreakdown,
  timelineDomain,
  timelineRows,
  timelineSeries,
  countryBreakdown,
} from './chart-data'
import { breakdownCsv, timelineCsv } from './chart-csv'

const everyone = () => true

/**
 * The fixture with the model developers' sector called `constructor` and the Forum's id
 * `constructor` (both valid ids), and the enterprise-software sector renamed `__proto__` after
 * validation (ids may not hold underscores, but a counter must not care): keys an ordinary object
 * would mistake for its prototype's.
 */
function prototypeKeyed(): Dataset {
  const dataset = buildDataset((doc) => {
    for (const sector of doc.sectors) if (sector.id === 'model-developer') sector.id = 'constructor'
    for (const organization of doc.organizations)
      if (organization.sector === 'model-developer') organization.sector = 'constructor'
    for (const coalition of doc.coalitions) if (coalition.id === 'forum') coalition.id = 'constructor'
    for (const membership of doc.memberships) if (membership.coalition === 'forum') membership.coalition = 'constructor'
  })
  const rename = (id: string) => (id === 'enterprise-software' ? '__proto__' : id)
  const sectors = dataset.sectors.map((sector) => ({ ...sector, id: rename(sector.id) }))
  const organizations = dataset.organizations.map((organization) => ({
    ...organization,
    sectorId: rename(organization.sectorId),
  }))
  return {
    ...dataset,
    sectors,
    organizations,
    sectorById: new Map(sectors.map((sector) => [sector.id, sector])),
    organizationById: new Map(organizations.map((organization) => [organization.id, organization])),
  }
}

describe('breakdownCsv', () => {
  it('gives every coalition and category its certain and possible members and both shares of the possible members', () => {
    // On 1 May 2024 Meta may or may not have joined the Forum yet (it joined in May 2024).
    const breakdown = sectorBreakdown(buildDataset(), ['forum'], day('2024-05-01'), everyone, [])
    const csv = breakdownCsv(breakdown, '2024-05-01', 'sector_id', 'sector')
    expect(csv.header).toEqual([
      'as_of',
      'coalition_id',
      'coalition',
      'sector_id',
      'sector',
      'certain',
      'possible',
      'certain_share',
      'possible_share',
      'coalition_possible_members',
      'not_founded_until',
    ])
    expect(csv.rows).toEqual([
      ['2024-05-01', 'forum', 'Forum', 'model-developer', 'Model developer', 1, 2, 0.3333, 0.6667, 3, ''],
      ['2024-05-01', 'forum', 'Forum', 'enterprise-software', 'Enterprise software', 1, 1, 0.3333, 0.3333, 3, ''],
    ])
  })

  it('names Other and Unknown as such and lists zeros, so every coalition has every category', () => {
    const dataset = buildDataset((doc) => {
      doc.memberships.push({
        organization: 'mit',
        coalition: 'alliance',
        role: 'member',
        joined: '2024-03-01',
        sources: ['expansion'],
      })
      const openai = doc.organizations.find((organization) => organization.id === 'openai')
      if (openai) openai.country = 'GB'
    })
    // At most three categories: the United States, Unknown, and Other for Switzerland and Britain.
    const breakdown = countryBreakdown(
      dataset,
      ['alliance', 'forum'],
      day('2024-06-01'),
      everyone,
      [],
      (code) => code,
      3,
    )
    const rows = breakdownCsv(breakdown, '2024-06-01', 'country_code', 'country').rows.map((row) => row.slice(1, 7))
    expect(rows).toEqual([
      ['alliance', 'Alliance', 'US', 'US', 3, 3],
      ['alliance', 'Alliance', 'unknown', 'Unknown', 1, 1],
      ['alliance', 'Alliance', 'other', 'Other', 1, 1],
      ['forum', 'Forum', 'US', 'US', 2, 2],
      ['forum', 'Forum', 'unknown', 'Unknown', 0, 0],
      ['forum', 'Forum', 'other', 'Other', 1, 1],
    ])
  })

  it('leaves a coalition not founded by the day without counts, and says when it was founded', () => {
    // On 1 September 2023 the Forum (founded 26 July 2023) has members; the Alliance is founded on 5 December.
    const breakdown = sectorBreakdown(buildDataset(), ['alliance', 'forum'], day('2023-09-01'), everyone, [])
    const rows = breakdownCsv(breakdown, '2023-09-01', 'sector_id', 'sector').rows
    const alliance = rows.filter((row) => row[1] === 'alliance')
    expect(alliance.length).toBe(breakdown.categories.length)
    expect(alliance.map((row) => row.slice(5))).toEqual(alliance.map(() => ['', '', '', '', '', '2023-12-05']))
    // A founded coalition keeps its counts, zeros included, and nothing in the last column.
    const forum = rows.filter((row) => row[1] === 'forum')
    expect(forum.length).toBe(breakdown.categories.length)
    expect(forum.map((row) => [typeof row[5], typeof row[6], row[10]])).toEqual(
      forum.map(() => ['number', 'number', '']),
    )
    expect(forum.reduce((sum, row) => sum + Number(row[6]), 0)).toBeGreaterThan(0)
  })
})

describe('timelineCsv', () => {
  it('has one row per change with its ISO day, certain and possible members, joins and departures', () => {
    const csv = timelineCsv(timelineSeries(buildDataset(), ['forum'], everyone))
    expect(csv.header).toEqual(['coalition_id', 'coalition', 'date', 'certain', 'possible', 'joins', 'departures'])
    expect(csv.rows).toEqual([
      ['forum', 'Forum', '2023-07-26', 2, 2, 2, 0],
      ['forum', 'Forum', '2024-05-01', 2, 3, 1, 0],
      ['forum', 'Forum', '2024-05-31', 3, 3, 0, 0],
      ['forum', 'Forum', '2024-09-01', 2, 2, 0, 1],
    ])
  })
})

describe('ids an ordinary object would confuse with its prototype', () => {
  const dataset = prototypeKeyed()

  it.each([
    // Three in each sector: the tie keeps the dataset's sector order, `constructor` first.
    [
      [],
      [
        'alliance: constructor 1…1, __proto__ 2…2, research-academia 1…1',
        'constructor: constructor 1…2, __proto__ 1…1',
      ],
    ],
    [['__proto__'], ['alliance: __proto__ 2…2', 'constructor: __proto__ 1…1']],
    // Two possible members of the coalition called constructor against one of the Alliance: the larger bar first.
    [['constructor'], ['constructor: constructor 1…2', 'alliance: constructor 1…1']],
  ])('count by sector (filter %j) on 1 May 2024', (sectors, expected) => {
    const breakdown = sectorBreakdown(dataset, ['alliance', 'constructor'], day('2024-05-01'), everyone, sectors)
    expect(
      breakdown.series.map((series) => {
        const parts = breakdown.categories
          .filter((category) => (series.counts[category.key] ?? 0) > 0)
          .map((category) => {
            const range = categoryRange(series, category.key)
            return `${category.key} ${range.certain}…${range.possible}`
          })
        return `${series.coalitionId}: ${parts.join(', ')}`
      }),
    ).toEqual(expected)
    for (const series of breakdown.series) {
      expect(Object.getPrototypeOf(series.counts)).toBeNull()
      expect(Object.getPrototypeOf(series.uncertain)).toBeNull()
    }
  })

  it('reach the CSV as ordinary rows', () => {
    const breakdown = sectorBreakdown(dataset, ['constructor'], day('2024-05-01'), everyone, [])
    expect(breakdownCsv(breakdown, '2024-05-01', 'sector_id', 'sector').rows.map((row) => row.slice(1, 7))).toEqual([
      ['constructor', 'Forum', 'constructor', 'Model developer', 1, 2],
      ['constructor', 'Forum', '__proto__', 'Enterprise software', 1, 1],
    ])
  })

  it('count a coalition called constructor on the timeline', () => {
    const series = timelineSeries(dataset, ['alliance', 'constructor'], everyone)
    const domain = timelineDomain(series, day('2024-06-01'))
    if (!domain) throw new Error('no domain')
    const may = timelineRows(series, domain).find((row) => row.day === day('2024-05-01'))
    expect(may?.certain.constructor).toBe(2)
    expect(may?.counts.constructor).toBe(3)
    expect(may?.counts.alliance).toBe(4)
    expect(
      timelineCsv(series)
        .rows.filter((row) => row[0] === 'constructor')
        .map((row) => row.slice(2)),
    ).toEqual([
      ['2023-07-26', 2, 2, 2, 0],
      ['2024-05-01', 2, 3, 1, 0],
      ['2024-05-31', 3, 3, 0, 0],
      ['2024-09-01', 2, 2, 0, 1],
    ])
  })
})
