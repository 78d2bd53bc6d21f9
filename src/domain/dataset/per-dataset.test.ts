import { describe, expect, it } from 'vitest'
import type { Dataset } from './types'
import { perDataset } from './per-dataset'

const datasetA = { title: 'A' } as Dataset
const datasetB = { title: 'B' } as Dataset

describe('perDataset', () => {
  it.each<[string, readonly (readonly [Dataset, number, string])[], number]>([
    [
      'the same call twice: computed once',
      [
        [datasetA, 1, 'x'],
        [datasetA, 1, 'x'],
      ],
      1,
    ],
    [
      'another argument: computed again',
      [
        [datasetA, 1, 'x'],
        [datasetA, 2, 'x'],
      ],
      2,
    ],
    [
      'another dataset, same arguments: computed again',
      [
        [datasetA, 1, 'x'],
        [datasetB, 1, 'x'],
      ],
      2,
    ],
    [
      'back to a call among the last two kept: not computed again',
      [
        [datasetA, 1, 'x'],
        [datasetA, 2, 'x'],
        [datasetA, 1, 'x'],
      ],
      2,
    ],
    [
      'back to a call pushed out by two newer ones: computed again',
      [
        [datasetA, 1, 'x'],
        [datasetA, 2, 'x'],
        [datasetA, 3, 'x'],
        [datasetA, 1, 'x'],
      ],
      4,
    ],
  ])('%s', (_case, calls, expected) => {
    let computed = 0
    const sum = perDataset((dataset: Dataset, day: number, text: string) => {
      computed++
      return { title: dataset.title, day, text }
    }, 2)
    const results = calls.map(([dataset, day, text]) => sum(dataset, day, text))
    expect(computed).toBe(expected)
    results.forEach((result, index) => {
      const [dataset, day, text] = calls[index] as readonly [Dataset, number, string]
      expect(result).toEqual({ title: dataset.title, day, text })
    })
  })

  it('hands back the very object it kept, so memos and selectors downstream see no change', () => {
    const build = perDataset((dataset: Dataset, day: number) => ({ title: dataset.title, day }))
    expect(build(datasetA, 5)).toBe(build(datasetA, 5))
  })
})

describe('perDataset().remember', () => {
  it.each<[string, readonly [Dataset, number], readonly [Dataset, number], number]>([
    ['asked for what was remembered: not computed', [datasetA, 1], [datasetA, 1], 0],
    ['asked for another argument: computed', [datasetA, 1], [datasetA, 2], 1],
    ['asked for another dataset: computed', [datasetA, 1], [datasetB, 1], 1],
  ])('%s', (_, remembered, asked, computations) => {
    let computed = 0
    const cached = perDataset((_dataset: Dataset, day: number) => {
      computed++
      return `computed ${day}`
    })
    cached.remember(remembered[0], [remembered[1]], 'remembered')
    const value = cached(...asked)
    expect(computed).toBe(computations)
    expect(value).toBe(computations === 0 ? 'remembered' : `computed ${asked[1]}`)
  })
})

describe('perDataset().has', () => {
  it.each<[string, readonly [Dataset, number] | null, readonly [Dataset, number], boolean]>([
    ['nothing kept', null, [datasetA, 1], false],
    ['the same dataset and argument kept', [datasetA, 1], [datasetA, 1], true],
    ['another argument kept', [datasetA, 1], [datasetA, 2], false],
    ['the same argument kept for another dataset', [datasetA, 1], [datasetB, 1], false],
  ])('%s', (_, kept, asked, expected) => {
    let computed = 0
    const cached = perDataset((_dataset: Dataset, day: number) => {
      computed++
      return day
    })
    if (kept) cached(...kept)
    expect(cached.has(asked[0], [asked[1]])).toBe(expected)
    // Asking computes nothing.
    expect(computed).toBe(kept ? 1 : 0)
  })
})
