import { describe, expect, it } from 'vitest'
import { coalitionColor, coalitionDash, distinctColors } from './chart-palettes'

describe('distinctColors', () => {
  it.each<[string, (string | null)[], string[], (string | null)[]]>([
    ['keeps stable colours that do not clash', ['#a', '#b', null], ['#a', '#b', '#c'], ['#a', '#b', null]],
    ['gives a repeated colour the first free one', ['#a', '#b', '#a'], ['#a', '#b', '#c', '#d'], ['#a', '#b', '#c']],
    ['never takes a colour a later category holds by right', ['#a', '#a', '#b'], ['#a', '#b', '#c'], ['#a', '#c', '#b']],
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
