import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { checkDataset, loadDataset } from './load-dataset'
import { readAcceptedBytes } from './normalize'

const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc))

describe('readAcceptedBytes', () => {
  it('builds the same dataset as validation does, so the worker split changes nothing', () => {
    const doc = rawDataset()
    doc.title = '  Test coalitions  '
    doc.organizations[1]!.aliases = ['  Facebook ']
    const validated = loadDataset(bytes(doc))
    if (!validated.ok) throw new Error('fixture must be valid')
    expect(readAcceptedBytes(bytes(doc))).toEqual(validated.dataset)
    expect(validated.dataset.title).toBe('Test coalitions')
    expect(validated.dataset.organizationById.get('meta')?.aliases).toEqual(['Facebook'])
  })
})

describe('checkDataset', () => {
  it.each<[string, (doc: ReturnType<typeof rawDataset>) => void]>([
    ['a valid document', () => {}],
    ['a dangling reference', (doc) => { doc.memberships[0]!.organization = 'ibmm' }],
    ['a bad date', (doc) => { doc.updated = 'today' }],
  ])('gives the same verdict as loadDataset for %s', (_name, mutate) => {
    const doc = rawDataset()
    mutate(doc)
    const full = loadDataset(bytes(doc))
    const verdict = checkDataset(bytes(doc))
    expect(verdict.ok).toBe(full.ok)
    expect(verdict).toEqual(full.ok ? { ok: true, warnings: full.warnings } : full)
  })
})
