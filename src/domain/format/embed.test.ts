import { describe, expect, it } from 'vitest'
import type { EmbedView } from '../embed/embed'
import {
  embedDatasetNote,
  embedDayNote,
  embedDocumentTitle,
  embedFrameTitle,
  embedNoCoalitionText,
  embedViewName,
} from './embed'

describe('embedViewName', () => {
  it.each<[EmbedView, string | undefined, string]>([
    ['sectors', undefined, 'sector chart'],
    ['countries', undefined, 'country chart'],
    ['timeline', undefined, 'timeline'],
    ['compare', undefined, 'comparison'],
    ['overlap', undefined, 'overlap matrix'],
    ['members', undefined, 'members table'],
    ['card', 'AI Alliance', 'AI Alliance card'],
    ['card', undefined, 'coalition card'],
  ])('%s (%s) → %s', (view, name, expected) => {
    expect(embedViewName(view, name)).toBe(expected)
  })
})

describe('embedFrameTitle', () => {
  it.each<[EmbedView, Parameters<typeof embedFrameTitle>[1], string]>([
    ['sectors', { asOf: '2024-06-30' }, 'Members by sector, as of 30 June 2024 (Coalition Atlas)'],
    ['countries', { asOf: null }, 'Members by country (Coalition Atlas)'],
    ['timeline', { asOf: '2023-12-05' }, 'Membership over time, as of 5 December 2023 (Coalition Atlas)'],
    [
      'compare',
      { asOf: null, pair: ['AI Alliance', 'Frontier Model Forum'] },
      'AI Alliance and Frontier Model Forum compared (Coalition Atlas)',
    ],
    ['compare', { asOf: null }, 'Two coalitions compared (Coalition Atlas)'],
    ['overlap', { asOf: null }, 'Overlap across coalitions (Coalition Atlas)'],
    ['members', { asOf: null }, 'Member organizations (Coalition Atlas)'],
    ['card', { asOf: '2024-06-30', coalitionName: 'CoSAI' }, 'CoSAI, as of 30 June 2024 (Coalition Atlas)'],
  ])('%s %j', (view, subject, title) => {
    expect(embedFrameTitle(view, subject)).toBe(title)
  })

  it('titles the embedded page itself without the day', () => {
    expect(embedDocumentTitle('card', { coalitionName: 'CoSAI' })).toBe('CoSAI · Coalition Atlas')
  })
})

describe('embedDatasetNote', () => {
  it.each<[Parameters<typeof embedDatasetNote>[0], boolean]>([
    [null, false],
    [{ kind: 'bundled', label: 'bundled dataset' }, false],
    [{ kind: 'url', label: 'https://example.org/d.json' }, false],
    [{ kind: 'file', label: 'mine.json' }, true],
    [{ kind: 'import', label: 'sheet.xlsx' }, true],
  ])('%j: a note %s', (origin, noted) => {
    expect(embedDatasetNote(origin) !== null).toBe(noted)
  })
})

describe('embedDayNote', () => {
  it.each<[string | null, string]>([
    ['2024-06-30', 'It counts members as of 30 June 2024, the day chosen under “As of”.'],
    [
      null,
      'It counts members as of the day it is read, as the page does when no day is chosen: choose a day under “As of” to fix it.',
    ],
  ])('%j', (asOf, note) => {
    expect(embedDayNote(asOf)).toBe(note)
  })
})

describe('embedNoCoalitionText', () => {
  it('names the id the address gave', () => {
    expect(embedNoCoalitionText('ai-aliance')).toBe('This dataset has no coalition with the id “ai-aliance”.')
  })
})
