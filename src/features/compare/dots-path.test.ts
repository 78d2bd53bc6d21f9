import { describe, expect, it } from 'vitest'
import { dotsPath, emptyColumns } from './dots-path'

describe('dotsPath', () => {
  it.each<[string, number[], number, number, string]>([
    ['no dots: an empty path', [], 10, 5, ''],
    ['one dot: from its left edge, round in two arcs', [20], 10, 5, 'M15 10a5 5 0 1 0 10 0a5 5 0 1 0 -10 0'],
    [
      'two dots, each a subpath of its own',
      [11, 33],
      7.5,
      6.5,
      'M4.5 7.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0M26.5 7.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0',
    ],
  ])('%s', (_case, xs, y, r, path) => {
    expect(dotsPath(xs, y, r)).toBe(path)
  })
})

describe('emptyColumns', () => {
  it.each<[string, number, number[], number[]]>([
    ['none filled', 3, [], [0, 1, 2]],
    ['the first and the last filled', 4, [0, 3], [1, 2]],
    ['all filled', 2, [1, 0], []],
    ['no columns', 0, [], []],
  ])('%s', (_case, count, filled, empty) => {
    expect(emptyColumns(count, filled)).toEqual(empty)
  })
})
