import { describe, expect, it } from 'vitest'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import type { TimeFacts } from '../membership/windows'
import { memberSinceHeader, shownCountText, sinceText } from './members'

const facts = (fields: Partial<Record<keyof TimeFacts, string>>): TimeFacts =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, parsePartialDate(value as string) as PartialDate]),
  ) as TimeFacts

describe('sinceText', () => {
  it.each<[Partial<Record<keyof TimeFacts, string>>, string, string]>([
    [{ joined: '2023-12-05' }, 'founder', '5 December 2023'],
    [{ joined: '2024-05' }, 'member', '≈ May 2024'],
    [{ joined: '2024' }, 'member', '≈ 2024'],
    [{ joinedBy: '2017-05-16' }, 'partner', 'member by 16 May 2017; start unknown'],
    [{ joinedAfter: '2024-05-21' }, 'signatory', 'signed after 21 May 2024; date unknown'],
    [
      { joinedAfter: '2024-05-21', joinedBy: '2024-09' },
      'sponsor',
      'joined after 21 May 2024 and by September 2024; date unknown',
    ],
    [{ joined: '2024-07-18', leftAfter: '2026-06-04', leftBy: '2026-07-13' }, 'sponsor', '18 July 2024'],
    [{}, 'member', 'join date unknown'],
  ])('%j as %s → %s', (fields, role, expected) => {
    expect(sinceText(facts(fields), role)).toBe(expected)
  })
})

describe('shownCountText', () => {
  it.each<[number, number, number, string]>([
    [150, 150, 0, '150 of 150 organizations'],
    [20, 150, 4, '20 of 150 organizations (4 uncertain)'],
    [1, 150, 1, '1 of 150 organizations (1 uncertain)'],
    [0, 150, 0, '0 of 150 organizations'],
    [1, 1, 0, '1 of 1 organization'],
    [9876, 10000, 1234, '9,876 of 10,000 organizations (1,234 uncertain)'],
  ])('%i of %i, %i uncertain → %s', (shown, total, uncertain, expected) => {
    expect(shownCountText(shown, total, uncertain)).toBe(expected)
  })

  it.each<[number, number, number, number, string]>([
    [3, 285, 0, 1, '3 of 285 organizations, including 1 close match'],
    [5, 285, 1, 2, '5 of 285 organizations (1 uncertain), including 2 close matches'],
    [2, 285, 0, 0, '2 of 285 organizations'],
  ])('%i of %i, %i uncertain, %i close → %s', (shown, total, uncertain, close, expected) => {
    expect(shownCountText(shown, total, uncertain, close)).toBe(expected)
  })
})

describe('memberSinceHeader', () => {
  it.each<[readonly string[] | null, string]>([
    [null, 'Member since (any coalition)'],
    [[], 'Member since (any coalition)'],
    [['AI Alliance'], 'Member since (AI Alliance)'],
    [['AI Alliance', 'Frontier Model Forum'], 'Member since (earliest of 2 chosen)'],
  ])('%j → %s', (names, expected) => {
    expect(memberSinceHeader(names)).toBe(expected)
  })
})
