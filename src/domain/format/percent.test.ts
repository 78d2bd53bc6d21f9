import { describe, expect, it } from 'vitest'
import { formatPercent, percentRangeText } from './percent'

describe('formatPercent', () => {
  it.each<[number, number | undefined, string]>([
    [0, undefined, '0.0%'],
    [1, undefined, '100.0%'],
    [0.25, undefined, '25.0%'],
    [2 / 3, undefined, '66.7%'],
    [1 / 3, undefined, '33.3%'],
    // Halves round up, even where the binary fraction sits just below the half.
    [0.125, undefined, '12.5%'],
    [0.0005, undefined, '0.1%'],
    [0.00049, undefined, '0.0%'],
    [-0.0001, undefined, '0.0%'],
    [0.4, 0, '40%'],
    [0.005, 0, '1%'],
    [2 / 3, 2, '66.67%'],
  ])('%d with %s decimals → %s', (share, decimals, text) => {
    expect(formatPercent(share, decimals)).toBe(text)
  })
})

describe('percentRangeText', () => {
  it.each<[number, number, string]>([
    [0.2, 0.4, '20.0%–40.0%'],
    // Certain members only can give the higher figure: the range still reads low to high.
    [1, 0.6, '60.0%–100.0%'],
    [0.25, 0.25, '25.0%'],
    // Equal once rounded: one figure.
    [0.33331, 0.33334, '33.3%'],
    [0, 0, '0.0%'],
  ])('%d and %d → %s', (first, second, text) => {
    expect(percentRangeText(first, second)).toBe(text)
  })
})
