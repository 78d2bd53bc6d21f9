import { describe, expect, it } from 'vitest'
import { isolate } from './isolate'

describe('isolate', () => {
  it.each<[string, string, string]>([
    ['plain Latin text stays as written', 'Meta', 'Meta'],
    ['accents and CJK stay as written', 'École 智谱', 'École 智谱'],
    ['Arabic is isolated', 'مؤسسة', '\u2068مؤسسة\u2069'],
    ['Hebrew is isolated', 'מכון', '\u2068מכון\u2069'],
    ['a right-to-left override is isolated', 'abc\u202Edef', '\u2068abc\u202Edef\u2069'],
    ['a stray pop directional isolate is isolated', 'x\u2069', '\u2068x\u2069\u2069'],
    ['a right-to-left mark is isolated', 'x\u200F', '\u2068x\u200F\u2069'],
  ])('%s', (_case, text, expected) => {
    expect(isolate(text)).toBe(expected)
  })
})
