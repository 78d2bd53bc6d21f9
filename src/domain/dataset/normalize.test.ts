import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { checkDataset, loadDataset } from './load-dataset'
import { normalizeDocument, normalizeDocumentInSteps } from './normalize'
import type { RawDataset } from './schema'

const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc))

describe('normalizeDocumentInSteps', () => {
  it('builds the same dataset as validation does, so the worker split changes nothing', async () => {
    const doc = rawDataset()
    doc.title = '  Test coalitions  '
    doc.organizations[1]!.aliases = ['  Facebook ']
    const validated = loadDataset(bytes(doc))
    if (!validated.ok) throw new Error('fixture must be valid')
    expect(await normalizeDocumentInSteps(JSON.parse(JSON.stringify(doc)) as RawDataset, async () => {})).toEqual(
      validated.dataset,
    )
    expect(validated.dataset.title).toBe('Test coalitions')
    expect(validated.dataset.organizationById.get('meta')?.aliases).toEqual(['Facebook'])
  })

  it.each<[string, number, (pauses: number) => void]>([
    [
      'a slice of 0 ms: a pause after every few thousand items',
      0,
      (pauses) => expect(pauses).toBeGreaterThanOrEqual(2),
    ],
    ['an endless slice: no pause at all', Number.POSITIVE_INFINITY, (pauses) => expect(pauses).toBe(0)],
  ])('%s, building what the one-step version builds', async (_case, sliceMs, check) => {
    const doc = rawDataset()
    for (let index = 0; index < 10_000; index++) {
      doc.organizations.push({ id: `org-${index}`, name: `Organization ${index}`, sector: 'research-academia' })
    }
    let pauses = 0
    const stepped = await normalizeDocumentInSteps(
      doc,
      async () => {
        pauses++
      },
      sliceMs,
    )
    check(pauses)
    expect(stepped).toEqual(normalizeDocument(doc))
  })
})

describe('checkDataset', () => {
  it.each<[string, (doc: ReturnType<typeof rawDataset>) => void]>([
    ['a valid document', () => {}],
    [
      'a dangling reference',
      (doc) => {
        doc.memberships[0]!.organization = 'ibmm'
      },
    ],
    [
      'a bad date',
      (doc) => {
        doc.updated = 'today'
      },
    ],
  ])('gives the same verdict as loadDataset for %s', (_name, mutate) => {
    const doc = rawDataset()
    mutate(doc)
    const full = loadDataset(bytes(doc))
    const verdict = checkDataset(bytes(doc))
    expect(verdict.ok).toBe(full.ok)
    expect(verdict).toEqual(full.ok ? { ok: true, warnings: full.warnings, json: doc } : full)
  })
})
