// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../scripts/gen-data.mjs'
import { changesBetween, changesOf } from '../domain/changes/changes'
import { resolveSpan, spanBounds } from '../domain/changes/span'
import { contentHash } from '../domain/cite/content-hash'
import { isoToDay } from '../domain/dataset/dates'
import type { RawDataset } from '../domain/dataset/schema'
import { rawDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import { loadBundledDataset, loadDocumentText, loadFromDocument, loadInitialDataset } from './dataset-loader'
import type { KeptDataset } from './dataset-storage'
import { selectDatasetHash, TODAY } from './selectors'

// What this browser keeps: set by a test, read back by loadInitialDataset.
let kept: KeptDataset | null = null
vi.mock('./dataset-storage', () => ({
  readKeptDataset: () => Promise.resolve(kept),
  keepDataset: () => Promise.resolve(false),
  forgetKeptDataset: () => Promise.resolve(),
}))

/** Every object's keys in reverse order, written with tabs: the same facts, other bytes. */
function reordered(doc: RawDataset): string {
  const reverse = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reverse)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, item]) => [key, reverse(item)]),
          )
        : value
  return JSON.stringify(reverse(doc), null, '\t')
}

const hashOnScreen = () => selectDatasetHash(useAtlasStore.getState())
/** The hash once it has joined the dataset on screen (it is computed after the dataset is shown). */
const hashJoined = () =>
  vi.waitFor(() => {
    const hash = hashOnScreen()
    if (hash === null) throw new Error('the content hash has not joined the dataset yet')
    return hash
  })

beforeEach(() => {
  kept = null
})

afterEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
  vi.unstubAllGlobals()
})

describe('the content hash is computed once, after a document is shown, whatever way it came', () => {
  it.each<[string, (text: string) => Promise<unknown>]>([
    ['a file (or any text handed over)', (text) => loadDocumentText(text, { kind: 'file', label: 'mine.json' })],
    ['the spreadsheet importer', (text) => loadFromDocument(text, { kind: 'import', label: 'members.xlsx' })],
    [
      'this browser’s storage',
      (text) => {
        kept = { document: text, kind: 'file', label: 'mine.json', savedOn: '2026-11-30' }
        return loadInitialDataset()
      },
    ],
    [
      'this browser’s storage, kept as a Blob',
      (text) => {
        kept = { document: new Blob([text]), kind: 'file', label: 'mine.json', savedOn: '2026-11-30' }
        return loadInitialDataset()
      },
    ],
    [
      'the bundled file (fetched)',
      (text) => {
        vi.stubGlobal('fetch', () => Promise.resolve(new Response(text, { status: 200 })))
        return loadBundledDataset()
      },
    ],
  ])('%s', async (_way, load) => {
    const expected = await contentHash(rawDataset())
    await load(JSON.stringify(rawDataset()))
    expect(useAtlasStore.getState().dataset?.title).toBe('Test coalitions')
    // Shown first: the first rows do not wait for the hash.
    expect(hashOnScreen()).toBeNull()
    expect(await hashJoined()).toBe(expected)
    expect(hashOnScreen()).toMatch(/^[0-9a-f]{12}$/)
  })

  it('is the same for the same facts written another way, and another when one fact changes', async () => {
    await loadDocumentText(JSON.stringify(rawDataset()), { kind: 'file', label: 'a.json' })
    const first = await hashJoined()
    await loadDocumentText(`\uFEFF${reordered(rawDataset())}\n`, { kind: 'file', label: 'b.json' })
    expect(await hashJoined()).toBe(first)
    const changed = rawDataset()
    changed.memberships[3]!.joined = '2024-03'
    await loadDocumentText(JSON.stringify(changed), { kind: 'file', label: 'c.json' })
    expect(useAtlasStore.getState().origin?.label).toBe('c.json')
    expect(await hashJoined()).not.toBe(first)
    expect(hashOnScreen()).toBe(await contentHash(changed))
  })

  it('a fetched document past the size checked in the page, read in slices, is read back whole', async () => {
    const document = generateDataset({ orgs: 3000, coalitions: 20, memberships: 8000, seed: 7 }) as RawDataset
    const bytes = new TextEncoder().encode(JSON.stringify(document))
    expect(bytes.byteLength).toBeGreaterThan(1024 * 1024)
    // Three chunks, each after a pause longer than a reading slice: the document comes back as a Blob of slices.
    const third = Math.ceil(bytes.byteLength / 3)
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        for (let start = 0; start < bytes.byteLength; start += third) {
          await new Promise((resolve) => setTimeout(resolve, 40))
          controller.enqueue(bytes.slice(start, start + third))
        }
        controller.close()
      },
    })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status: 200 })))
    await loadBundledDataset()
    expect(useAtlasStore.getState().dataset?.memberships.length).toBe(document.memberships.length)
    expect(await hashJoined()).toBe(await contentHash(document))
  })

  it('stays with the dataset on screen when a document is refused', async () => {
    await loadDocumentText(JSON.stringify(rawDataset()), { kind: 'file', label: 'a.json' })
    const first = hashOnScreen()
    const broken = rawDataset()
    broken.memberships[0]!.organization = 'nobody'
    await loadDocumentText(JSON.stringify(broken), { kind: 'file', label: 'broken.json' })
    expect(useAtlasStore.getState().load.status).toBe('error')
    expect(hashOnScreen()).toBe(first)
  })
})

describe('the Changes section’s figures are worked out ahead of it on a large dataset', () => {
  const today = isoToDay(TODAY) as number
  const spanOf = (dataset: NonNullable<ReturnType<typeof useAtlasStore.getState>['dataset']>) => {
    const span = resolveSpan(spanBounds(dataset, today), today, null, null)
    return [span.from, span.to] as [number, number]
  }

  async function loadGenerated(memberships: number) {
    const doc = generateDataset({ orgs: 1500, coalitions: 12, memberships, seed: 7 })
    await loadDocumentText(JSON.stringify(doc), { kind: 'file', label: 'large.json' })
    const dataset = useAtlasStore.getState().dataset
    if (!dataset) throw new Error('the generated dataset must load')
    expect(dataset.memberships.length).toBe(memberships)
    return { dataset, span: spanOf(dataset) }
  }

  it('10,000 memberships (large): kept for the span the section will show, as changesBetween gives them', async () => {
    const { dataset, span } = await loadGenerated(10_000)
    // The warm-up's code is fetched, then it yields to the event loop between slices.
    await vi.waitFor(() => expect(changesOf.has(dataset, span)).toBe(true), { timeout: 5000 })
    expect(changesOf(dataset, ...span)).toEqual(changesBetween(dataset, ...span))
  })

  it('9,999 memberships: left to the section', async () => {
    const { dataset, span } = await loadGenerated(9_999)
    // Time enough for a warm-up to have run, had one been started (the large case takes a fraction of it).
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(changesOf.has(dataset, span)).toBe(false)
  })
})
