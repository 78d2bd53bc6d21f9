import { describe, expect, it } from 'vitest'
import { HATCH_BACKGROUNDS, KEY_COLOR, contrastRatio, hatchColor, hueOf, relativeLuminance } from './hatch-colors'
import { SECTOR_PALETTE } from './sector-palette'

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#fff', '#000', 21],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1)
  })
})

describe('hatchColor', () => {
  const colors = [...SECTOR_PALETTE, '#8a8f98', '#c9ced6', '#DDDDDD', '#000000', '#ffffff', '#fff']

  it.each(colors)('%s: stripes stand out 3:1 from both themes’ surfaces, in the same hue', (color) => {
    const stripe = hatchColor(color)
    for (const background of HATCH_BACKGROUNDS) expect(contrastRatio(stripe, background)).toBeGreaterThanOrEqual(3)
    const turn = Math.abs(hueOf(stripe) - hueOf(color))
    expect(Math.min(turn, 1 - turn)).toBeLessThan(0.02)
  })

  it.each([
    // Already between the two surfaces: kept as it is.
    ['#0072B2', '#0072b2'],
    ['#D55E00', '#d55e00'],
  ])('keeps %s', (color, expected) => {
    expect(hatchColor(color)).toBe(expected)
  })

  it.each([
    ['#F0E442', 'darker'],
    ['#DDDDDD', 'darker'],
    ['#332288', 'lighter'],
  ])('makes %s %s', (color, way) => {
    const change = relativeLuminance(hatchColor(color)) - relativeLuminance(color)
    expect(way === 'darker' ? change < 0 : change > 0).toBe(true)
  })

  it('falls back to the neutral key colour for what is not a hex colour, which meets 3:1 too', () => {
    expect(hatchColor('var(--accent)')).toBe(KEY_COLOR)
    for (const background of HATCH_BACKGROUNDS) expect(contrastRatio(KEY_COLOR, background)).toBeGreaterThanOrEqual(3)
  })
})
