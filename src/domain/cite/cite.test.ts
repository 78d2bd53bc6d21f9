import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import { bibtexText, citationBibtex, citationKey, citationText, type CitationFacts } from './citation'
import { canonicalJson, contentHash } from './content-hash'
import { sha256 } from './sha256'

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [1, { d: 2, c: 3 }] }, '{"a":[1,{"c":3,"d":2}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['é\u2028', '"é\u2028"'],
    [[], '[]'],
    [null, 'null'],
    [[undefined, 1.5e21, -0, 'a"\\b'], '[null,1.5e+21,0,"a\\"\\\\b"]'],
    // Keys that look like list positions are sorted as text, as every other key: "10" before "2".
    [{ 2: 'x', 10: 'y', b: { z: 1, '': 2 } }, '{"10":"y","2":"x","b":{"":2,"z":1}}'],
    // Sorted by UTF-16 code units: "Z" (5A) before "a" (61) before "é" (E9) before "😀" (D83D).
    [{ '😀': 1, é: 2, a: 3, Z: 4 }, '{"Z":4,"a":3,"é":2,"😀":1}'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })

  it.each<[string, string]>([
    // Keys every object inherits the name of: a document may use them, and they are written as its own.
    ['{"b":{"__proto__":{"x":1}},"a":{"y":2}}', '{"a":{"y":2},"b":{"__proto__":{"x":1}}}'],
    ['{"constructor":"c","toString":1,"o":{"k":true}}', '{"constructor":"c","o":{"k":true},"toString":1}'],
  ])('writes %s, whose keys name inherited properties, as its own', (text, expected) => {
    expect(canonicalJson(JSON.parse(text))).toBe(expected)
  })

  it('writes a document with thousands of distinct keys the same way', () => {
    const record = Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`k${1999 - index}`, index]))
    const text = canonicalJson([record, { k5: 'a' }])
    expect(text.startsWith('[{"k0":1999,"k1":1998,"k10":1989,')).toBe(true)
    expect(text.endsWith('"k999":1000},{"k5":"a"}]')).toBe(true)
  })
})

describe('sha256 in script, for pages without Web Crypto', () => {
  const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  it.each<[string, string]>([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('digests %j as FIPS 180-4 says', (text, expected) => {
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(expected)
  })

  it('agrees with Web Crypto at every padding boundary and on a long input', async () => {
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 100_003]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 31 + length) % 256)
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
      expect(hex(sha256(bytes)), `length ${length}`).toBe(hex(expected))
    }
  })
})

describe('contentHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the canonical JSON', async () => {
    // `echo -n '{"a":[1,{"c":3,"d":2}],"b":1}' | sha256sum` begins e23f8d4197e0.
    expect(await contentHash({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('e23f8d4197e0')
    expect(await contentHash({})).toBe('44136fa355b3')
  })

  it('is the same without Web Crypto (a page served over plain http)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle')
    const expected = await contentHash(rawDataset())
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true })
    try {
      expect(await contentHash(rawDataset())).toBe(expected)
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle)
      else delete (globalThis.crypto as { subtle?: unknown }).subtle
    }
    expect(globalThis.crypto.subtle).toBeDefined()
  })

  it('is the same for the same facts in another key order and spacing', async () => {
    const doc = rawDataset()
    // Every object's keys in reverse order, written with four-space indentation, then read back.
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reverseKeys(item)]),
            )
          : value
    const text = JSON.stringify(reverseKeys(doc), null, 4)
    expect(text.startsWith('{\n    "memberships"')).toBe(true)
    expect(await contentHash(JSON.parse(text))).toBe(await contentHash(doc))
  })

  it.each<[string, (doc: ReturnType<typeof rawDataset>) => void]>([
    [
      'a join date',
      (doc) => {
        doc.memberships[0]!.joined = '2023-12-06'
      },
    ],
    [
      'a role',
      (doc) => {
        doc.memberships[2]!.role = 'member'
      },
    ],
    [
      'a name',
      (doc) => {
        doc.organizations[0]!.name = 'IBM Corp'
      },
    ],
    [
      'a source URL',
      (doc) => {
        doc.sources[0]!.url = 'https://example.org/launch2'
      },
    ],
    [
      'the updated date',
      (doc) => {
        doc.updated = '2024-06-02'
      },
    ],
    [
      'the order of a list',
      (doc) => {
        doc.memberships.reverse()
      },
    ],
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

  it('says so when the dataset names no licence', () => {
    expect(citationText({ ...facts, license: undefined, view: undefined })).toBe(
      'Coalition Atlas. “AI industry coalitions” (updated 30 November 2026; content hash 3f9a0c1b2d4e). https://atlas.example.org/?asOf=2024-06-30#compare (accessed 1 December 2026). Licence: not stated in the dataset.',
    )
  })

  it('writes BibTeX with a stable key and escaped text', () => {
    expect(citationKey(facts)).toBe('coalitionatlas2026_3f9a0c')
    expect(citationBibtex({ ...facts, title: 'R&D {coalitions}_50%', license: undefined, view: undefined })).toBe(
      [
        '@misc{coalitionatlas2026_3f9a0c,',
        '  title = {{R\\&D \\textbraceleft{}coalitions\\textbraceright{}\\_50\\%}},',
        '  author = {{Coalition Atlas}},',
        '  organization = {Coalition Atlas},',
        '  year = {2026},',
        '  version = {3f9a0c1b2d4e},',
        '  note = {Dataset updated 30 November 2026; content hash 3f9a0c1b2d4e; licence not stated in the dataset},',
        '  url = {https://atlas.example.org/?asOf=2024-06-30#compare},',
        '  urldate = {2026-12-01}',
        '}',
      ].join('\n'),
    )
  })

  it('names the view in the title and the licence in the note', () => {
    const bibtex = citationBibtex(facts)
    expect(bibtex).toContain(
      '  title = {{AI industry coalitions: Comparison of AI Alliance and Frontier Model Forum, as of 30 June 2024}},',
    )
    expect(bibtex).toContain(
      '  note = {Dataset updated 30 November 2026; content hash 3f9a0c1b2d4e; licence CC-BY-4.0},',
    )
  })

  it('keeps braces balanced whatever the data says, and a URL as the same address', () => {
    const bibtex = citationBibtex({
      ...facts,
      title: 'Left { only',
      publisher: 'Right } only',
      url: 'https://x.example/?q={a b}',
    })
    let depth = 0
    for (const character of bibtex) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
    expect(bibtex).toContain('  url = {https://x.example/?q=%7Ba%20b%7D},')
  })
})

describe('bibtexText', () => {
  it.each<[string, string]>([
    ['AI Alliance', 'AI Alliance'],
    ['R&D 100% $5 #1 a_b', 'R\\&D 100\\% \\$5 \\#1 a\\_b'],
    ['{x}', '\\textbraceleft{}x\\textbraceright{}'],
    ['a\\b', 'a\\textbackslash{}b'],
    ['~^', '\\textasciitilde{}\\textasciicircum{}'],
    ['two\nlines\t here', 'two lines here'],
    ['Café “Łódź”', 'Café “Łódź”'],
  ])('%j', (text, expected) => {
    expect(bibtexText(text)).toBe(expected)
  })
})
