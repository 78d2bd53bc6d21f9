/**
 * Classes of hostile or extreme input (issue "Hold firm"): every load settles with a verdict or a
 * sentence, problem counts stay true, every check is near-linear, and no id or text can corrupt a
 * figure. Large inputs are generated here, not stored. The timeouts are generous bounds so a
 * quadratic check fails (it took minutes), not performance claims: timings live in `npm run bench`.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { sectorBreakdown, timelineDomain, timelineSeries } from '../charts/chart-data'
import { familyIndex } from '../compare/family'
import { loadDataset } from './load-dataset'
import type { RawDataset } from './schema'
import { formatProblem } from './types'
import { validateDataset } from './validate-dataset'

const encode = (doc: unknown) => JSON.stringify(doc)

function withMemberships(count: number, make: (index: number) => unknown): string {
  const doc = rawDataset() as unknown as Record<string, unknown>
  doc.memberships = Array.from({ length: count }, (_, index) => make(index))
  return encode(doc)
}

describe('the loader always settles', () => {
  it(
    'refuses 170,000 empty memberships with the first problems and the true count, without overflowing the stack',
    { timeout: 60_000 },
    () => {
      const outcome = loadDataset(withMemberships(170_000, () => ({})))
      expect(outcome.ok).toBe(false)
      if (outcome.ok) return
      // Each empty membership lacks organization, coalition, role and sources.
      expect(outcome.problemCount).toBe(170_000 * 4)
      expect(outcome.reason).toBe('The document is not a valid dataset: 680,000 problems.')
      expect(outcome.problems).toHaveLength(1000)
      expect(formatProblem(outcome.problems[0]!)).toBe('memberships[0].organization: is required')
    },
  )

  it('says 5,000 problems when there are 5,000, whatever it lists', () => {
    const outcome = loadDataset(
      withMemberships(5000, (index) => ({
        organization: 'ibm',
        coalition: 'alliance',
        role: 7,
        sources: ['launch'],
        joined: `2023-12-${String((index % 28) + 1).padStart(2, '0')}`,
      })),
    )
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect([outcome.problemCount, outcome.problems.length, outcome.reason]).toEqual([
      5000 + 4999,
      1000,
      'The document is not a valid dataset: 9,999 problems.',
    ])
  })

  it('never throws, even for nesting deeper than the parser allows', () => {
    const deep = `{"version":2,"title":"x","updated":"2024","sectors":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const outcome = loadDataset(deep)
    expect(outcome.ok ? '' : outcome.reason).toMatch(/^The document /)
  })
})

describe('messages stay short and say what was there', () => {
  it('quotes a 5 MB dangling reference in a few dozen characters', () => {
    const doc = rawDataset()
    doc.memberships[0]!.organization = 'a'.repeat(5 * 1024 * 1024)
    const outcome = loadDataset(encode(doc))
    if (outcome.ok) throw new Error('must be refused')
    const messages = outcome.problems.map(formatProblem)
    expect(messages.every((message) => message.length < 200)).toBe(true)
    expect(messages.some((message) => message.startsWith('memberships[0].organization: "aaaa'))).toBe(true)
  })

  it('reports a 10,000-digit version as written, shortened, not as null', () => {
    const text = encode(rawDataset()).replace('"version":1', `"version":${'9'.repeat(10_000)}`)
    const outcome = loadDataset(text)
    if (outcome.ok) throw new Error('must be refused')
    expect(outcome.problems.map(formatProblem)).toEqual([
      `version: unsupported dataset version ${'9'.repeat(59)}… (this app reads versions 1 and 2)`,
    ])
  })

  it('shortens an unknown field name of any length in its warning', () => {
    const doc = rawDataset() as RawDataset & Record<string, unknown>
    doc['x'.repeat(100_000)] = 1
    const result = validateDataset(doc)
    expect(result.warnings.map(formatProblem).every((warning) => warning.length < 200)).toBe(true)
  })
})

describe('every check is near-linear', () => {
  it('checks 100,000 periods of one organization in one coalition for overlaps', { timeout: 30_000 }, () => {
    const start = Date.UTC(1800, 0, 1) / 86_400_000
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)
    const outcome = loadDataset(
      withMemberships(100_000, (index) => ({
        organization: 'ibm',
        coalition: 'forum',
        role: 'member',
        joined: iso(start + 2 * index),
        left: iso(start + 2 * index + 1),
        sources: ['launch'],
      })),
    )
    expect(outcome.ok).toBe(true)
  })

  it('follows a 100,000-deep chain of parents, and reports a 100,000-long loop once', { timeout: 30_000 }, () => {
    const doc = rawDataset()
    for (let index = 0; index < 100_000; index++) {
      doc.organizations.push({
        id: `o-${index}`,
        name: `Org ${index}`,
        sector: 'research-academia',
        parent: index > 0 ? `o-${index - 1}` : undefined,
      })
    }
    const result = validateDataset(structuredClone(doc))
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(familyIndex(result.dataset).rootOf.get('o-99999')).toBe('o-0')

    doc.organizations[6]!.parent = 'o-99999'
    const loop = validateDataset(doc)
    expect(loop.ok ? [] : loop.problems.map(formatProblem)).toEqual([
      'organizations[6].parent: corporate families must not loop: o-0 → o-99999 → o-99998 → o-99997 → … 99995 more … → o-1 → o-0',
    ])
  })

  it(
    'finds the span of a timeline of 150,000 distinct days without spreading them into a call',
    { timeout: 30_000 },
    () => {
      const doc = rawDataset()
      doc.memberships = []
      for (let index = 0; index < 150_000; index++) {
        const id = `o-${index}`
        doc.organizations.push({ id, name: id, sector: 'research-academia' })
        doc.memberships.push({
          organization: id,
          coalition: 'forum',
          role: 'member',
          joined: new Date(Date.UTC(1700, 0, 1 + index)).toISOString().slice(0, 10),
          sources: ['launch'],
        })
      }
      const result = validateDataset(doc)
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
      const series = timelineSeries(result.dataset, ['forum'], () => true)
      expect(series[0]?.points).toHaveLength(150_000)
      expect(timelineDomain(series, 0)).not.toBeNull()
    },
  )
})

describe('no id or text can corrupt a figure', () => {
  it.each(['constructor', 'prototype', 'to-string', 'has-own-property', 'value-of'])(
    'counts a sector whose id is %s like any other',
    (id) => {
      const doc = rawDataset()
      doc.sectors.push({ id, label: 'Odd' })
      doc.organizations[3]!.sector = id
      const result = validateDataset(doc)
      if (!result.ok) throw new Error('must be valid')
      const breakdown = sectorBreakdown(result.dataset, ['alliance'], Date.UTC(2024, 5, 1) / 86_400_000, () => true, [])
      expect(breakdown.categories.find((category) => category.key === id)?.total).toBe(1)
      expect(breakdown.series[0]?.counts[id]).toBe(1)
    },
  )
})

// Ids, names and texts of every awkward kind: control characters JSON allows, bidi overrides,
// property names of Object.prototype, very long strings.
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '\u202Eevil',
    'a\u0000b',
    '\u0007\u001b[31m',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    '<script>alert(1)</script>',
    '=HYPERLINK("x")',
    'x'.repeat(300),
  ),
)
const awkwardId = fc.oneof(
  fc.constantFrom(
    'constructor',
    'prototype',
    'proto',
    'name',
    'sector',
    'joined',
    'to-string',
    'a'.repeat(64),
    'a'.repeat(65),
  ),
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
)

describe('properties', { timeout: 120_000 }, () => {
  it('never throws, and settles as accepted or refused with sentences, whatever ids and texts a document holds', () => {
    fc.assert(
      fc.property(
        awkwardId,
        awkwardId,
        awkwardText,
        awkwardText,
        fc.constantFrom(1, 2),
        (sectorId, coalitionId, name, note, version) => {
          const doc = rawDataset() as RawDataset & Record<string, unknown>
          doc.version = version
          doc.sectors.push({ id: sectorId, label: name.slice(0, 60) || 'x' })
          doc.coalitions.push({ id: coalitionId, name, note })
          doc.organizations[0]!.sector = sectorId
          doc.organizations[1]!.name = name
          doc.memberships.push({
            organization: 'cern',
            coalition: coalitionId,
            role: name.slice(0, 40) || 'member',
            sources: ['launch'],
            note,
          })
          const outcome = loadDataset(JSON.stringify(doc))
          return (
            outcome.ok ||
            (outcome.reason.length > 0 &&
              outcome.problems.every((problem) => typeof problem.message === 'string' && problem.message.length < 1000))
          )
        },
      ),
      { numRuns: 3000 },
    )
  })
})
