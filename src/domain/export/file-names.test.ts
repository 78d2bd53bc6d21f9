import { describe, expect, it } from 'vitest'
import { exportFileName, imageFileName, slugify } from './file-names'

describe('slugify', () => {
  it.each([
    ['Model developer', 'model-developer'],
    ['Research & academia', 'research-and-academia'],
    ['École Polytechnique', 'ecole-polytechnique'],
    ['  --AI Alliance vs. FMF--  ', 'ai-alliance-vs-fmf'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})

describe('exportFileName', () => {
  it('joins what the file holds into one name', () => {
    expect(exportFileName(['coalition-atlas', 'members', 'model-developer', '2024-06-01'], 'csv')).toBe(
      'coalition-atlas-members-model-developer-2024-06-01.csv',
    )
  })

  it('skips empty parts and never returns an empty name', () => {
    expect(exportFileName(['members-by-sector', null, '', '2024-06-01'], 'png')).toBe(
      'members-by-sector-2024-06-01.png',
    )
    expect(exportFileName([], 'svg')).toBe('export.svg')
  })
})

describe('imageFileName', () => {
  it.each<[string, 'png' | 'svg', 'light' | 'dark', string]>([
    ['members-by-sector-all-coalitions-2024-06-01', 'png', 'light', 'members-by-sector-all-coalitions-2024-06-01.png'],
    [
      'members-by-sector-all-coalitions-2024-06-01',
      'png',
      'dark',
      'members-by-sector-all-coalitions-2024-06-01-dark.png',
    ],
    ['venn', 'svg', 'dark', 'venn-dark.svg'],
    ['venn', 'svg', 'light', 'venn.svg'],
  ])('%s as %s, %s → %s', (base, format, theme, expected) => {
    expect(imageFileName(base, format, theme)).toBe(expected)
  })
})
