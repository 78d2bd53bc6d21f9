import { describe, expect, it } from 'vitest'
import { chartFileBase, chartSubtitle, formatChangeDay, listText, type ChartState } from './chart-text'

const base: ChartState = {
  asOf: '2024-06-01',
  coalitionNames: ['AI Alliance', 'Frontier Model Forum'],
  coalitionCount: 7,
  chosen: true,
  sectorLabels: [],
  query: '',
}

describe('listText', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j → %j', (items, expected) => {
    expect(listText(items)).toBe(expected)
  })
})

describe('chartSubtitle', () => {
  it.each<[string, 'snapshot' | 'timeline', Partial<ChartState>, string]>([
    ['two chosen coalitions', 'snapshot', {}, 'Members of AI Alliance and Frontier Model Forum on 1 June 2024. All sectors, no search.'],
    ['all coalitions', 'snapshot', { chosen: false, coalitionNames: Array.from({ length: 7 }, (_, i) => `C${i}`) }, 'Members of all 7 coalitions on 1 June 2024. All sectors, no search.'],
    ['the largest only', 'snapshot', { chosen: false, truncated: true, coalitionNames: ['A', 'B', 'C'], coalitionCount: 100 }, 'Members of the 3 largest of 100 coalitions on 1 June 2024. All sectors, no search.'],
    ['shares', 'snapshot', { measure: 'share' }, 'Members of AI Alliance and Frontier Model Forum on 1 June 2024 as a share of each coalition’s members. All sectors, no search.'],
    ['one sector and a search', 'snapshot', { sectorLabels: ['Research & academia'], query: ' meta ' }, 'Members of AI Alliance and Frontier Model Forum on 1 June 2024. Sector: Research & academia. Search: “meta”.'],
    ['two sectors', 'snapshot', { sectorLabels: ['Healthcare', 'Model developer'] }, 'Members of AI Alliance and Frontier Model Forum on 1 June 2024. Sectors: Healthcare and Model developer.'],
    ['the timeline', 'timeline', { measure: 'share' }, 'Members of AI Alliance and Frontier Model Forum, day by day; 1 June 2024 marked. All sectors, no search.'],
  ])('%s', (_name, kind, patch, expected) => {
    expect(chartSubtitle(kind, { ...base, ...patch })).toBe(expected)
  })
})

describe('chartFileBase', () => {
  it.each<[string, string, Partial<ChartState>, string]>([
    ['the issue’s example', 'Members by sector', {}, 'members-by-sector-ai-alliance-vs-frontier-model-forum-2024-06-01'],
    ['all coalitions', 'Members by country', { chosen: false }, 'members-by-country-all-coalitions-2024-06-01'],
    ['every coalition picked is all', 'Members by country', { coalitionCount: 2 }, 'members-by-country-all-coalitions-2024-06-01'],
    ['many picked', 'Members by sector', { coalitionNames: ['A', 'B', 'C', 'D'] }, 'members-by-sector-4-coalitions-2024-06-01'],
    ['largest only', 'Members by sector', { chosen: false, truncated: true, coalitionNames: ['A', 'B'], coalitionCount: 100 }, 'members-by-sector-largest-2-coalitions-2024-06-01'],
    ['share, sector and search', 'Members by sector', { measure: 'share', sectorLabels: ['Research & academia'], query: 'Méta AI' }, 'members-by-sector-ai-alliance-vs-frontier-model-forum-share-research-and-academia-search-meta-ai-2024-06-01'],
    ['many sectors', 'Membership over time', { sectorLabels: ['A', 'B', 'C'] }, 'membership-over-time-ai-alliance-vs-frontier-model-forum-3-sectors-2024-06-01'],
  ])('%s', (_name, chart, patch, expected) => {
    expect(chartFileBase(chart, { ...base, ...patch })).toBe(expected)
  })

  it('keeps the date when a long name is shortened to 120 characters', () => {
    const name = chartFileBase('Members by sector', { ...base, query: 'x'.repeat(300) })
    expect(name.length).toBeLessThanOrEqual(120)
    expect(name.endsWith('-2024-06-01')).toBe(true)
    expect(name.startsWith('members-by-sector-ai-alliance-vs-frontier-model-forum-search-xxx')).toBe(true)
  })
})

describe('formatChangeDay', () => {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  it.each<[string, 'day' | 'month' | 'year' | 'unknown', string]>([
    ['2024-05-01', 'day', '1 May 2024'],
    ['2024-05-01', 'month', 'May 2024 (month only)'],
    ['2020-01-01', 'year', '2020 (year only)'],
    ['2023-07-26', 'unknown', '26 July 2023 (founding; join date unknown)'],
  ])('%s at %s precision', (iso, precision, expected) => {
    expect(formatChangeDay(day(iso), precision)).toBe(expected)
  })
})
