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
    ['a large document, kept as a Blob', { ...good, text: new Blob(['{"version":2}']) }, true],
  ])('%s', (_case, value, kept) => {
    const record = parseKeptRecord(value)
    const written = (value ?? {}) as Record<string, unknown>
    expect(record === null ? null : [record.document, record.kind, record.label, record.savedOn]).toEqual(
      kept ? [written.text, written.kind, written.label, written.savedOn] : null,
    )
    // The very Blob stored, not a copy or a string made from it.
    expect(record?.document instanceof Blob).toBe(kept && written.text instanceof Blob)
  })

  it('reads nothing, without failing, where there is no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined')
    await expect(readKeptDataset()).resolves.toBeNull()
  })
})
