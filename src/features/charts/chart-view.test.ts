import { describe, expect, it } from 'vitest'
import { KEY_COLOR } from '../../components/hatch-colors'
import { sectorBreakdown, timelineSeries } from '../../domain/charts/chart-data'
import { buildDataset, day } from '../../test/fixtures'
import {
  breakdownLegend,
  breakdownRows,
  breakdownTooltip,
  barSegments,
  startedBy,
  timelineLegend,
  timelinePaths,
  timelineTooltip,
} from './chart-view'

const dataset = buildDataset((doc) => {
  const forum = doc.coalitions.find((coalition) => coalition.id === 'forum')
  if (forum) {
    forum.name = 'The Frontier Forum of Model Makers'
    forum.shortName = 'Forum'
  }
})
const everyone = () => true
const colorOf = (category: { key: string }) =>
  ({ 'model-developer': '#0072B2', 'enterprise-software': '#009E73', 'research-academia': '#D55E00' })[category.key] ??
  '#888888'
// On 1 May 2024 Meta may or may not have joined the Forum (it joined in May 2024); the Alliance is certain.
const may = sectorBreakdown(dataset, ['alliance', 'forum'], day('2024-05-01'), everyone, [])
const june = sectorBreakdown(dataset, ['alliance', 'forum'], day('2024-06-01'), everyone, [])

describe('breakdownRows', () => {
  it('splits each category into its certain part and its uncertain part, stacked side by side', () => {
    // Three model developers and three enterprise-software members: the tie keeps the dataset's sector order.
    expect(may.categories.map((category) => category.key)).toEqual([
      'model-developer',
      'enterprise-software',
      'research-academia',
    ])
    expect(breakdownRows(dataset, may, 'count')).toEqual([
      { name: 'Alliance', label: 'Alliance', series: 0, total: 4, c0: 1, u0: 0, c1: 2, u1: 0, c2: 1, u2: 0 },
      // A long name is drawn by its short name.
      {
        name: 'The Frontier Forum of Model Makers',
        label: 'Forum',
        series: 1,
        total: 3,
        c0: 1,
        u0: 1,
        c1: 1,
        u1: 0,
        c2: 0,
        u2: 0,
      },
    ])
  })

  it('as shares, divides both parts by the coalition’s possible members', () => {
    const [, forum] = breakdownRows(dataset, may, 'share')
    expect(forum).toMatchObject({ c0: 1 / 3, u0: 1 / 3, c1: 1 / 3, u1: 0 })
  })
})

describe('barSegments', () => {
  const row = (parts: Record<string, number | undefined>) => ({ name: 'X', label: 'X', series: 0, total: 0, ...parts })
  it.each([
    {
      case: 'parts follow each other in the legend order, certain before possible',
      parts: { c0: 2, u0: 1, c1: 3, u1: 0 },
      count: 2,
      expected: [
        { category: 0, part: 'certain', from: 0, to: 2 },
        { category: 0, part: 'possible', from: 2, to: 3 },
        { category: 1, part: 'certain', from: 3, to: 6 },
      ],
    },
    {
      case: 'an empty category takes no room and draws nothing',
      parts: { c0: 0, u0: 0, c1: 0, u1: 2 },
      count: 2,
      expected: [{ category: 1, part: 'possible', from: 0, to: 2 }],
    },
    { case: 'a coalition with no members shown has no parts', parts: { c0: 0, u0: 0 }, count: 1, expected: [] },
    {
      case: 'categories past the count given are not drawn',
      parts: { c0: 1, u0: 0, c1: 5, u1: 0 },
      count: 1,
      expected: [{ category: 0, part: 'certain', from: 0, to: 1 }],
    },
  ])('$case', ({ parts, count, expected }) => {
    expect(barSegments(row(parts) as never, count)).toEqual(expected)
  })
})

describe('breakdownLegend', () => {
  it('adds what solid and hatched mean, on a row of their own, when some members are uncertain', () => {
    expect(breakdownLegend(may, colorOf, '2024-05-01')).toEqual([
      { label: 'Model developer', color: '#0072B2' },
      { label: 'Enterprise software', color: '#009E73' },
      { label: 'Research & academia', color: '#D55E00' },
      { label: 'Solid: certain members', color: KEY_COLOR, newRow: true },
      { label: 'Hatched: possible but not certain on 1 May 2024', color: KEY_COLOR, shape: 'hatch' },
    ])
  })

  it('is the categories alone when every member is certain', () => {
    expect(breakdownLegend(june, colorOf, '2024-06-01').map((item) => item.label)).toEqual([
      'Model developer',
      'Enterprise software',
      'Research & academia',
    ])
  })
})

