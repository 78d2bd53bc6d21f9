import { describe, expect, it } from 'vitest'
import { day } from '../../test/fixtures'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import {
  isCertainOn,
  isPossibleOn,
  membershipWindows,
  possiblyOverlap,
  startSortDay,
  statusOn,
  uncertaintyCause,
  type TimeFacts,
} from './windows'

const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text)
  if (!parsed) throw new Error(`not a date: ${text}`)
  return parsed
}
const facts = (fields: Partial<Record<keyof TimeFacts, string>>): TimeFacts =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, date(value as string)])) as TimeFacts
const FOUNDED = date('2016-09-28')
const INF = Number.POSITIVE_INFINITY
const NEG = Number.NEGATIVE_INFINITY

describe("membershipWindows: one case per row of the format's table", () => {
  it.each<
    [string, Partial<Record<keyof TimeFacts, string>>, PartialDate | undefined, [number, number, number, number]]
  >([
    ['joined on a day', { joined: '2024-05-14' }, FOUNDED, [day('2024-05-14'), day('2024-05-14'), INF, INF]],
    ['joined in a month', { joined: '2024-05' }, FOUNDED, [day('2024-05-01'), day('2024-05-31'), INF, INF]],
    ['joined in a year', { joined: '2024' }, FOUNDED, [day('2024-01-01'), day('2024-12-31'), INF, INF]],
    [
      'joinedBy alone: from the founding',
      { joinedBy: '2017-05-16' },
      FOUNDED,
      [day('2016-09-28'), day('2017-05-16'), INF, INF],
    ],
    [
      'joinedBy alone, no founding: any earlier day',
      { joinedBy: '2017-05-16' },
      undefined,
      [NEG, day('2017-05-16'), INF, INF],
    ],
    [
      'joinedBy a month: by its last day',
      { joinedBy: '2017-05' },
      FOUNDED,
      [day('2016-09-28'), day('2017-05-31'), INF, INF],
    ],
    [
      'joinedAfter and joinedBy',
      { joinedAfter: '2024-05-21', joinedBy: '2024-09-01' },
      FOUNDED,
      [day('2024-05-22'), day('2024-09-01'), INF, INF],
    ],
    ['joinedAfter alone: never certain', { joinedAfter: '2024-05-21' }, FOUNDED, [day('2024-05-22'), INF, INF, INF]],
    [
      'joinedAfter a month: after its first day',
      { joinedAfter: '2024-05' },
      FOUNDED,
      [day('2024-05-02'), INF, INF, INF],
    ],
    ['no start field: the founding (version 1)', {}, FOUNDED, [day('2016-09-28'), day('2016-09-28'), INF, INF]],
    ['no start field, no founding: from the beginning', {}, undefined, [NEG, NEG, INF, INF]],
    [
      'left on a day',
      { joined: '2024-07-18', left: '2025-08-01' },
      FOUNDED,
      [day('2024-07-18'), day('2024-07-18'), day('2025-08-01'), day('2025-08-01')],
    ],
    [
      'left in a month',
      { joined: '2024-07-18', left: '2025-08' },
      FOUNDED,
      [day('2024-07-18'), day('2024-07-18'), day('2025-08-01'), day('2025-08-31')],
    ],
    [
      'leftAfter and leftBy',
      { joined: '2024-07-18', leftAfter: '2026-06-30', leftBy: '2026-07-13' },
      FOUNDED,
      [day('2024-07-18'), day('2024-07-18'), day('2026-07-01'), day('2026-07-13')],
    ],
    [
      'leftBy alone: from the day after the start is certain',
      { joined: '2024-07-18', leftBy: '2026-07-13' },
      FOUNDED,
      [day('2024-07-18'), day('2024-07-18'), day('2024-07-19'), day('2026-07-13')],
    ],
    [
      'leftBy alone after joinedBy',
      { joinedBy: '2017-05-16', leftBy: '2020' },
      FOUNDED,
      [day('2016-09-28'), day('2017-05-16'), day('2017-05-17'), day('2020-12-31')],
    ],
    [
      'leftAfter alone: open',
      { joined: '2024-07-18', leftAfter: '2026-06-30' },
      FOUNDED,
      [day('2024-07-18'), day('2024-07-18'), day('2026-07-01'), INF],
    ],
  ])('%s', (_row, fields, founded, expected) => {
    const windows = membershipWindows(facts(fields), founded)
    expect([windows.startEarliest, windows.startLatest, windows.endEarliest, windows.endLatest]).toEqual(expected)
  })
})

