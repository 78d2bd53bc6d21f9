import { describe, expect, it } from 'vitest'
import { dayToIso, isoToDay, parsePartialDate, todayIso } from './dates'
import { formatPartialDate } from '../format/dates'

describe('parsePartialDate', () => {
  it.each([
    ['2024', 'year', '2024-01-01'],
    ['2024-05', 'month', '2024-05-01'],
    ['2024-02-29', 'day', '2024-02-29'],
    ['1999-12-31', 'day', '1999-12-31'],
  ])('reads %s as a %s starting on %s', (text, precision, start) => {
    const parsed = parsePartialDate(text)
    expect(parsed?.precision).toBe(precision)
    expect(parsed && dayToIso(parsed.day)).toBe(start)
  })

  it.each([
    ['2024', '2024-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2024-05-14', '2024-05-14'],
  ])('knows the last day of %s: %s', (text, last) => {
    expect(dayToIso(parsePartialDate(text)!.lastDay)).toBe(last)
  })

  it.each([
    ['0060', '0060-01-01'],
    ['0099-12-31', '0099-12-31'],
    ['0000-02-29', '0000-02-29'],
  ])('reads the year of %s as written, not as 19xx', (text, start) => {
    expect(dayToIso(parsePartialDate(text)!.day)).toBe(start)
  })

  it('orders a year below 100 before any 20th-century date', () => {
    expect(parsePartialDate('0060')!.day).toBeLessThan(parsePartialDate('1950')!.day)
  })

  it.each([
    '1900-02-29',
    '2023-02-29',
    '2024-13',
    '2024-00',
    '2024-04-31',
    '24-05-01',
    '2024/05/01',
    '2024-5',
    ' 2024',
    '',
    'May 2024',
  ])('refuses %j', (text) => {
    expect(parsePartialDate(text)).toBeNull()
  })
})

describe('formatPartialDate', () => {
  it.each([
    ['2024', '2024'],
    ['2024-05', 'May 2024'],
    ['2023-12-05', '5 December 2023'],
  ])('says %s as %s', (text, expected) => {
    const parsed = parsePartialDate(text)
    expect(parsed && formatPartialDate(parsed)).toBe(expected)
  })
})

describe('isoToDay', () => {
  it('accepts only full days, because "as of" means one day', () => {
    expect(isoToDay('2024-05')).toBeNull()
    expect(isoToDay('2024-05-01')).toBe(parsePartialDate('2024-05-01')?.day)
  })
})

describe('todayIso', () => {
  it('uses the local calendar day', () => {
    expect(todayIso(new Date(2024, 5, 30, 23, 30))).toBe('2024-06-30')
  })
})
