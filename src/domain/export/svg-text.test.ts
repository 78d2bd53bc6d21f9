// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { isolatedText, xmlSafe } from './svg-text'

describe('xmlSafe', () => {
  it.each<[string, string, string]>([
    ['NUL', 'A\u0000B', 'A\uFFFDB'],
    ['BEL', 'ring\u0007', 'ring\uFFFD'],
    ['ESC (a terminal colour code)', '\u001B[31mred', '\uFFFD[31mred'],
    ['backspace and form feed', 'a\u0008b\u000Cc', 'a\uFFFDb\uFFFDc'],
    ['unit separator', 'a\u001Fb', 'a\uFFFDb'],
    ['tab, line feed and carriage return stay', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'a\uFFFDb\uFFFD'],
    ['a lone high surrogate', 'a\uD83Db', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDE00b', 'a\uFFFDb'],
    ['a surrogate pair stays (an emoji)', 'AI \uD83D\uDE00', 'AI \uD83D\uDE00'],
    ['RIGHT-TO-LEFT OVERRIDE is valid XML, so it stays (isolation contains it)', 'abc\u202Edef', 'abc\u202Edef'],
    ['plain text and markup characters stay (the serializer escapes & and <)', 'R&D <Labs>', 'R&D <Labs>'],
    ['accents and other scripts stay', 'École · 東京大学 · جامعة', 'École · 東京大学 · جامعة'],
    ['empty', '', ''],
  ])('%s', (_case, input, expected) => {
    expect(xmlSafe(input)).toBe(expected)
  })
})

describe('isolatedText', () => {
  it.each<[string, string, string]>([
    ['U+202E RIGHT-TO-LEFT OVERRIDE cannot reach past the name', 'evil\u202Eeman', '\u2068evil\u202Eeman\u2069'],
    ['U+202B RIGHT-TO-LEFT EMBEDDING', 'x\u202By', '\u2068x\u202By\u2069'],
    ['a stray U+2069 POP DIRECTIONAL ISOLATE', 'x\u2069y', '\u2068x\u2069y\u2069'],
    ['U+200F RIGHT-TO-LEFT MARK', 'x\u200F', '\u2068x\u200F\u2069'],
    ['Arabic', 'جامعة الملك', '\u2068جامعة الملك\u2069'],
    ['Hebrew beside Latin', 'Technion טכניון', '\u2068Technion טכניון\u2069'],
    ['control characters are replaced, then isolated with the rest', 'a\u0000\u202E', '\u2068a\uFFFD\u202E\u2069'],
    ['a Latin name is left as written', 'IBM', 'IBM'],
    ['Chinese is left as written (left to right)', '東京大学', '東京大学'],
    ['control characters alone are replaced, nothing to isolate', 'a\u0007', 'a\uFFFD'],
    ['empty', '', ''],
  ])('%s', (_case, input, expected) => {
    expect(isolatedText(input)).toBe(expected)
  })

  it('makes text that an XML parser reads back as written, less what XML cannot hold', () => {
    const text = 'A\u0000B\u0007C\u001BD\u202EE\uFFFF'
    const parsed = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg"><text>${isolatedText(text)}</text></svg>`,
      'image/svg+xml',
    )
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(parsed.documentElement.textContent).toBe('\u2068A\uFFFDB\uFFFDC\uFFFDD\u202EE\uFFFD\u2069')
  })
})
