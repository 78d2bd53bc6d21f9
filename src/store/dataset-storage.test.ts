import { describe, expect, it } from 'vitest'
import { parseKeptRecord, readKeptDataset } from './dataset-storage'

const good = { version: 1, text: '{"version":2}', kind: 'file', label: 'mine.json', savedOn: '2026-11-30' }

describe('parseKeptRecord', () => {
  it.each<[string, unknown, boolean]>([
    ['a record this version wrote', good, true],
    ['a link', { ...good, kind: 'url', label: 'https://example.org/data.json' }, true],
    ['nothing stored', undefined, false],
    ['not an object', 'text', false],
    ['another version of the record', { ...good, version: 2 }, false],
    ['no text', { ...good, text: undefined }, false],
    ['the normalized object instead of text', { ...good, text: { version: 2 } }, false],
    ['the bundled dataset (never kept)', { ...good, kind: 'bundled' }, false],
    ['a day that is not one', { ...good, savedOn: 'yesterday' }, false],
  ])('%s', (_case, value, kept) => {
    expect(parseKeptRecord(value)).toEqual(
      kept
        ? {
            text: (value as typeof good).text,
            kind: (value as typeof good).kind,
            label: (value as typeof good).label,
            savedOn: good.savedOn,
          }
        : null,
    )
  })

  it('reads nothing, without failing, where there is no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined')
    await expect(readKeptDataset()).resolves.toBeNull()
  })
})
