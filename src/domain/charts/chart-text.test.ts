import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import type { ReportedSize, Roster } from '../dataset/types'
import type { CoverageNote } from '../membership/membership'
import { sectorBreakdown } from './chart-data'
import {
  breakdownSummary,
  chartCoverage,
  chartFileBase,
  chartLabel,
  chartSubtitle,
  coverageText,
  measureRangeText,
  shareRangeText,
  timelineSummary,
  type ChartState,
} from './chart-text'

const date = (text: string): PartialDate => parsePartialDate(text) as PartialDate

/** A coverage note as coverageOn gives it: a roster checked on `checked`, stale unless told otherwise. */
function note({
  checked,
  complete = true,
  stale = true,
  reported,
}: {
  checked: string
  complete?: boolean
  stale?: boolean
  reported?: Omit<ReportedSize, 'date' | 'sourceIds'> & { date: string }
}): CoverageNote {
  const roster: Roster = { checked: date(checked), complete, sourceIds: ['s'] }
  return {
    roster,
    stale,
    reportedSize: reported ? { ...reported, date: date(reported.date), sourceIds: ['s'] } : undefined,
  }
}

const base: ChartState = {
  asOf: '2024-06-01',
  coalitionNames: ['AI Alliance', 'Frontier Model Forum'],
  coalitionCount: 7,
  chosen: true,
  sectorLabels: [],
  query: '',
}

describe('chartSubtitle', () => {
  it.each<[string, 'snapshot' | 'timeline', Partial<ChartState>, string]>([
    [
      'two chosen coalitions',
      'snapshot',
      {},
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024. All sectors, no search.',
    ],
    [
      'all coalitions',
      'snapshot',
      { chosen: false, coalitionNames: Array.from({ length: 7 }, (_, i) => `C${i}`) },
      'Members of all 7 coalitions on 1 June 2024. All sectors, no search.',
    ],
    [
      'the largest only',
      'snapshot',
      { chosen: false, truncated: true, coalitionNames: ['A', 'B', 'C'], coalitionCount: 100 },
      'Members of the 3 largest of 100 coalitions on 1 June 2024. All sectors, no search.',
    ],
    [
      'shares',
      'snapshot',
      { measure: 'share' },
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024 as a share of each coalition’s possible members. All sectors, no search.',
    ],
    [
      'one sector and a search',
      'snapshot',
      { sectorLabels: ['Research & academia'], query: ' meta ' },
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024. Sector: Research & academia. Search: “meta”.',
    ],
    [
      'a search that found close matches',
      'snapshot',
      { query: 'Nvidea', closeMatches: true },
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024. Search: “Nvidea”, close matches included.',
    ],
    [
      'two sectors',
      'snapshot',
      { sectorLabels: ['Healthcare', 'Model developer'] },
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024. Sectors: Healthcare and Model developer.',
    ],
    [
      'the timeline',
      'timeline',
      { measure: 'share' },
      'Members of AI Alliance and Frontier Model Forum, day by day; 1 June 2024 marked. All sectors, no search.',
    ],
    [
      'a roster checked before the day',
      'snapshot',
      { coverage: [{ name: 'CoSAI', coverage: note({ checked: '2026-08-20' }) }] },
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024. All sectors, no search. CoSAI: roster last checked 20 August 2026.',
    ],
    [
      'current rosters say nothing',
      'timeline',
      { coverage: [{ name: 'AI Alliance', coverage: note({ checked: '2024-06-01', stale: false }) }] },
      'Members of AI Alliance and Frontier Model Forum, day by day; 1 June 2024 marked. All sectors, no search.',
    ],
  ])('%s', (_name, kind, patch, expected) => {
    expect(chartSubtitle(kind, { ...base, ...patch })).toBe(expected)
  })
})

