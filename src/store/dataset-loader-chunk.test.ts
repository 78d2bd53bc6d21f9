// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../scripts/gen-data.mjs'
import { rawDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import { IN_PAGE_MAX_BYTES, loadDocumentText } from './dataset-loader'

// The large documents' code could not be fetched (offline, or a deploy replaced its chunk).
vi.mock('./worker-check', () => {
  throw new Error('Failed to fetch dynamically imported module')
})
vi.mock('./dataset-storage', () => ({
  readKeptDataset: () => Promise.resolve(null),
  keepDataset: () => Promise.resolve(false),
  forgetKeptDataset: () => Promise.resolve(),
}))

afterEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
})

describe('a large document when the code that checks it cannot be fetched', () => {
  it('is refused with a sentence that says so and what to do, and the dataset on screen stays', async () => {
    await loadDocumentText(JSON.stringify(rawDataset()), { kind: 'file', label: 'small.json' })
    const shown = useAtlasStore.getState().dataset
    expect(shown?.title).toBe('Test coalitions')

    const large = JSON.stringify(generateDataset({ orgs: 3000, coalitions: 20, memberships: 8000, seed: 7 }))
    expect(large.length).toBeGreaterThan(IN_PAGE_MAX_BYTES)
    await loadDocumentText(large, { kind: 'file', label: 'large.json' })
    const { load, dataset } = useAtlasStore.getState()
    expect(load.status).toBe('error')
    expect(load.reason).toBe(
      'The code that checks large documents could not be loaded (offline, or the site was updated): reload the page and try again.',
    )
    expect(dataset).toBe(shown)
  })
})
