import { describe, expect, it } from 'vitest'
import { excerpt } from './excerpt'

describe('excerpt', () => {
  it.each<[string, string, number, string | null]>([
    ['a short text is shown whole', 'Who belongs to which coalition.', 40, null],
    ['a text a little over the limit is shown whole', 'one two three four five six', 24, null],
    [
      'cuts after the last whole word',
      'Who belongs to twelve AI coalitions, with every membership cited',
      30,
      'Who belongs to twelve AI…',
    ],
    [
      'drops the punctuation before the cut',
      'Twelve coalitions, each cited; dates follow the evidence',
      19,
      'Twelve coalitions…',
    ],
    [
      'cuts a word longer than half the excerpt where it is',
      'See https://example.org/a-very-long-address-indeed for more',
      20,
      'See https://example…',
    ],
    ['counts characters, not UTF-16 units', '😀😀😀😀😀 😀😀😀😀😀 😀😀😀😀😀', 11, '😀😀😀😀😀 😀😀😀😀😀…'],
    ['ignores surrounding spaces', '   Short.   ', 6, null],
  ])('%s', (_case, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected)
  })
})
