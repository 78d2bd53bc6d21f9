import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { comparedPair } from './pair'

describe('comparedPair', () => {
  const withPreferred = buildDataset((doc) => {
    doc.coalitions.push(
      { id: 'ai-alliance', name: 'AI Alliance' },
      { id: 'frontier-model-forum', name: 'Frontier Model Forum' },
    )
  })
  it.each<[string, string | null, string | null, [string | null, string | null]]>([
    ['prefers the AI Alliance and the Forum when present', null, null, ['ai-alliance', 'frontier-model-forum']],
    ['keeps a valid choice', 'forum', 'alliance', ['forum', 'alliance']],
    [
      'replaces an unknown id with a default that is not the other side',
      'gone',
      'ai-alliance',
      ['frontier-model-forum', 'ai-alliance'],
    ],
  ])('%s', (_case, a, b, expected) => {
    expect(comparedPair(withPreferred, { a, b })).toEqual(expected)
  })

  it('falls back to the first two coalitions of another dataset', () => {
    expect(comparedPair(buildDataset(), { a: null, b: null })).toEqual(['alliance', 'forum'])
  })
})