describe('chartFileBase', () => {
  it.each<[string, string, Partial<ChartState>, string]>([
    [
      'the issue’s example',
      'Members by sector',
      {},
      'members-by-sector-ai-alliance-vs-frontier-model-forum-2024-06-01',
    ],
    ['all coalitions', 'Members by country', { chosen: false }, 'members-by-country-all-coalitions-2024-06-01'],
    [
      'every coalition picked is all',
      'Members by country',
      { coalitionCount: 2 },
      'members-by-country-all-coalitions-2024-06-01',
    ],
    [
      'many picked',
      'Members by sector',
      { coalitionNames: ['A', 'B', 'C', 'D'] },
      'members-by-sector-4-coalitions-2024-06-01',
    ],
    [
      'largest only',
      'Members by sector',
      { chosen: false, truncated: true, coalitionNames: ['A', 'B'], coalitionCount: 100 },
      'members-by-sector-largest-2-coalitions-2024-06-01',
    ],
    [
      'share, sector and search',
      'Members by sector',
      { measure: 'share', sectorLabels: ['Research & academia'], query: 'Méta AI' },
      'members-by-sector-ai-alliance-vs-frontier-model-forum-share-research-and-academia-search-meta-ai-2024-06-01',
    ],
    [
      'many sectors',
      'Membership over time',
      { sectorLabels: ['A', 'B', 'C'] },
      'membership-over-time-ai-alliance-vs-frontier-model-forum-3-sectors-2024-06-01',
    ],
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

describe('coverageText', () => {
  it.each<[string, Parameters<typeof coverageText>[0], string]>([
    ['nothing to say', [], ''],
    [
      'a complete roster checked after the day',
      [{ name: 'AI Alliance', coverage: note({ checked: '2024-02-08', stale: false }) }],
      '',
    ],
    ['no roster information at all', [{ name: 'AI Alliance', coverage: { stale: false } }], ''],
    [
      'checked to the month',
      [{ name: 'Frontier Model Forum', coverage: note({ checked: '2024-05' }) }],
      'Frontier Model Forum: roster last checked May 2024.',
    ],
    [
      'partial and current',
      [{ name: 'CoSAI', coverage: note({ checked: '2026', complete: false, stale: false }) }],
      'CoSAI: partial list.',
    ],
    [
      'partial with a reported size, and stale',
      [
        {
          name: 'AISIC',
          coverage: note({
            checked: '2024-02',
            complete: false,
            reported: { count: 200, qualifier: 'more than', date: '2024-02-08' },
          }),
        },
      ],
      'AISIC: partial list (reported: more than 200 on 8 February 2024), roster last checked February 2024.',
    ],
    [
      'two coalitions, the current one left out',
      [
        { name: 'FMF', coverage: note({ checked: '2024-05' }) },
        { name: 'Seoul', coverage: note({ checked: '2025', stale: false }) },
        { name: 'PAI', coverage: note({ checked: '2017-05-16', complete: false }) },
      ],
      'FMF: roster last checked May 2024; PAI: partial list, roster last checked 16 May 2017.',
    ],
    [
      'more than eight are counted, not named',
      Array.from({ length: 10 }, (_, index) => ({ name: `C${index}`, coverage: note({ checked: '2020' }) })),
      `${Array.from({ length: 8 }, (_, index) => `C${index}: roster last checked 2020`).join('; ')}; and 2 more coalitions with a partial or older roster.`,
    ],
  ])('%s', (_name, entries, expected) => {
    expect(coverageText(entries)).toBe(expected)
  })
})

describe('chartCoverage', () => {
  const dataset = buildDataset((doc) => {
    doc.version = 2
    const [alliance, forum] = doc.coalitions
    if (alliance) alliance.roster = { checked: '2024-02', complete: false, sources: ['launch'] }
    if (forum) {
      forum.name = 'The Frontier Model Forum, long'
      forum.shortName = 'FMF'
      forum.roster = { checked: '2024-06-01', complete: false, sources: ['launch'] }
    }
  })

  it.each<[string, string, string]>([
    // The Alliance's roster was checked in February 2024: every day after its last day is "after".
    [
      '2024-02-29',
      'Alliance: partial list; FMF: partial list.',
      'on the last day of the month checked, the roster is current',
    ],
    [
      '2024-03-01',
      'Alliance: partial list, roster last checked February 2024; FMF: partial list.',
      'the day after, it is not',
    ],
    // Before the Alliance's founding (5 December 2023) it has no roster to qualify, partial or not.
    ['2023-08-01', 'FMF: partial list.', 'before a founding nothing is said'],
    [
      '2024-06-02',
      'Alliance: partial list, roster last checked February 2024; FMF: partial list, roster last checked 1 June 2024.',
      'both stale',
    ],
  ])('on %s: %j (%s)', (iso, expected) => {
    expect(coverageText(chartCoverage(dataset, ['alliance', 'forum'], day(iso)))).toBe(expected)
  })
})

describe('chartLabel', () => {
  it.each([
    [{ name: 'AI Alliance', shortName: 'AIA' }, 'AI Alliance'],
    [{ name: 'Coalition for Secure AI', shortName: 'CoSAI' }, 'CoSAI'],
    [{ name: 'A name longer than twenty-two characters' }, 'A name longer than twenty-two characters'],
  ])('%j → %s', (coalition, expected) => {
    expect(chartLabel(coalition)).toBe(expected)
  })
})

describe('ranges of counts and shares', () => {
  it.each<[{ certain: number; possible: number }, number, 'count' | 'share', string]>([
    [{ certain: 12, possible: 14 }, 30, 'count', '12 certain, up to 14'],
    [{ certain: 6, possible: 6 }, 6, 'count', '6'],
    [{ certain: 12, possible: 14 }, 30, 'share', '40.0% certain, up to 46.7%'],
    [{ certain: 3, possible: 3 }, 6, 'share', '50.0%'],
    [{ certain: 0, possible: 0 }, 0, 'share', '0.0%'],
  ])('%j of %i as a %s', (range, of, measure, expected) => {
    expect(measureRangeText(range, of, measure)).toBe(expected)
  })

  it('says one share when both agree', () => {
    expect(shareRangeText(0.25, 0.25)).toBe('25.0%')
  })
})

describe('breakdownSummary', () => {
  const dataset = buildDataset()
  const everyone = () => true
  it.each<[string, string, 'count' | 'share', string]>([
    [
      // Meta joined the Forum in May 2024: on 1 May it may or may not be a member yet.
      '2024-05-01',
      'forum',
      'count',
      '2 certain, up to 3 memberships in 1 coalition across 2 sectors. The largest is Model developer with 1 certain, up to 2. Forum has the most members shown (2 certain, up to 3). Hatched parts are members possible but not certain on 1 May 2024: their start or end is known only to a month, a year or a window of days.',
    ],
    [
      '2024-06-01',
      'forum',
      'share',
      '3 memberships in 1 coalition across 2 sectors. The largest is Model developer with 2. Forum has the most members shown (3; 100.0% of its possible members). Shares are of each coalition’s possible members on that day, whatever their sector.',
    ],
  ])('on %s, %s, %s', (iso, coalitionId, measure, expected) => {
    const breakdown = sectorBreakdown(dataset, [coalitionId], day(iso), everyone, [])
    expect(breakdownSummary(breakdown, ['sector', 'sectors'], measure, iso)).toBe(expected)
  })
})

describe('timelineSummary', () => {
  it.each<[string, Parameters<typeof timelineSummary>[1], boolean, string]>([
    [
      'ranges and a coalition not founded yet',
      [
        { name: 'AI Alliance', range: { certain: 57, possible: 57 } },
        { name: 'Frontier Model Forum', range: { certain: 4, possible: 6 } },
        { name: 'Coalition for Secure AI', range: { certain: 0, possible: 0 }, notFoundedUntil: date('2024-07-18') },
      ],
      true,
      'On 1 May 2024: AI Alliance 57; Frontier Model Forum 4 certain, up to 6; Coalition for Secure AI not founded until 18 July 2024. Each line counts the certain members; a hatched band above it reaches up to the possible ones, whose start or end is known only to a month, a year or a window of days.',
    ],
    [
      'every date exact',
      [{ name: 'AI Alliance', range: { certain: 3, possible: 3 } }],
      false,
      'On 1 May 2024: AI Alliance 3. Every membership shown has an exact start and end, so each line is a single count.',
    ],
  ])('%s', (_name, entries, uncertain, expected) => {
    expect(timelineSummary('2024-05-01', entries, uncertain)).toBe(expected)
  })
})