describe('certain and possible on a day', () => {
  // Each case: the membership, the day, then [certain, possible].
  it.each<[string, Partial<Record<keyof TimeFacts, string>>, string, [boolean, boolean]]>([
    ['the join day itself counts', { joined: '2024-05-14' }, '2024-05-14', [true, true]],
    ['the day before the join does not', { joined: '2024-05-14' }, '2024-05-13', [false, false]],
    ['inside a join month: possible only', { joined: '2024-05' }, '2024-05-15', [false, true]],
    ['the last day of a join month: certain', { joined: '2024-05' }, '2024-05-31', [true, true]],
    ['inside a join year: possible only', { joined: '2024' }, '2024-12-30', [false, true]],
    ['before joinedBy, after the founding: possible only', { joinedBy: '2017-05-16' }, '2016-09-28', [false, true]],
    ['on joinedBy: certain', { joinedBy: '2017-05-16' }, '2017-05-16', [true, true]],
    ['on joinedAfter itself: not a member', { joinedAfter: '2024-05-21' }, '2024-05-21', [false, false]],
    ['after joinedAfter alone: possible, never certain', { joinedAfter: '2024-05-21' }, '2030-01-01', [false, true]],
    [
      'the left day is the first day it no longer counts',
      { joined: '2024-01-01', left: '2025-08-01' },
      '2025-08-01',
      [false, false],
    ],
    ['the day before left counts', { joined: '2024-01-01', left: '2025-08-01' }, '2025-07-31', [true, true]],
    ['inside a left month: possible only', { joined: '2024-01-01', left: '2025-08' }, '2025-08-10', [false, true]],
    [
      'on leftAfter: still certain',
      { joined: '2024-01-01', leftAfter: '2026-06-30', leftBy: '2026-07-13' },
      '2026-06-30',
      [true, true],
    ],
    [
      'between leftAfter and leftBy: possible only',
      { joined: '2024-01-01', leftAfter: '2026-06-30', leftBy: '2026-07-13' },
      '2026-07-05',
      [false, true],
    ],
    [
      'on leftBy: gone',
      { joined: '2024-01-01', leftAfter: '2026-06-30', leftBy: '2026-07-13' },
      '2026-07-13',
      [false, false],
    ],
    ['leftBy alone: possible until it', { joined: '2024-01-01', leftBy: '2026-07-13' }, '2026-07-12', [false, true]],
    [
      'leftBy alone: certain only on the start day',
      { joined: '2024-01-01', leftBy: '2026-07-13' },
      '2024-01-01',
      [true, true],
    ],
    [
      'leftAfter alone: possible for ever',
      { joined: '2024-01-01', leftAfter: '2026-06-30' },
      '2040-01-01',
      [false, true],
    ],
    ['open end: certain for ever', { joined: '2024-01-01' }, '2040-01-01', [true, true]],
  ])('%s', (_case, fields, iso, [certain, possible]) => {
    const windows = membershipWindows(facts(fields), FOUNDED)
    expect([isCertainOn(windows, day(iso)), isPossibleOn(windows, day(iso))]).toEqual([certain, possible])
    expect(statusOn(windows, day(iso))).toBe(certain ? 'certain' : possible ? 'uncertain' : 'none')
  })

  it('says which end of the membership makes it uncertain', () => {
    const windows = membershipWindows(
      facts({ joined: '2024-05', leftAfter: '2026-06-30', leftBy: '2026-07-13' }),
      FOUNDED,
    )
    expect(uncertaintyCause(windows, day('2024-05-10'))).toBe('start')
    expect(uncertaintyCause(windows, day('2025-01-01'))).toBeNull()
    expect(uncertaintyCause(windows, day('2026-07-05'))).toBe('end')
    expect(uncertaintyCause(windows, day('2027-01-01'))).toBeNull()
  })
})

describe('possiblyOverlap', () => {
  const windows = (fields: Partial<Record<keyof TimeFacts, string>>) => membershipWindows(facts(fields), FOUNDED)
  it.each<[string, Partial<Record<keyof TimeFacts, string>>, Partial<Record<keyof TimeFacts, string>>, boolean]>([
    ['left, then rejoined the same day', { joined: '2024-01-01', left: '2025-01-01' }, { joined: '2025-01-01' }, false],
    [
      'rejoined inside the possible end window',
      { joined: '2024-01-01', leftAfter: '2025-01-01', leftBy: '2025-03-01' },
      { joined: '2025-02-01' },
      true,
    ],
    [
      'rejoined after the possible end window',
      { joined: '2024-01-01', leftAfter: '2025-01-01', leftBy: '2025-03-01' },
      { joinedAfter: '2025-03-01' },
      false,
    ],
    [
      'a month-only rejoin in the month the first ended',
      { joined: '2024-01-01', left: '2025-03' },
      { joined: '2025-03' },
      true,
    ],
  ])('%s', (_case, first, second, expected) => {
    expect(possiblyOverlap(windows(first), windows(second))).toBe(expected)
    expect(possiblyOverlap(windows(second), windows(first))).toBe(expected)
  })
})

describe('startSortDay', () => {
  it.each<[Partial<Record<keyof TimeFacts, string>>, number | null]>([
    [{ joined: '2024-05' }, day('2024-05-01')],
    [{ joinedBy: '2017-05-16' }, day('2017-05-16')],
    [{ joinedAfter: '2024-05-21' }, day('2024-05-22')],
    [{}, null],
  ])('%j', (fields, expected) => {
    expect(startSortDay(facts(fields))).toBe(expected)
  })
})
