import { describe, expect, it } from 'vitest'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import type { CoverageNote } from '../membership/membership'
import {
  notFoundedPhrase,
  notFoundedSentence,
  partialRosterClause,
  partialRosterText,
  reportedSizeText,
  staleRosterClause,
  staleRosterText,
} from './coverage'

const date = (text: string) => parsePartialDate(text) as PartialDate
const note = (
  checked: string,
  complete: boolean,
  stale: boolean,
  reported?: [number, 'exactly' | 'about' | 'more than', string],
): CoverageNote => ({
  roster: { checked: date(checked), complete, sourceIds: [] },
  stale,
  reportedSize: reported
    ? { count: reported[0], qualifier: reported[1], date: date(reported[2]), sourceIds: ['s'] }
    : undefined,
})

describe('staleRosterClause and staleRosterText', () => {
  it.each<[string, CoverageNote, string | null, string | null]>([
    [
      'a day after the check',
      note('2026-08-20', true, true),
      'roster last checked 20 August 2026: the members shown are those known then',
      'Roster last checked 20 August 2026: the members shown are those known then.',
    ],
    [
      'a check known to the year',
      note('2026', false, true),
      'roster last checked 2026: the members shown are those known then',
      'Roster last checked 2026: the members shown are those known then.',
    ],
    ['a day the roster covers', note('2026-08-20', true, false), null, null],
    [
      'a size reported after a complete roster was checked',
      note('2025-10-31', true, true, [200, 'more than', '2026-04-08']),
      'roster last checked 31 October 2025: the members shown are those known then; more than 200 reported on 8 April 2026',
      'Roster last checked 31 October 2025: the members shown are those known then; more than 200 reported on 8 April 2026.',
    ],
    [
      'a size reported before the check',
      note('2025-10-31', true, true, [50, 'more than', '2023-12-05']),
      'roster last checked 31 October 2025: the members shown are those known then',
      'Roster last checked 31 October 2025: the members shown are those known then.',
    ],
    ['no roster', { stale: false }, null, null],
  ])('%s', (_case, coverage, clause, text) => {
    expect(staleRosterClause(coverage)).toBe(clause)
    expect(staleRosterText(coverage)).toBe(text)
  })
})

describe('partialRosterClause and partialRosterText', () => {
  it.each<[string, CoverageNote, { certain: number; possible: number }, string | null]>([
    [
      'with a reported size on a day',
      note('2024-02', false, true, [200, 'more than', '2024-02-08']),
      { certain: 5, possible: 5 },
      'partial list: 5 named; more than 200 reported on 8 February 2024',
    ],
    [
      'with a reported size in a year, and a range named',
      note('2026', false, false, [35, 'about', '2024']),
      { certain: 30, possible: 33 },
      'partial list: 30–33 named; about 35 reported in 2024',
    ],
    ['with no reported size', note('2017-05-16', false, false), { certain: 5, possible: 8 }, 'partial list: 5–8 named'],
    [
      'a complete roster',
      note('2024-02-08', true, false, [50, 'more than', '2023-12-05']),
      { certain: 5, possible: 5 },
      null,
    ],
  ])('%s', (_case, coverage, named, clause) => {
    expect(partialRosterClause(coverage, named)).toBe(clause)
    expect(partialRosterText(coverage, named)).toBe(clause === null ? null : `P${clause.slice(1)}.`)
  })
})

describe('notFoundedPhrase', () => {
  it.each([
    ['2023-12-05', 'not founded until 5 December 2023'],
    ['2024-05', 'not founded until May 2024'],
    ['2016', 'not founded until 2016'],
  ])('%s', (text, phrase) => {
    expect(notFoundedPhrase(date(text))).toBe(phrase)
  })
})

describe('notFoundedSentence', () => {
  it.each([
    ['2023-12-05', 'Not founded until 5 December 2023.'],
    ['2024-05', 'Not founded until May 2024.'],
  ])('%s', (text, wording) => {
    expect(notFoundedSentence(date(text))).toBe(wording)
  })
})

describe('reportedSizeText', () => {
  it.each<[number, 'exactly' | 'about' | 'more than', string, string]>([
    [200, 'more than', '2026-04-08', 'more than 200 on 8 April 2026'],
    [126, 'exactly', '2024', '126 in 2024'],
    [1500, 'about', '2025-03', 'about 1,500 in March 2025'],
  ])('%d, %s, %s', (count, qualifier, when, text) => {
    expect(reportedSizeText({ count, qualifier, date: date(when), sourceIds: ['s'] })).toBe(text)
  })
})