describe('breakdownTooltip', () => {
  it.each<
    ['count' | 'share', number, { title: string; note?: string; lines: { label: string; value: string }[] } | null]
  >([
    [
      'count',
      1,
      {
        title: 'The Frontier Forum of Model Makers',
        lines: [
          { label: 'Model developer', value: '1 certain, up to 2' },
          { label: 'Enterprise software', value: '1' },
          { label: 'All shown', value: '2 certain, up to 3' },
        ],
      },
    ],
    [
      'share',
      1,
      {
        title: 'The Frontier Forum of Model Makers',
        note: 'Shares of its 3 possible members',
        lines: [
          { label: 'Model developer', value: '33.3% certain, up to 66.7%' },
          { label: 'Enterprise software', value: '33.3%' },
          { label: 'All shown', value: '66.7% certain, up to 100.0%' },
        ],
      },
    ],
    ['count', 5, null],
  ])('as a %s, bar %i', (measure, index, expected) => {
    expect(breakdownTooltip(may, index, measure)).toEqual(expected)
  })

  it.each<['count' | 'share']>([['count'], ['share']])(
    'as a %s, says a coalition not founded yet on the day was not founded, rather than counting 0',
    (measure) => {
      // 1 September 2023: the Forum exists, the Alliance (5 December 2023) does not.
      const september = sectorBreakdown(dataset, ['alliance', 'forum'], day('2023-09-01'), everyone, [])
      const index = september.series.findIndex((series) => series.coalitionId === 'alliance')
      expect(breakdownTooltip(september, index, measure)).toEqual({
        title: 'Alliance',
        note: 'Not founded until 5 December 2023.',
        lines: [],
      })
    },
  )
})

describe('the timeline’s legend and tooltip', () => {
  const series = timelineSeries(dataset, ['alliance', 'forum'], everyone)
  const color = (index: number) => ['#4477AA', '#EE6677'][index] ?? '#000000'

  it('explains line and band when some count is a range', () => {
    expect(timelineLegend(series, color, () => '')).toEqual([
      { label: 'Alliance', color: '#4477AA', shape: 'line', dash: undefined },
      { label: 'The Frontier Forum of Model Makers', color: '#EE6677', shape: 'line', dash: undefined },
      { label: 'Line: certain members', color: KEY_COLOR, shape: 'line', newRow: true },
      { label: 'Hatched band: possible but not certain', color: KEY_COLOR, shape: 'hatch' },
    ])
    const exact = timelineSeries(dataset, ['alliance'], (organization) => organization.id !== 'cern')
    expect(timelineLegend(exact, color, () => '8 4').map((item) => item.label)).toEqual(['Alliance'])
  })

  it.each([
    // Before the Alliance's founding only the Forum has a line.
    ['2023-08-01', '1 August 2023', [{ label: 'The Frontier Forum of Model Makers', value: '2' }]],
    [
      '2024-05-01',
      '1 May 2024',
      [
        { label: 'Alliance', value: '4' },
        { label: 'The Frontier Forum of Model Makers', value: '2 certain, up to 3' },
      ],
    ],
    [
      '2024-05-31',
      '31 May 2024',
      [
        { label: 'Alliance', value: '4' },
        { label: 'The Frontier Forum of Model Makers', value: '3' },
      ],
    ],
  ])('on %s', (iso, title, lines) => {
    expect(timelineTooltip(series, day(iso))).toEqual({ title, lines })
  })

  it('draws no line before a coalition’s first change unless someone counts from the beginning', () => {
    const [alliance] = series
    if (!alliance) throw new Error('no series')
    expect([startedBy(alliance, day('2023-12-04')), startedBy(alliance, day('2023-12-05'))]).toEqual([false, true])
  })
})

describe('timelinePaths', () => {
  // Days as pixels, and counts upside down from 100, as an SVG's y axis runs.
  const x = (value: number) => value
  const y = (value: number) => 100 - value
  const item = (uncertain: boolean, initialPossible: number, firstChange: number) => ({
    coalitionId: 'k',
    name: 'K',
    initial: { certain: initialPossible, possible: initialPossible },
    points: [{ day: firstChange, certain: 1, possible: 1, joins: 1, departures: 0 }],
    uncertain,
  })
  const rows = (days: number[], certain: number[], possible: number[]) =>
    days.map((rowDay, index) => ({
      day: rowDay,
      certain: { k: certain[index] ?? 0 },
      counts: { k: possible[index] ?? 0 },
      changed: [],
    }))
  it.each([
    {
      case: 'a coalition without ranges has a step line and no band',
      series: item(false, 1, 0),
      rows: rows([0, 10, 20], [1, 2, 2], [1, 2, 2]),
      expected: { line: 'M0,99H10V98H20V98', band: null },
    },
    {
      case: 'a band runs along the possible counts and back along the certain ones, step for step',
      series: item(true, 1, 0),
      rows: rows([0, 10, 20], [1, 1, 1], [1, 3, 3]),
      expected: { line: 'M0,99H10V99H20V99', band: 'M0,99H10V97H20V97V99V99H10V99H0Z' },
    },
    {
      case: 'nothing is drawn before the first change when nobody counts from the beginning',
      series: item(false, 0, 10),
      rows: rows([0, 10, 20], [0, 1, 2], [0, 1, 2]),
      expected: { line: 'M10,99H20V98', band: null },
    },
    {
      case: 'a coalition that has not begun by the last row draws nothing',
      series: item(true, 0, 30),
      rows: rows([0, 10, 20], [0, 0, 0], [0, 0, 0]),
      expected: { line: '', band: '' },
    },
  ])('$case', ({ series, rows: given, expected }) => {
    expect(timelinePaths([series], given, x, y)).toEqual([expected])
  })
})
