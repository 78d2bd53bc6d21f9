import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { asOfFieldRefusal, asOfRefusalReason } from '../format/dates'
import { asOfBounds, checkAsOf } from './as-of'

// The fixture's earliest date is the Forum's founding, 26 July 2023; its latest, 1 September 2024 (Meta leaves the Forum).
const data = buildDataset()

describe('asOfBounds', () => {
  it.each<[string, string, string, boolean]>([
    ['2026-11-30', '2023-07-26', '2026-11-30', true],
    // A dataset that already names a later day keeps it reachable.
    ['2024-06-01', '2023-07-26', '2024-09-01', false],
  ])('on %s: %s to %s', (today, first, last, lastIsToday) => {
    expect(asOfBounds(data, day(today))).toEqual({ first: day(first), last: day(last), lastIsToday })
  })
})

describe('checkAsOf', () => {
  const bounds = asOfBounds(data, day('2026-11-30'))
  it.each<[string, string]>([
    ['2024-06-01', 'ok'],
    ['2023-07-26', 'ok'],
    ['2026-11-30', 'ok'],
    ['2023-07-25', 'before'],
    ['1990-01-01', 'before'],
    ['0002-05-01', 'before'],
    ['2026-12-01', 'after'],
    ['2024-02-30', 'not-a-day'],
    ['2024-6-1', 'not-a-day'],
    ['', 'not-a-day'],
  ])('%j → %s', (iso, expected) => {
    expect(checkAsOf(iso, bounds)).toBe(expected)
  })

  it('takes any real day when the dataset has no date at all', () => {
    expect(checkAsOf('1990-01-01', null)).toBe('ok')
  })
})

describe('the refusals in words', () => {
  const today = asOfBounds(data, day('2026-11-30'))
  const later = asOfBounds(data, day('2024-06-01'))
  it.each<[string, 'not-a-day' | 'before' | 'after', typeof today, string]>([
    [
      '1990-01-01',
      'before',
      today,
      '1990-01-01 is before the dataset’s earliest date, 26 July 2023. Counts are still for 1 June 2024.',
    ],
    ['2027-01-01', 'after', today, '2027-01-01 is after today, 30 November 2026. Counts are still for 1 June 2024.'],
    [
      '2025-01-01',
      'after',
      later,
      '2025-01-01 is after the dataset’s latest date, 1 September 2024. Counts are still for 1 June 2024.',
    ],
    ['', 'not-a-day', today, 'An empty date is not a day. Counts are still for 1 June 2024.'],
  ])('%j (%s)', (typed, check, bounds, expected) => {
    expect(asOfFieldRefusal(typed, check, bounds, '2024-06-01')).toBe(expected)
  })

  it('says the address refusal without the day, which the notice shows beside it', () => {
    expect(asOfRefusalReason('before', today)).toBe('is before the dataset’s earliest date, 26 July 2023')
  })
})
