import { describe, expect, it } from 'vitest'
import { formatCount, plural, pluralRange, rangeText, shortRangeText } from './counts'

describe('formatCount and plural', () => {
  it.each<[number, string, string]>([
    [0, '0', '0 members'],
    [1, '1', '1 member'],
    [2000, '2,000', '2,000 members'],
  ])('%d', (count, number, words) => {
    expect(formatCount(count)).toBe(number)
    expect(plural(count, 'member', 'members')).toBe(words)
  })
})

describe('ranges', () => {
  it.each<[number, number, string, string, string]>([
    [16, 16, '16', '16', '16 members'],
    [16, 20, '16 certain, up to 20', '16–20', '16 certain, up to 20 members'],
    [0, 1, '0 certain, up to 1', '0–1', '0 certain, up to 1 member'],
    [1, 1, '1', '1', '1 member'],
    [0, 0, '0', '0', '0 members'],
    [1200, 1500, '1,200 certain, up to 1,500', '1,200–1,500', '1,200 certain, up to 1,500 members'],
  ])('%d certain, %d possible', (certain, possible, text, short, words) => {
    const range = { certain, possible }
    expect(rangeText(range)).toBe(text)
    expect(shortRangeText(range)).toBe(short)
    expect(pluralRange(range, 'member', 'members')).toBe(words)
  })
})
