import * as fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { neutralizeCell, toCsv } from '../export/csv'
import { describeJsonError, loadDataset } from './load-dataset'
import { loadDatasetInPage } from './load-in-page'
import type { RawDataset } from './schema'
import { formatProblem } from './types'

type Doc = RawDataset & Record<string, unknown>
const encode = (text: string) => new TextEncoder().encode(text)
/** The valid fixture, changed by `mutate`, as UTF-8 bytes the way a file arrives. */
function documentWith(mutate: (doc: Doc) => void): Uint8Array {
  const doc = structuredClone(rawDataset()) as Doc
  mutate(doc)
  return encode(JSON.stringify(doc))
}
const validText = JSON.stringify(rawDataset())

interface Expectation {
  reason: string
  problems?: string[]
}

/** Each entry is one bad document and exactly what the user is told about it. */
const CORPUS: [string, () => Uint8Array | string, Expectation][] = [
  ['an empty file', () => new Uint8Array(0), { reason: 'The document is empty.' }],
  ['only white space', () => encode(' \n\t '), { reason: 'The document is empty.' }],
  [
    'truncated JSON',
    () => encode(validText.slice(0, 120)),
    { reason: 'The document is not valid JSON: it ends too early (the file may be cut off) at line 1, column 121.' },
  ],
  [
    'a trailing comma',
    () => encode('{"version": 1,}'),
    {
      reason:
        'The document is not valid JSON: a comma before "}" (JSON allows no comma after the last item) at line 1, column 15.',
    },
  ],
  [
    'single quotes',
    () => encode("{'version': 1}"),
    {
      reason:
        'The document is not valid JSON: text must be in double quotes ("), not single quotes at line 1, column 2.',
    },
  ],
  [
    'a comment',
    () => encode('{\n  // the data\n  "version": 1\n}'),
    { reason: 'The document is not valid JSON: JSON allows no comments at line 2, column 3.' },
  ],
  [
    'UTF-16 text with its byte-order mark',
    () => new Uint8Array([0xff, 0xfe, ...Array.from(validText).flatMap((c) => [c.charCodeAt(0), 0])]),
    { reason: 'The document is not UTF-8 text, so it cannot be JSON.' },
  ],
  [
    'bytes that are not UTF-8',
    () => new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]),
    { reason: 'The document is not UTF-8 text, so it cannot be JSON.' },
  ],
  [
    'a web page',
    () => encode('<!doctype html><html><body>Not found</body></html>'),
    { reason: 'The document is a web page or XML (it starts with "<"), not JSON.' },
  ],
  [
    'a JSON list',
    () => encode('[1, 2, 3]'),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['the document must be a JSON object with "version", "title", "updated" and the lists, not a list'],
    },
  ],
  [
    'a JSON string',
    () => encode('"hello"'),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: [
        'the document must be a JSON object with "version", "title", "updated" and the lists, not the text "hello"',
      ],
    },
  ],
  [
    'JSON null',
    () => encode('null'),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['the document must be a JSON object with "version", "title", "updated" and the lists, not null'],
    },
  ],
  [
    'no version',
    () =>
      documentWith((d) => {
        delete (d as Record<string, unknown>).version
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['version: is required (this app reads versions 1 and 2)'],
    },
  ],
  [
    'an unknown version',
    () =>
      documentWith((d) => {
        ;(d as Record<string, unknown>).version = 3
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['version: unsupported dataset version 3 (this app reads versions 1 and 2)'],
    },
  ],
  [
    'the version as text',
    () =>
      documentWith((d) => {
        ;(d as Record<string, unknown>).version = '1'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['version: unsupported dataset version "1" (this app reads versions 1 and 2)'],
    },
  ],
  [
    'no title',
    () =>
      documentWith((d) => {
        delete (d as Record<string, unknown>).title
      }),
    { reason: 'The document is not a valid dataset: 1 problem.', problems: ['title: is required'] },
  ],
  [
    'a title of the wrong type',
    () =>
      documentWith((d) => {
        ;(d as Record<string, unknown>).title = ['x']
      }),
    { reason: 'The document is not a valid dataset: 1 problem.', problems: ['title: must be text, not a list'] },
  ],
  [
    'a 10,000-character name',
    () =>
      documentWith((d) => {
        d.organizations[0]!.name = 'N'.repeat(10_000)
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[0].name: is 10000 characters long; the limit is 120'],
    },
  ],
  [
    'a duplicate organization id',
    () =>
      documentWith((d) => {
        d.organizations.push({ id: 'ibm', name: 'IBM Research', sector: 'research-academia' })
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[6].id: "ibm" is used twice (also organizations[0])'],
    },
  ],
  [
    'a duplicate coalition id',
    () =>
      documentWith((d) => {
        d.coalitions.push({ id: 'forum', name: 'Forum II' })
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['coalitions[2].id: "forum" is used twice (also coalitions[1])'],
    },
  ],
  [
    'a duplicate source id',
    () =>
      documentWith((d) => {
        d.sources.push({ id: 'launch', title: 'Again', url: 'https://example.org/again' })
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['sources[2].id: "launch" is used twice (also sources[0])'],
    },
  ],
  [
    'a membership of a missing organization',
    () =>
      documentWith((d) => {
        d.memberships[1]!.organization = 'metta'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[1].organization: "metta" is not an organization id (did you mean "meta"?)'],
    },
  ],
  [
    'a membership of a missing coalition',
    () =>
      documentWith((d) => {
        d.memberships[4]!.coalition = 'frontier'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[4].coalition: "frontier" is not a coalition id'],
    },
  ],
  [
    'a citation of a missing source',
    () =>
      documentWith((d) => {
        d.memberships[2]!.sources = ['launch', 'expansio']
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[2].sources[1]: "expansio" is not a source id (did you mean "expansion"?)'],
    },
  ],
  [
    'an organization in a missing sector',
    () =>
      documentWith((d) => {
        d.organizations[5]!.sector = 'universities'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[5].sector: "universities" is not a sector id'],
    },
  ],
  [
    'a missing parent',
    () =>
      documentWith((d) => {
        d.organizations[2]!.parent = 'ibn'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[2].parent: "ibn" is not an organization id (did you mean "ibm"?)'],
    },
  ],
  [
    'cyclic parents',
    () =>
      documentWith((d) => {
        d.organizations[0]!.parent = 'cern'
        d.organizations[3]!.parent = 'red-hat'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[0].parent: corporate families must not loop: ibm → cern → red-hat → ibm'],
    },
  ],
  [
    'its own parent',
    () =>
      documentWith((d) => {
        d.organizations[4]!.parent = 'openai'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[4].parent: an organization cannot be its own parent'],
    },
  ],
  [
    'overlapping memberships',
    () =>
      documentWith((d) => {
        d.memberships.push({
          organization: 'ibm',
          coalition: 'alliance',
          role: 'member',
          joined: '2024-01',
          sources: ['launch'],
        })
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[7]: IBM is listed twice in Alliance for overlapping periods (also memberships[0])'],
    },
  ],
  [
    'dates out of order',
    () =>
      documentWith((d) => {
        d.memberships[0]!.left = '2023-11-30'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[0]: left 2023-11-30 is before joined 2023-12-05'],
    },
  ],
  [
    'an impossible date',
    () =>
      documentWith((d) => {
        d.memberships[0]!.joined = '2024-02-30'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[0].joined: "2024-02-30" is not a real calendar date'],
    },
  ],
  [
    'a date in another format',
    () =>
      documentWith((d) => {
        d.coalitions[0]!.founded = '05/12/2023'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['coalitions[0].founded: "05/12/2023" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD'],
    },
  ],
  [
    'a javascript: link',
    () =>
      documentWith((d) => {
        d.sources[0]!.url = 'javascript:alert(document.cookie)'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['sources[0].url: only http and https links are allowed'],
    },
  ],
  [
    'a data: link',
    () =>
      documentWith((d) => {
        d.coalitions[0]!.url = 'data:text/html,<script>alert(1)</script>'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['coalitions[0].url: only http and https links are allowed'],
    },
  ],
  [
    'a relative link',
    () =>
      documentWith((d) => {
        d.organizations[0]!.url = 'ibm.com'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[0].url: "ibm.com" is not an absolute web address (it must start with https://)'],
    },
  ],
  [
    'a membership without sources',
    () =>
      documentWith((d) => {
        delete (d.memberships[3] as Record<string, unknown>).sources
      }),
    { reason: 'The document is not a valid dataset: 1 problem.', problems: ['memberships[3].sources: is required'] },
  ],
  [
    'an empty list of sources',
    () =>
      documentWith((d) => {
        d.memberships[3]!.sources = []
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[3].sources: must cite at least one source: every membership needs one'],
    },
  ],
  [
    'an unknown confidence',
    () =>
      documentWith((d) => {
        ;(d.memberships[0] as Record<string, unknown>).confidence = 'HIGH'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[0].confidence: must be one of "high", "medium" or "low", not the text "HIGH"'],
    },
  ],
  [
    'a three-letter country',
    () =>
      documentWith((d) => {
        d.organizations[0]!.country = 'USA'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: [
        'organizations[0].country: "USA" is not a country code: use the two upper-case letters of ISO 3166-1, like "US" or "JP"',
      ],
    },
  ],
  [
    'eleven aliases',
    () =>
      documentWith((d) => {
        d.organizations[1]!.aliases = Array.from({ length: 11 }, (_, i) => `Name ${i}`)
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['organizations[1].aliases: lists 11; the limit is 10'],
    },
  ],
  [
    'memberships that are not a list',
    () =>
      documentWith((d) => {
        ;(d as Record<string, unknown>).memberships = 'none'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships: must be a list, not the text "none"'],
    },
  ],
  [
    'deeply nested junk',
    () => encode(validText.replace('"memberships":[', `"memberships":[${'['.repeat(5000)}${']'.repeat(5000)},`)),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[0]: must be an object, not a list'],
    },
  ],
  [
    'a role that is too long',
    () =>
      documentWith((d) => {
        d.memberships[0]!.role = 'founding member and chair of the board of governors'
      }),
    {
      reason: 'The document is not a valid dataset: 1 problem.',
      problems: ['memberships[0].role: is 51 characters long; the limit is 40'],
    },
  ],
  [
    'a file over the size limit (60 MB)',
    () => new Uint8Array(60 * 1024 * 1024),
    { reason: 'The document is 60.0 MB; the limit is 50.0 MB.' },
  ],
  [
    'several problems at once',
    () =>
      documentWith((d) => {
        d.title = ' '
        d.memberships[0]!.organization = 'ibmm'
        d.sources[1]!.url = 'ftp://example.org'
      }),
    {
      reason: 'The document is not a valid dataset: 3 problems.',
      problems: [
        'title: must not be empty',
        'sources[1].url: only http and https links are allowed',
        'memberships[0].organization: "ibmm" is not an organization id (did you mean "ibm"?)',
      ],
    },
  ],
]

describe('loadDataset: the bad-document corpus', () => {
  it('holds at least 40 documents', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
  })

  it.each(CORPUS)('refuses %s with a message that names the problem', (_name, make, expected) => {
    const outcome = loadDataset(make())
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.reason).toBe(expected.reason)
    expect(outcome.problems.map(formatProblem)).toEqual(expected.problems ?? [])
  })
})

// The page's loader loads zod only for documents that are not plainly valid: it must still say
// exactly what loadDataset says, for every bad document and for good ones.
describe('loadDatasetInPage: the same outcome as loadDataset', () => {
  it.each(CORPUS)('for %s', async (_name, make) => {
    expect(await loadDatasetInPage(make())).toEqual(loadDataset(make()))
  })

  it.each<[string, () => Uint8Array | string]>([
    ['the valid fixture', () => validText],
    [
      'an unknown field, a warning',
      () =>
        documentWith((d) => {
          ;(d.memberships[0] as Record<string, unknown>).weight = 3
        }),
    ],
  ])('for %s', async (_name, make) => {
    const expected = loadDataset(make())
    expect(expected.ok).toBe(true)
    expect(await loadDatasetInPage(make())).toEqual(expected)
  })

  it('honours a smaller size limit', async () => {
    const outcome = await loadDatasetInPage(encode(' '.repeat(2048)), 1024)
    expect(outcome.ok ? null : outcome.reason).toBe('The document is 2.0 KB; the limit is 1.0 KB.')
  })
})

describe('loadDataset: documents that are accepted', () => {
  it.each<[string, () => Uint8Array | string]>([
    ['a UTF-8 byte-order mark before valid JSON', () => new Uint8Array([0xef, 0xbb, 0xbf, ...encode(validText)])],
    ['a byte-order mark in text', () => `\uFEFF${validText}`],
    [
      'HTML in a name, which stays plain text',
      () =>
        documentWith((d) => {
          d.organizations[0]!.name = '<img src=x onerror=alert(1)>'
        }),
    ],
  ])('accepts %s', (_name, make) => {
    expect(loadDataset(make()).ok).toBe(true)
  })

  it('lists unknown fields as warnings and still accepts', () => {
    const outcome = loadDataset(
      documentWith((d) => {
        ;(d.memberships[0] as Record<string, unknown>).weight = 3
      }),
    )
    expect(outcome.ok).toBe(true)
    expect(outcome.warnings.map(formatProblem)).toEqual([
      'memberships[0].weight: "weight" is not a field of this format and is ignored',
    ])
  })

  it('honours a smaller size limit', () => {
    const outcome = loadDataset(encode(' '.repeat(2048)), 1024)
    expect(outcome.ok ? null : outcome.reason).toBe('The document is 2.0 KB; the limit is 1.0 KB.')
  })
})

// Messages as engines word them (V8's old and new forms, Firefox's), so the wording does not hang
// on the engine the tests happen to run in.
describe('describeJsonError', () => {
  it.each([
    [
      'V8, old form: the place from its position',
      'Unexpected token x in JSON at position 4',
      'ab\ncxef',
      'Unexpected token x at line 2, column 2',
    ],
    [
      'Firefox: the place from its line and column',
      'JSON.parse: unexpected character at line 2 column 2 of the JSON data',
      'ab\ncxef',
      'unexpected character at line 2, column 2',
    ],
    [
      'a trailing comma, whatever the engine says',
      'Some engine words in JSON at position 7',
      '[1, 2, ]',
      'a comma before "]" (JSON allows no comma after the last item) at line 1, column 8',
    ],
    [
      'a comma that is not the last',
      'Some engine words in JSON at position 4',
      '[1, , 2]',
      'Some engine words at line 1, column 5',
    ],
    [
      'a trailing comma across lines',
      'JSON.parse: unexpected character at line 3 column 1 of the JSON data',
      '{"a": 1,\n  \n}',
      'a comma before "}" (JSON allows no comma after the last item) at line 3, column 1',
    ],
    [
      'single quotes',
      "Unexpected token ' in JSON at position 1",
      "{'a': 1}",
      'text must be in double quotes ("), not single quotes at line 1, column 2',
    ],
    [
      'a block comment',
      'Unexpected token / in JSON at position 0',
      '/* x */ {}',
      'JSON allows no comments at line 1, column 1',
    ],
    [
      'a slash that is no comment',
      'Unexpected token / in JSON at position 0',
      '/ {}',
      'Unexpected token / at line 1, column 1',
    ],
    ['cut off, no place given', 'Unexpected end of JSON input', '{"a":', 'it ends too early (the file may be cut off)'],
    ['no place at all', 'something odd', '{}', 'something odd'],
  ])('%s', (_, message, text, expected) => {
    expect(describeJsonError(new SyntaxError(message), text)).toBe(expected)
  })
})

// A thousand runs each; the generous timeout is for loaded CI machines, not a performance claim.
describe('properties', { timeout: 60_000 }, () => {
  it('never throws on any JSON value, and refuses anything that is not a dataset with a reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = loadDataset(JSON.stringify(value) ?? 'null')
        return outcome.ok === false && outcome.reason.length > 0
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws when any field of a valid document is replaced by any JSON value', () => {
    const fields = [
      'version',
      'title',
      'updated',
      'sectors',
      'sources',
      'coalitions',
      'organizations',
      'memberships',
    ] as const
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.nat(10), fc.string(), fc.jsonValue(), (list, index, key, value) => {
        const doc = structuredClone(rawDataset()) as Record<string, unknown>
        const target = doc[list]
        if (Array.isArray(target) && target.length > 0) {
          const item = target[index % target.length] as Record<string, unknown>
          item[key || 'id'] = value
        } else {
          doc[list] = value
        }
        const outcome = loadDataset(JSON.stringify(doc))
        return typeof outcome.ok === 'boolean'
      }),
      { numRuns: 1000 },
    )
  })

  it('round-trips any text through CSV export and a standard parser, formula starts neutralized', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv(['a', 'b', 'c', 'd', 'e'].slice(0, cells.length + 1), [[...cells, 1]])
        // The delimiter is stated: left to guess, Papa Parse takes a cell's tabs for the delimiter.
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' }).data
        return JSON.stringify(parsed[1]) === JSON.stringify([...cells.map(neutralizeCell), '1'])
      }),
      { numRuns: 1000 },
    )
  })

  it('round-trips the case a random run found: a cell of a line break and tabs beside empty cells', () => {
    const cells = ['', '', '\n\t\t']
    const csv = toCsv(['a', 'b', 'c', 'd'], [[...cells, 1]])
    expect(Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' }).data[1]).toEqual([
      '',
      '',
      "'\n\t\t",
      '1',
    ])
  })
})
