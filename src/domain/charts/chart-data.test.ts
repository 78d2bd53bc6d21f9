import { beforeAll, describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import {
  OTHER_KEY,
  UNKNOWN_KEY,
  chartCoalitionIds,
  categoryRange,
  chartSourceIds,
  countOnDay,
  countryBreakdown,
  formatShare,
  organizationMatcher,
  sectorBreakdown,
  seriesRange,
  shareOf,
  timelineDomain,
  timelineRows,
  drawnDays,
  timelineSeries,
} from './chart-data'
import { isoToDay } from '../dataset/dates'
import { filterMemberRows, NO_FILTERS } from '../members/filter'
import { currentCloseMatcher, loadCloseMatches, searchOrganizations } from '../members/org-search'
import { buildMemberRows } from '../members/rows'
import type { RawDataset } from '../dataset/schema'
import type { Dataset } from '../dataset/types'
import { validateDataset } from '../dataset/validate-dataset'

function build(mutate?: (doc: RawDataset) => void): Dataset {
  const doc = structuredClone(rawDataset())
  mutate?.(doc)
  const result = validateDataset(doc)
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '))
  return result.dataset
}

const day = (iso: string) => isoToDay(iso) as number
const dataset = build()
const matcher = (query = '', sectors: string[] = []) =>
  organizationMatcher(dataset.organizations, { query, sectors }, null)
const BOTH = ['alliance', 'forum']

describe('the charts and the table count the same organizations for the same search', () => {
  beforeAll(() => loadCloseMatches())
  it.each(['', 'opnai', 'facebok', 'openai', 'red', 'zzz'])('%j', (query) => {
    const closeMatcher = currentCloseMatcher()
    const charted = dataset.organizations
      .filter(organizationMatcher(dataset.organizations, { query, sectors: [] }, closeMatcher))
      .map((organization) => organization.id)
    const rows = filterMemberRows(
      buildMemberRows(dataset, day('2024-06-01')),
      { ...NO_FILTERS, query },
      searchOrganizations(dataset.organizations, query, closeMatcher),
    ).rows
    expect(rows.map((row) => row.id).sort()).toEqual(charted.sort())
  })

  it('a close match counts in a chart', () => {
    const breakdown = sectorBreakdown(
      dataset,
      BOTH,
      day('2024-06-01'),
      organizationMatcher(dataset.organizations, { query: 'opnai', sectors: [] }, currentCloseMatcher()),
      [],
    )
    expect(breakdown.total).toBe(1)
  })
})

describe('organizationMatcher', () => {
  it.each([
    ['', [], ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'mit']],
    ['facebook', [], ['meta']],
    ['RED hat', [], ['red-hat']],
    ['', ['research-academia'], ['cern', 'mit']],
    ['m', ['research-academia'], ['mit']],
    ['nothing like this', [], []],
  ])('search %j in sectors %j keeps %j', (query, sectors, expected) => {
    const match = matcher(query, sectors)
    expect(dataset.organizations.filter(match).map((organization) => organization.id)).toEqual(expected)
  })
})

describe('chartCoalitionIds', () => {
  it.each([
    [[], 30, { ids: ['alliance', 'forum'], truncated: false, chosen: false }],
    [['forum', 'no-such-coalition'], 30, { ids: ['forum'], truncated: false, chosen: true }],
    [['no-such-coalition'], 30, { ids: ['alliance', 'forum'], truncated: false, chosen: false }],
    // On 1 June 2024 the Alliance has 4 members and the Forum 3: the largest one is kept.
    [[], 1, { ids: ['alliance'], truncated: true, chosen: false }],
  ])('selection %j, at most %i', (selected, max, expected) => {
    expect(chartCoalitionIds(dataset, selected, day('2024-06-01'), max)).toEqual(expected)
  })
})

