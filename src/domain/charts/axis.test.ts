import { describe, expect, it } from 'vitest'
import { maxOf, niceTicks, shareTicksUpTo, wrapLabel, yearTicks } from './axis'
import { day } from '../../test/fixtures'

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [4, [0, 1, 2, 3, 4]],
    [6, [0, 2, 4, 6]],
    [85, [0, 20, 40, 60, 80, 100]],
    [100, [0, 20, 40, 60, 80, 100]],
    [310, [0, 100, 200, 300, 400]],
    [1234, [0, 250, 500, 750, 1000, 1250]],
  ])('up to %i: %j', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected)
  })
})

describe('yearTicks', () => {
  it.each<[string, string, string, number[]]>([
    ['each 1 January inside a short span', '2023-03-01', '2025-06-30', [2024, 2025]],
    ['none inside one year', '2024-02-01', '2024-11-30', []],
    ['every second year past eight years', '2014-05-01', '2026-11-30', [2015, 2017, 2019, 2021, 2023, 2025]],
  ])('%s', (_case, start, end, years) => {
    expect(yearTicks({ start: day(start), end: day(end) })).toEqual(
      years.map((year) => Date.UTC(year, 0, 1) / 86_400_000),
    )
  })
})

describe('shareTicksUpTo', () => {
  it.each<[number, number[]]>([
    [0.3, [0, 0.1, 0.2, 0.3]],
    [0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [0.6, [0, 0.2, 0.4, 0.6]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('up to %d: %j', (top, expected) => {
    expect(shareTicksUpTo(top)).toEqual(expected)
  })
})

describe('wrapLabel', () => {
  it.each<[string, number, string[]]>([
    ['Cloud', 12, ['Cloud']],
    ['Research & academia', 12, ['Research &', 'academia']],
    ['  spaces   between  ', 20, ['spaces between']],
    ['Semiconductors and hardware makers of many kinds', 12, ['Semiconductors', 'and hardware', 'makers of m…']],
  ])('%j in %i characters', (text, maxChars, expected) => {
    expect(wrapLabel(text, maxChars)).toEqual(expected)
  })
})

describe('maxOf', () => {
  it.each<[number[], number, number]>([
    [[], 4, 4],
    [[1, 9, 3], 0, 9],
    [[-5, -2], -10, -2],
    [[0.01, 0.02], 0.05, 0.05],
  ])('%j with floor %d is %d', (values, floor, expected) => {
    expect(maxOf(values, (v) => v, floor)).toBe(expected)
  })

  it('takes more values than a call takes arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i)
    expect(maxOf(many, (v) => v, 0)).toBe(299_999)
  })
})
