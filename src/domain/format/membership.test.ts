import { describe, expect, it } from 'vitest'
import { day } from '../../test/fixtures'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import { membershipWindows, type TimeFacts } from '../membership/windows'
import { endPhrase, joinVerb, periodPhrase, shortStart, startPhrase, uncertaintyReason } from './membership'

const date = (text: string) => parsePartialDate(text) as PartialDate
const facts = (fields: Partial<Record<keyof TimeFacts, string>>): TimeFacts =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, date(value as string)])) as TimeFacts

describe('joinVerb', () => {
  it.each([
    ['signatory', 'signed'],
    ['Signatory (Safety & Security only)', 'signed'],
    ['founding member', 'joined'],
    ['sponsor', 'joined'],
  ])('%s → %s', (role, verb) => {
    expect(joinVerb(role)).toBe(verb)
  })
})

describe('startPhrase', () => {
  it.each<[Partial<Record<keyof TimeFacts, string>>, string, string]>([
    [{ joined: '2023-12-05' }, 'founder', 'joined 5 December 2023'],
    [{ joined: '2024-05' }, 'member', 'joined in May 2024 (day unknown)'],
    [{ joined: '2024' }, 'signatory', 'signed in 2024 (month unknown)'],
    [{ joinedBy: '2017-05-16' }, 'partner', 'member by 16 May 2017; start unknown'],
    [{ joinedAfter: '2024-05-21' }, 'signatory', 'signed after 21 May 2024; date unknown'],
    [
      { joinedAfter: '2024-05-21', joinedBy: '2024-09-01' },
      'sponsor',
      'joined after 21 May 2024 and by 1 September 2024; date unknown',
    ],
    [{}, 'member', 'join date unknown; counted from the founding, 28 September 2016'],
  ])('%j as %s', (fields, role, expected) => {
    expect(startPhrase(facts(fields), role, date('2016-09-28'))).toBe(expected)
  })

  it('says only that the date is unknown when there is no founding either', () => {
    expect(startPhrase({}, 'member')).toBe('join date unknown')
  })
})

describe('endPhrase and periodPhrase', () => {
  it.each<[Partial<Record<keyof TimeFacts, string>>, string | null]>([
    [{}, null],
    [{ left: '2025-03-03' }, 'left 3 March 2025'],
    [{ left: '2024-05' }, 'left in May 2024 (day unknown)'],
    [{ leftAfter: '2026-06-30', leftBy: '2026-07-13' }, 'left between 30 June and 13 July 2026'],
    [{ leftAfter: '2025-12-20', leftBy: '2026-01-06' }, 'left between 20 December 2025 and 6 January 2026'],
    [{ leftBy: '2026-07-13' }, 'left by 13 July 2026; date unknown'],
    [{ leftAfter: '2026-06-30' }, 'still a member on 30 June 2026; left after that, date unknown'],
  ])('%j', (fields, expected) => {
    expect(endPhrase(facts(fields))).toBe(expected)
  })

  it('joins start and end', () => {
    expect(
      periodPhrase(facts({ joined: '2024-07-18', leftAfter: '2026-06-30', leftBy: '2026-07-13' }), 'sponsor'),
    ).toBe('joined 18 July 2024; left between 30 June and 13 July 2026')
  })
})

describe('uncertaintyReason', () => {
  const membership = (fields: Partial<Record<keyof TimeFacts, string>>, role: string) => ({
    ...facts(fields),
    role,
    ...membershipWindows(facts(fields), date('2024-05-21')),
  })
  it.each<[string, Partial<Record<keyof TimeFacts, string>>, string, string | null]>([
    [
      'a later signatory, any day after',
      { joinedAfter: '2024-05-21' },
      '2025-01-01',
      'signed after 21 May 2024; date unknown',
    ],
    ['a certain member', { joined: '2024-05-21' }, '2025-01-01', null],
    ['not yet a member', { joinedAfter: '2024-05-21' }, '2024-05-21', null],
    [
      'inside the end window',
      { joined: '2024-05-21', leftAfter: '2026-06-30', leftBy: '2026-07-13' },
      '2026-07-01',
      'left between 30 June and 13 July 2026',
    ],
  ])('%s', (_case, fields, iso, expected) => {
    expect(uncertaintyReason(membership(fields, 'signatory'), day(iso))).toBe(expected)
  })
})

describe('shortStart', () => {
  it.each<[Partial<Record<keyof TimeFacts, string>>, string]>([
    [{ joined: '2023-12-05' }, '5 December 2023'],
    [{ joined: '2024-05' }, '≈ May 2024'],
    [{ joinedBy: '2017-05-16' }, 'by 16 May 2017'],
    [{ joinedAfter: '2024-05-21' }, 'after 21 May 2024'],
    [{ joinedAfter: '2024-05-21', joinedBy: '2024-09-01' }, 'after 21 May 2024, by 1 September 2024'],
    [{}, 'unknown'],
  ])('%j', (fields, expected) => {
    expect(shortStart(facts(fields))).toBe(expected)
  })
})