describe('sectorBreakdown', () => {
  const counts = (query: string, sectors: string[], iso: string, max?: number) => {
    const result = sectorBreakdown(dataset, BOTH, day(iso), matcher(query, []), sectors, max)
    return {
      categories: result.categories.map((category) => `${category.key}=${category.total}`),
      series: result.series.map(
        (series) => `${series.coalitionId}:${series.total}/${series.base} ${JSON.stringify(series.counts)}`,
      ),
      total: result.total,
    }
  }

  it.each([
    // Ties (3 and 3) keep the dataset's sector order: model developer is listed before enterprise software.
    [
      '',
      [],
      '2024-06-01',
      undefined,
      {
        categories: ['model-developer=3', 'enterprise-software=3', 'research-academia=1'],
        series: [
          'alliance:4/4 {"enterprise-software":2,"model-developer":1,"research-academia":1}',
          'forum:3/3 {"model-developer":2,"enterprise-software":1}',
        ],
        total: 7,
      },
    ],
    // Meta left the Forum on 1 September 2024 (the first day it no longer counts).
    [
      '',
      [],
      '2024-09-01',
      undefined,
      {
        categories: ['enterprise-software=3', 'model-developer=2', 'research-academia=1'],
        series: [
          'alliance:4/4 {"enterprise-software":2,"model-developer":1,"research-academia":1}',
          'forum:2/2 {"model-developer":1,"enterprise-software":1}',
        ],
        total: 6,
      },
    ],
    // The sector filter narrows what is drawn; shares stay shares of every member found by the search.
    [
      '',
      ['research-academia'],
      '2024-06-01',
      undefined,
      {
        categories: ['research-academia=1'],
        series: ['alliance:1/4 {"research-academia":1}', 'forum:0/3 {}'],
        total: 1,
      },
    ],
    [
      'facebook',
      [],
      '2024-06-01',
      undefined,
      {
        categories: ['model-developer=2'],
        series: ['alliance:1/1 {"model-developer":1}', 'forum:1/1 {"model-developer":1}'],
        total: 2,
      },
    ],
    // Before the Alliance was founded only the Forum has members.
    [
      '',
      [],
      '2023-08-01',
      undefined,
      {
        categories: ['model-developer=1', 'enterprise-software=1'],
        series: ['forum:2/2 {"model-developer":1,"enterprise-software":1}', 'alliance:0/0 {}'],
        total: 2,
      },
    ],
    // At most two categories: the largest one, then "Other" for the rest.
    [
      '',
      [],
      '2024-06-01',
      2,
      {
        categories: ['model-developer=3', `${OTHER_KEY}=4`],
        series: [
          `alliance:4/4 {"${OTHER_KEY}":3,"model-developer":1}`,
          `forum:3/3 {"model-developer":2,"${OTHER_KEY}":1}`,
        ],
        total: 7,
      },
    ],
  ])('search %j, sectors %j, on %s, at most %s categories', (query, sectors, iso, max, expected) => {
    expect(counts(query, sectors, iso, max)).toEqual(expected)
  })

  it.each([
    // CERN joined the Alliance in February 2024 and Meta the Forum in May 2024: possible from the
    // month's first day, certain from its last.
    [
      '2024-02-15',
      [
        'alliance: enterprise-software 2…2, model-developer 1…1, research-academia 0…1; all 3…4',
        'forum: enterprise-software 1…1, model-developer 1…1; all 2…2',
      ],
    ],
    [
      '2024-02-29',
      [
        'alliance: enterprise-software 2…2, model-developer 1…1, research-academia 1…1; all 4…4',
        'forum: enterprise-software 1…1, model-developer 1…1; all 2…2',
      ],
    ],
    [
      '2024-05-01',
      [
        'alliance: model-developer 1…1, enterprise-software 2…2, research-academia 1…1; all 4…4',
        'forum: model-developer 1…2, enterprise-software 1…1; all 2…3',
      ],
    ],
  ])('tells certain from possible members on %s', (iso, expected) => {
    const result = sectorBreakdown(dataset, BOTH, day(iso), matcher(), [])
    const text = (range: { certain: number; possible: number }) => `${range.certain}…${range.possible}`
    expect(
      result.series.map((series) => {
        const parts = result.categories
          .filter((category) => (series.counts[category.key] ?? 0) > 0)
          .map((category) => `${category.key} ${text(categoryRange(series, category.key))}`)
        return `${series.coalitionId}: ${parts.join(', ')}; all ${text(seriesRange(series))}`
      }),
    ).toEqual(expected)
    const uncertain = result.series.reduce((sum, series) => sum + series.uncertainTotal, 0)
    expect(result.uncertainTotal).toBe(uncertain)
    expect(result.categories.reduce((sum, category) => sum + category.uncertain, 0)).toBe(uncertain)
  })

  // The Forum was founded on 26 July 2023 and the Alliance on 5 December 2023.
  it.each<[string, string, Record<string, string | undefined>]>([
    ['before either', '2023-07-25', { alliance: '2023-12-05', forum: '2023-07-26' }],
    ['on the Forum’s founding day', '2023-07-26', { alliance: '2023-12-05', forum: undefined }],
    ['after both', '2024-06-01', { alliance: undefined, forum: undefined }],
  ])('says which coalitions were not founded yet: %s (%s)', (_case, iso, expected) => {
    const result = sectorBreakdown(dataset, BOTH, day(iso), matcher(), [])
    expect(
      Object.fromEntries(result.series.map((series) => [series.coalitionId, series.notFoundedUntil?.text])),
    ).toEqual(expected)
  })

  it('names the categories grouped as Other and gives them no colour of their own', () => {
    const other = sectorBreakdown(dataset, BOTH, day('2024-06-01'), matcher(), [], 2).categories.at(-1)
    expect(other).toEqual({
      key: OTHER_KEY,
      label: 'Other',
      colorIndex: -1,
      total: 4,
      uncertain: 0,
      grouped: ['enterprise-software', 'research-academia'],
    })
  })

  it('keeps each sector on its dataset index for colour, whatever its rank', () => {
    const categories = sectorBreakdown(dataset, BOTH, day('2024-06-01'), matcher(), []).categories
    expect(categories.map((category) => [category.label, category.colorIndex])).toEqual([
      ['Model developer', 0],
      ['Enterprise software', 2],
      ['Research & academia', 1],
    ])
  })
})

