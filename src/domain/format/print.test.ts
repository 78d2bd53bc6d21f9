import { describe, expect, it } from 'vitest'
import { unprintedRowsText } from './print'

describe('unprintedRowsText', () => {
  it.each([
    [1, '… and 1 more row not printed'],
    [2, '… and 2 more rows not printed'],
    [8000, '… and 8,000 more rows not printed'],
  ])('%d', (count, expected) => {
    expect(unprintedRowsText(count)).toBe(expected)
  })
})
