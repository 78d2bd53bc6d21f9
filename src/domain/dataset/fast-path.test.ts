import { readFileSync } from 'node:fs'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { rawDataset } from '../../test/fixtures'
import { isPlainlyValid } from './fast-path'
import { datasetSchema, httpUrl, KNOWN_FIELDS } from './schema'

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown

describe('isPlainlyValid', () => {
  it.each<[string, unknown]>([
    ['the test fixture', rawDataset()],
    ['the bundled dataset', read('../../../public/data/coalitions.json')],
    ['the example dataset', read('../../../public/data/examples/open-source-security.json')],
    ['a generated dataset', generateDataset({ orgs: 300, coalitions: 12, memberships: 2000, seed: 5 })],
  ])('takes the fast path for %s', (_name, doc) => {
    expect(isPlainlyValid(doc)).toBe(true)
  })

  it.each<[string, (doc: Record<string, unknown> & ReturnType<typeof rawDataset>) => void]>([
    [
      'a title of spaces',
      (d) => {
        d.title = '   '
      },
    ],
    [
      'an impossible date',
      (d) => {
        d.memberships[0]!.joined = '2023-02-29'
      },
    ],
    [
      'a javascript: link',
      (d) => {
        d.sources[0]!.url = 'javascript:alert(1)'
      },
    ],
    [
      'an unassigned country code',
      (d) => {
        d.organizations[0]!.country = 'XX'
      },
    ],
    [
      'an upper-case id',
      (d) => {
        d.organizations[0]!.id = 'IBM'
      },
    ],
    [
      'no sources on a membership',
      (d) => {
        d.memberships[0]!.sources = []
      },
    ],
    [
      'an extra level of nesting',
      (d) => {
        ;(d as Record<string, unknown>).memberships = [[]]
      },
    ],
  ])('hands %s to zod', (_name, mutate) => {
    const doc = structuredClone(rawDataset()) as Record<string, unknown> & ReturnType<typeof rawDataset>
    mutate(doc)
    expect(isPlainlyValid(doc)).toBe(false)
  })

  // Links are checked without zod; where zod's url check says no, the fast path must too.
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    ' https://example.org/ ',
    'HTTPS://EXAMPLE.ORG',
    'https://example.org/a b',
    'https://exa mple.org',
    'http:example.org',
    'https:/example.org',
    'https://',
    'https://[::1]/',
    'https://[::1',
    'https://example.org:99999',
    'https://user:pw@example.org',
    'https://example.org\n',
    'https://ex\tample.org',
    'javascript:alert(1)',
    'ftp://example.org',
    '//example.org',
    'example.org',
    'mailto:a@example.org',
  ])('agrees with zod on the link %j', (link) => {
    const doc = structuredClone(rawDataset())
    doc.sources[0]!.url = link
    expect(isPlainlyValid(doc)).toBe(httpUrl.safeParse(link).success)
  })

  // The property that makes the shortcut safe: it never says yes where zod says no.
  it('never accepts a document that the zod schema refuses', { timeout: 60_000 }, () => {
    const lists = ['sectors', 'sources', 'coalitions', 'organizations', 'memberships'] as const
    const tricky = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        '',
        ' ',
        '  x  ',
        'x'.repeat(16),
        'x'.repeat(17),
        'x'.repeat(40),
        'x'.repeat(41),
        'x'.repeat(60),
        'x'.repeat(61),
        'x'.repeat(64),
        'x'.repeat(65),
        'x'.repeat(120),
        'x'.repeat(121),
      ),
      fc.constantFrom(
        '2024',
        '2024-02',
        '2024-02-29',
        '2023-02-29',
        '2024-13',
        '2024-1-1',
        '24-01-01',
        '2024-01-01T00:00',
      ),
      fc.constantFrom(
        'https://example.org',
        'http://example.org/a?b=c',
        'javascript:alert(1)',
        'https://',
        'ftp://x.org',
        '//x.org',
        'example.org',
        'https://exa mple.org',
        'HTTPS://EXAMPLE.ORG',
      ),
      fc.constantFrom('US', 'us', 'XX', 'USA', 'GB', 'UK', 'high', 'HIGH', 'medium ', 'a-b', 'a--b', '-a', 'a-', 'ibm'),
      fc.constantFrom(null, undefined, 0, 1, 2, true, [], {}, ['a'], [''], ['a-b', 'A']),
      fc.string({ maxLength: 130 }),
    )
    const doc = fc.record({
      where: fc.oneof(fc.constant('root' as const), fc.constantFrom(...lists)),
      index: fc.nat(20),
      field: fc.oneof(fc.constantFrom(...new Set(Object.values(KNOWN_FIELDS).flat())), fc.string({ maxLength: 8 })),
      value: tricky,
      remove: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (mutations) => {
        const target = structuredClone(rawDataset()) as Record<string, unknown>
        for (const { where, index, field, value, remove } of mutations) {
          const list = where === 'root' ? null : (target[where] as Record<string, unknown>[] | undefined)
          const object = list && Array.isArray(list) && list.length > 0 ? list[index % list.length] : target
          if (!object || typeof object !== 'object') continue
          if (remove) delete (object as Record<string, unknown>)[field]
          else (object as Record<string, unknown>)[field] = value
        }
        return !isPlainlyValid(target) || datasetSchema.safeParse(target).success
      }),
      { numRuns: 3000 },
    )
  })
})