describe('countryBreakdown', () => {
  const withMit = build((doc) => {
    doc.memberships.push({
      organization: 'mit',
      coalition: 'alliance',
      role: 'member',
      joined: '2024-03-01',
      sources: ['expansion'],
    })
  })
  const names: Record<string, string> = { US: 'United States', CH: 'Switzerland' }
  const label = (code: string) => names[code] ?? code

  it.each([
    [
      '2024-06-01',
      12,
      ['US=6', 'CH=1', `${UNKNOWN_KEY}=1`],
      ['alliance:5 {"US":3,"CH":1,"__unknown":1}', 'forum:3 {"US":3}'],
    ],
    ['2024-02-15', 12, ['US=5', 'CH=1'], ['alliance:4 {"US":3,"CH":1}', 'forum:2 {"US":2}']],
  ])('on %s with at most %i categories', (iso, max, categories, series) => {
    const result = countryBreakdown(
      withMit,
      BOTH,
      day(iso),
      organizationMatcher(withMit.organizations, { query: '', sectors: [] }, null),
      [],
      label,
      max,
    )
    expect(result.categories.map((category) => `${category.key}=${category.total}`)).toEqual(categories)
    expect(result.series.map((item) => `${item.coalitionId}:${item.total} ${JSON.stringify(item.counts)}`)).toEqual(
      series,
    )
  })

  it('folds the smaller countries into Other when there are too many, but never Unknown', () => {
    const withGb = build((doc) => {
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
    const result = countryBreakdown(withGb, BOTH, day('2024-06-01'), () => true, [], label, 3)
    expect(result.categories.map((category) => `${category.key}=${category.total}`)).toEqual([
      'US=5',
      `${UNKNOWN_KEY}=1`,
      `${OTHER_KEY}=2`,
    ])
    expect(result.categories.at(-1)?.grouped).toEqual(['CH', 'GB'])
    expect(result.series.map((item) => JSON.stringify(item.counts))).toEqual([
      '{"US":3,"__other":1,"__unknown":1}',
      '{"__other":1,"US":2}',
    ])
  })

  it('labels countries by name and organizations without a country as Unknown', () => {
    const result = countryBreakdown(withMit, ['alliance'], day('2024-06-01'), () => true, [], label)
    expect(result.categories.map((category) => category.label)).toEqual(['United States', 'Switzerland', 'Unknown'])
  })
})

describe('shares', () => {
  it.each([
    [1, 4, 0.25, '25.0%'],
    [2, 3, 2 / 3, '66.7%'],
    [0, 0, 0, '0.0%'],
    [3, 3, 1, '100.0%'],
  ])('%i of %i', (count, base, share, text) => {
    expect(shareOf(count, base)).toBeCloseTo(share)
    expect(formatShare(shareOf(count, base))).toBe(text)
  })
})

describe('timelineSeries', () => {
  it('steps at every window edge: possible from the earliest start, certain from the latest', () => {
    const [forum] = timelineSeries(dataset, ['forum'], matcher())
    expect(forum?.points).toEqual([
      // IBM has no join date and counts from the Forum's founding, the day OpenAI joined.
      { day: day('2023-07-26'), certain: 2, possible: 2, joins: 2, departures: 0 },
      // Meta joined in May 2024: possible from the 1st, certain from the 31st.
      { day: day('2024-05-01'), certain: 2, possible: 3, joins: 1, departures: 0 },
      { day: day('2024-05-31'), certain: 3, possible: 3, joins: 0, departures: 0 },
      { day: day('2024-09-01'), certain: 2, possible: 2, joins: 0, departures: 1 },
    ])
    expect(forum?.uncertain).toBe(true)
    expect(forum?.initial).toEqual({ certain: 0, possible: 0 })
  })

  it.each([
    [
      '',
      [],
      'alliance',
      [
        [day('2023-12-05'), 3, 3],
        [day('2024-02-01'), 3, 4],
        [day('2024-02-29'), 4, 4],
      ],
    ],
    [
      'meta',
      [],
      'forum',
      [
        [day('2024-05-01'), 0, 1],
        [day('2024-05-31'), 1, 1],
        [day('2024-09-01'), 0, 0],
      ],
    ],
    [
      '',
      ['research-academia'],
      'alliance',
      [
        [day('2024-02-01'), 0, 1],
        [day('2024-02-29'), 1, 1],
      ],
    ],
    ['nobody', [], 'alliance', []],
  ])('search %j, sectors %j: %s', (query, sectors, coalitionId, expected) => {
    const [series] = timelineSeries(dataset, [coalitionId], matcher(query, sectors))
    expect(series?.points.map((point) => [point.day, point.certain, point.possible])).toEqual(expected)
  })

  it('counts memberships with no date at all from the beginning', () => {
    const undated = build((doc) => {
      doc.coalitions.push({ id: 'club', name: 'Club' })
      doc.memberships.push(
        { organization: 'cern', coalition: 'club', role: 'member', sources: ['expansion'] },
        {
          organization: 'mit',
          coalition: 'club',
          role: 'member',
          joined: '2020',
          left: '2022-06',
          sources: ['expansion'],
        },
      )
    })
    const [club] = timelineSeries(undated, ['club'], () => true)
    expect(club?.initial).toEqual({ certain: 1, possible: 1 })
    // MIT joined in 2020 (certain from 31 December) and left in June 2022 (certainly gone from 30 June).
    expect(club?.points.map((point) => [point.day, point.certain, point.possible])).toEqual([
      [day('2020-01-01'), 1, 2],
      [day('2020-12-31'), 2, 2],
      [day('2022-06-01'), 1, 2],
      [day('2022-06-30'), 1, 1],
    ])
  })

  it('never makes a membership known only as "joined after" certain', () => {
    const later = build((doc) => {
      doc.coalitions.push({ id: 'pledge', name: 'Pledge', founded: '2024-05-21' })
      doc.memberships.push({
        organization: 'cern',
        coalition: 'pledge',
        role: 'signatory',
        joinedAfter: '2024-05-21',
        sources: ['expansion'],
      })
      doc.version = 2
    })
    const [pledge] = timelineSeries(later, ['pledge'], () => true)
    expect(pledge?.points.map((point) => [point.day, point.certain, point.possible])).toEqual([
      [day('2024-05-22'), 0, 1],
    ])
  })
})

describe('countOnDay', () => {
  const [forum] = timelineSeries(dataset, ['forum'], matcher())
  it.each([
    ['2023-01-01', 0, 0],
    ['2023-07-26', 2, 2],
    ['2024-04-30', 2, 2],
    ['2024-05-01', 2, 3],
    ['2024-05-31', 3, 3],
    ['2024-08-31', 3, 3],
    ['2024-09-01', 2, 2],
  ])('on %s the Forum has %i certain, %i possible', (iso, certain, possible) => {
    expect(countOnDay(forum!, day(iso))).toEqual({ certain, possible })
  })
})

describe('timelineDomain and timelineRows', () => {
  const series = timelineSeries(dataset, BOTH, matcher())

  it('spans the changes and the as-of day, with a margin', () => {
    expect(timelineDomain(series, day('2026-01-01'))).toEqual({
      start: day('2023-07-26') - 30,
      end: day('2026-01-01') + 30,
    })
    expect(timelineDomain(timelineSeries(dataset, BOTH, matcher('nobody')), day('2026-01-01'))).toBeNull()
  })

  it('has one row per change and the two ends, with every coalition counted', () => {
    const rows = timelineRows(series, { start: day('2023-07-01'), end: day('2024-12-31') })
    const plain = (record: Readonly<Record<string, number>>) => ({ ...record })
    expect(rows.map((row) => [row.day, plain(row.certain), plain(row.counts), row.changed])).toEqual([
      [day('2023-07-01'), { alliance: 0, forum: 0 }, { alliance: 0, forum: 0 }, []],
      [day('2023-07-26'), { alliance: 0, forum: 2 }, { alliance: 0, forum: 2 }, ['forum']],
      [day('2023-12-05'), { alliance: 3, forum: 2 }, { alliance: 3, forum: 2 }, ['alliance']],
      [day('2024-02-01'), { alliance: 3, forum: 2 }, { alliance: 4, forum: 2 }, ['alliance']],
      [day('2024-02-29'), { alliance: 4, forum: 2 }, { alliance: 4, forum: 2 }, ['alliance']],
      [day('2024-05-01'), { alliance: 4, forum: 2 }, { alliance: 4, forum: 3 }, ['forum']],
      [day('2024-05-31'), { alliance: 4, forum: 3 }, { alliance: 4, forum: 3 }, ['forum']],
      [day('2024-09-01'), { alliance: 4, forum: 2 }, { alliance: 4, forum: 2 }, ['forum']],
      [day('2024-12-31'), { alliance: 4, forum: 2 }, { alliance: 4, forum: 2 }, []],
    ])
  })
})

describe('drawnDays', () => {
  it.each<[string, number[], number, number[]]>([
    ['keeps every day up to the limit', [0, 1, 2, 3], 4, [0, 1, 2, 3]],
    // Two parts of 5 days (0–4, 5–9): the first and last day of each.
    ['keeps the first and last day of each part past it', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4, [0, 4, 5, 9]],
    ['keeps a lone day in a part, and skips empty parts', [0, 1, 2, 50, 97, 98, 99], 6, [0, 2, 50, 97, 99]],
    ['keeps both ends', [10, 11, 12, 13, 14, 15, 16, 17, 18, 1000], 4, [10, 18, 1000]],
  ])('%s', (_case, days, max, kept) => {
    expect(drawnDays(days, max)).toEqual(kept)
  })

  it('keeps at most about the limit however many days there are', () => {
    const days = Array.from({ length: 20_000 }, (_, index) => index * 3)
    const drawn = drawnDays(days, 600)
    expect(drawn.length).toBeLessThanOrEqual(600)
    expect([drawn[0], drawn.at(-1)]).toEqual([0, days.at(-1)])
  })

  it('gives timelineRows, past its limit, the rows of every change on the days it keeps', () => {
    const series = timelineSeries(dataset, BOTH, matcher())
    const domain = { start: day('2023-07-01'), end: day('2024-12-31') }
    const all = timelineRows(series, domain)
    const kept = timelineRows(series, domain, 4)
    expect(kept.map((row) => row.day)).toEqual(
      drawnDays(
        all.map((row) => row.day),
        4,
      ),
    )
    expect(kept).toEqual(all.filter((row) => kept.some((k) => k.day === row.day)))
  })
})

describe('chartSourceIds', () => {
  it.each([
    [['alliance'], '', [], ['launch', 'expansion']],
    [['forum'], '', [], ['expansion']],
    [['alliance'], 'cern', [], ['expansion']],
    [['alliance'], '', ['model-developer'], ['launch']],
    [['alliance'], 'nobody', [], []],
  ])('%j, search %j, sectors %j', (coalitionIds, query, sectors, expected) => {
    expect(chartSourceIds(dataset, coalitionIds, matcher(query), sectors)).toEqual(expected)
  })
})
