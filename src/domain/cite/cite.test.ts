import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import { citationBibtex, citationKey, citationText, type CitationFacts } from './citation'
import { canonicalJson, contentHash } from './content-hash'

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [1, { d: 2, c: 3 }] }, '{"a":[1,{"c":3,"d":2}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['é\u2028', '"é\u2028"'],
    [[], '[]'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })
})

describe('contentHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the canonical JSON', async () => {
    // `echo -n '{"a":[1,{"c":3,"d":2}],"b":1}' | sha256sum` begins e23f8d4197e0.
    expect(await contentHash({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('e23f8d4197e0')
    expect(await contentHash({})).toBe('44136fa355b3')
  })

  it('is the same for the same facts in another key order and spacing', async () => {
    const doc = rawDataset()
    // Every object's keys in reverse order, written with four-space indentation, then read back.
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)])) : value
    const text = JSON.stringify(reverseKeys(doc), null, 4)
    expect(text.startsWith('{\n    "memberships"')).toBe(true)
    expect(await contentHash(JSON.parse(text))).toBe(await contentHash(doc))
  })

  it.each<[string, (doc: ReturnType<typeof rawDataset>) => void]>([
    ['a join date', (doc) => { doc.memberships[0]!.joined = '2023-12-06' }],
    ['a role', (doc) => { doc.memberships[2]!.role = 'member' }],
    ['a name', (doc) => { doc.organizations[0]!.name = 'IBM Corp' }],
    ['a source URL', (doc) => { doc.sources[0]!.url = 'https://example.org/launch2' }],
    ['the updated date', (doc) => { doc.updated = '2024-06-02' }],
    ['the order of a list', (doc) => { doc.memberships.reverse() }],
  ])('changes when %s changes', async (_fact, change) => {
    const doc = rawDataset()
    const before = await contentHash(doc)
    change(doc)
    expect(await contentHash(doc)).not.toBe(before)
  })
})

describe('citations', () => {
  const facts: CitationFacts = {
    title: 'AI industry coalitions',
    publisher: 'Coalition Atlas',
    updated: parsePartialDate('2026-11-30') as PartialDate,
    hash: '3f9a0c1b2d4e',
    url: 'https://atlas.example.org/?asOf=2024-06-30#compare',
    accessed: '2026-12-01',
    license: 'CC-BY-4.0',
    view: 'Comparison of AI Alliance and Frontier Model Forum, as of 30 June 2024',
  }

  it('words the plain text with every part a reader needs', () => {
    expect(citationText(facts)).toBe(
      'Coalition Atlas. “AI industry coalitions” (updated 30 November 2026; content hash 3f9a0c1b2d4e). Comparison of AI Alliance and Frontier Model Forum, as of 30 June 2024. https://atlas.example.org/?asOf=2024-06-30#compare (accessed 1 December 2026). Licence: CC-BY-4.0.',
    )
  })

  it('writes BibTeX with a stable key and escaped text', () => {
    expect(citationKey(facts)).toBe('coalitionatlas2026_3f9a0c')
    expect(citationBibtex({ ...facts, title: 'R&D {coalitions}_50%', license: undefined, view: undefined })).toBe(
      [
        '@misc{coalitionatlas2026_3f9a0c,',
        '  title = {R\\&D \\{coalitions\\}\\_50\\%},',
        '  author = {{Coalition Atlas}},',
        '  organization = {Coalition Atlas},',
        '  year = {2026},',
        '  version = {3f9a0c1b2d4e},',
        '  note = {Dataset updated 30 November 2026; content hash 3f9a0c1b2d4e},',
        '  url = {https://atlas.example.org/?asOf=2024-06-30#compare},',
        '  urldate = {2026-12-01}',
        '}',
      ].join('\n'),
    )
  })
})
