import { describe, expect, it } from 'vitest'
import { keptDatasetParts, keptDroppedReason, keptLabel } from './kept'

describe('keptDatasetParts', () => {
  it.each<[string, string, string]>([
    ['file', 'mine.json', 'Showing mine.json, loaded from a file on 30 November 2026 and kept in this browser.'],
    [
      'url',
      'https://example.org/d.json',
      'Showing https://example.org/d.json, loaded from a link on 30 November 2026 and kept in this browser.',
    ],
    ['spreadsheet', 'members.xlsx', 'Showing members.xlsx, loaded on 30 November 2026 and kept in this browser.'],
  ])('%s', (kind, label, sentence) => {
    const { before, after } = keptDatasetParts(kind, '2026-11-30')
    expect(`${before}${label}${after}`).toBe(sentence)
  })
})

describe('a kept dataset dropped', () => {
  it.each<[string | null, string]>([
    [
      'organizations[0].sector: "x" is not a sector.',
      'It no longer passes the checks, so it was removed from this browser and the bundled dataset is shown instead. organizations[0].sector: "x" is not a sector.',
    ],
    [
      null,
      'It no longer passes the checks, so it was removed from this browser and the bundled dataset is shown instead.',
    ],
  ])('%j', (reason, expected) => {
    expect(keptDroppedReason(reason)).toBe(expected)
    expect(keptLabel('mine.json')).toBe('mine.json (kept in this browser)')
  })
})
