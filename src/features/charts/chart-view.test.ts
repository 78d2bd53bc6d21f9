import { describe, expect, it } from 'vitest'
import { niceTicks } from './chart-view'

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
