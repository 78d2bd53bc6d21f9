import { describe, expect, it } from 'vitest'
import { HATCH_BACKGROUNDS, contrastRatio, hatchColor } from '../../components/hatch-colors'
import {
  COUNTRY_PALETTE,
  OTHER_COLOR,
  UNKNOWN_COLOR,
  coalitionColor,
  coalitionDash,
  distinctColors,
} from './chart-palettes'

describe('distinctColors', () => {
  it.each<[string, (string | null)[], string[], (string | null)[]]>([
    ['keeps stable colours that do not clash', ['#a', '#b', null], ['#a', '#b', '#c'], ['#a', '#b', null]],
    ['gives a repeated colour the first free one', ['#a', '#b', '#a'], ['#a', '#b', '#c', '#d'], ['#a', '#b', '#c']],
    [
      'never takes a colour a later category holds by right',
      ['#a', '#a', '#b'],
      ['#a', '#b', '#c'],
      ['#a', '#c', '#b'],
    ],
    ['repeats only when the palette is used up', ['#a', '#a'], ['#a'], ['#a', '#a']],
  ])('%s', (_name, stable, palette, expected) => {
    expect(distinctColors(stable, palette)).toEqual(expected)
  })
})

describe('coalition lines', () => {
  it('differ in colour or dash for the first 42 coalitions', () => {
    const styles = Array.from({ length: 42 }, (_, index) => `${coalitionColor(index)} ${coalitionDash(index)}`)
    expect(new Set(styles).size).toBe(42)
  })
})

describe('hatching in these colours', () => {
  const colors = [
    ...COUNTRY_PALETTE,
    OTHER_COLOR,
    UNKNOWN_COLOR,
    ...Array.from({ length: 7 }, (_, index) => coalitionColor(index)),
  ]
  it.each(colors)('%s: stripes have 3:1 against both themes’ chart surface', (color) => {
    for (const background of HATCH_BACKGROUNDS)
      expect(contrastRatio(hatchColor(color), background)).toBeGreaterThanOrEqual(3)
  })
})
