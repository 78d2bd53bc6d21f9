import { describe, expect, it } from 'vitest'
import { defersFilters, isLargeDataset } from './size'
import type { Dataset } from './types'

const withMemberships = (count: number) => ({ memberships: { length: count } }) as unknown as Dataset

describe('isLargeDataset', () => {
  it.each([
    [0, false],
    [600, false],
    [9_999, false],
    [10_000, true],
    [260_000, true],
  ])('%i memberships: %s', (count, large) => {
    expect(isLargeDataset(withMemberships(count))).toBe(large)
  })
})

describe('defersFilters', () => {
  it.each([
    [9_999, false],
    [100_000, false],
    [149_999, false],
    [150_000, true],
    [260_000, true],
  ])('%i memberships: %s', (count, deferred) => {
    expect(defersFilters(withMemberships(count))).toBe(deferred)
  })
})
