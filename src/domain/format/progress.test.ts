import { describe, expect, it } from 'vitest'
import { progressShare, progressText, type ProgressFacts } from './progress'

describe('progressText and progressShare', () => {
  it.each<[ProgressFacts | null, string, number | null]>([
    [null, '', null],
    [{ phase: 'reading', loaded: 0, total: 0, checked: null }, 'Waiting for the first bytes…', null],
    [
      { phase: 'reading', loaded: 12 * 1024 * 1024, total: 48 * 1024 * 1024, checked: null },
      'Reading: 12.0 MB of 48.0 MB (25%)',
      0.25,
    ],
    [{ phase: 'reading', loaded: 2048, total: 0, checked: null }, 'Reading: 2.0 KB received', null],
    [{ phase: 'checking', loaded: 10, total: 10, checked: 0.4 }, 'Checking: 40%', 0.4],
    [{ phase: 'checking', loaded: 10, total: 10, checked: null }, 'Checking…', null],
    [{ phase: 'building', loaded: 10, total: 10, checked: 1 }, 'Building the dataset…', 1],
  ])('%j', (progress, text, share) => {
    expect(progressText(progress)).toBe(text)
    expect(progressShare(progress)).toBe(share)
  })
})
