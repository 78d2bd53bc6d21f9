import { describe, expect, it } from 'vitest'
import { exportFileName, slugify } from './file-names'

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
    expect(exportFileName(['coalition-atlas', 'members', 'model-developer', '2024-06-01'], 'csv')).toBe('coalition-atlas-members-model-developer-2024-06-01.csv')
  })

  it('skips empty parts and never returns an empty name', () => {
    expect(exportFileName(['members-by-sector', null, '', '2024-06-01'], 'png')).toBe('members-by-sector-2024-06-01.png')
    expect(exportFileName([], 'svg')).toBe('export.svg')
  })
})
