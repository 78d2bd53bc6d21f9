// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bundledDatasetUrl, takePrefetchedKeptRecord, takePrefetchedResponse, type EarlyRead } from './dataset-prefetch'
import { DATABASE, KEY, STORE } from './dataset-storage'

// public/boot.js is a plain script the page runs before the bundle; run the same text here.
const bootScript = readFileSync(fileURLToPath(import.meta.resolve('../../public/boot.js')), 'utf8')
function runBootScript(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  // oxlint-disable-next-line typescript/no-implied-eval -- the test runs the page's own script file
  new Function(bootScript)()
}

afterEach(() => {
  delete window.coalitionAtlasPrefetch
  window.history.replaceState(null, '', '/')
  vi.unstubAllGlobals()
})

function stubFetch() {
  const fetch = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>((url) =>
    Promise.resolve(new Response(`{"from":"${url}"}`)),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('public/boot.js', () => {
  const cases: [string, string, number][] = [
    ['a plain address fetches the bundled dataset', '', 1],
    ['other parameters do not matter', '?asOf=2024-06-30&sector=research-academia', 1],
    // The bundled dataset is shown while a link loads, so it is fetched with a link too.
    ['a dataset link still fetches the bundled dataset', '?data=https%3A%2F%2Fexample.org%2Fd.json', 1],
  ]
  it.each(cases)('%s', (_name, search, fetches) => {
    const fetch = stubFetch()
    runBootScript(search)
    expect(fetch.mock.calls).toEqual(
      Array.from({ length: fetches }, () => [bundledDatasetUrl(), { credentials: 'omit' }]),
    )
    expect(takePrefetchedResponse(bundledDatasetUrl()) !== null).toBe(fetches === 1)
  })
})

describe('takePrefetchedResponse', () => {
  it('hands the response over once, and only for the address that was fetched', async () => {
    stubFetch()
    runBootScript('')
    expect(takePrefetchedResponse('https://example.org/other.json')).toBeNull()
    const response = takePrefetchedResponse(bundledDatasetUrl())
    expect(response).not.toBeNull()
    expect(await (await response)?.json()).toEqual({ from: bundledDatasetUrl() })
    expect(takePrefetchedResponse(bundledDatasetUrl())).toBeNull()
  })

  it('passes a failed download on to whoever takes it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<() => Promise<Response>>(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    runBootScript('')
    await expect(takePrefetchedResponse(bundledDatasetUrl())).rejects.toThrow('Failed to fetch')
  })

  it('is null when nothing was prefetched', () => {
    expect(takePrefetchedResponse(bundledDatasetUrl())).toBeNull()
  })
})

/**
 * A stand-in for IndexedDB, enough for boot.js and idb-keyval: `stored` is the store's content, or how it fails.
 * Returns what was asked of it, in order.
 */
function stubIndexedDb(stored: Record<string, unknown> | 'cannot open' | 'no store') {
  const asked: string[] = []
  vi.stubGlobal('indexedDB', {
    open(name: string) {
      asked.push(`open ${name}`)
      const opening: Record<string, unknown> & { onsuccess?: () => void; onerror?: () => void } = {}
      queueMicrotask(() => {
        if (stored === 'cannot open') return opening.onerror?.()
        opening.result = {
          transaction(store: string, mode: string) {
            asked.push(`transaction ${store} ${mode}`)
            if (stored === 'no store') throw new DOMException('No such store', 'NotFoundError')
            return {
              objectStore: (storeName: string) => ({
                get(key: string) {
                  asked.push(`get ${storeName} ${key}`)
                  const getting: Record<string, unknown> & { onsuccess?: () => void } = {}
                  queueMicrotask(() => {
                    getting.result = stored[key]
                    getting.onsuccess?.()
                  })
                  return getting
                },
              }),
            }
          },
          close: () => asked.push('close'),
        }
        opening.onsuccess?.()
      })
      return opening
    },
  })
  return asked
}

/** dataset-storage.ts as first imported: it keeps its connection to the database from one read to the next. */
async function freshStorage() {
  vi.resetModules()
  return import('./dataset-storage')
}

const KEPT = { version: 1, text: '{"version":2}', kind: 'file', label: 'mine.json', savedOn: '2026-11-30' }

describe('public/boot.js reads the kept dataset early', () => {
  const cases: [string, Parameters<typeof stubIndexedDb>[0] | 'no IndexedDB', EarlyRead][] = [
    ['a record kept', { [KEY]: KEPT }, { value: KEPT }],
    ['nothing kept', {}, { value: undefined }],
    // null: the app reads storage itself.
    ['a database that cannot be opened', 'cannot open', null],
    ['a database without the store', 'no store', null],
    ['no IndexedDB at all', 'no IndexedDB', null],
  ]
  it.each(cases)('%s', async (_case, stored, read) => {
    stubFetch()
    if (stored !== 'no IndexedDB') stubIndexedDb(stored)
    runBootScript('')
    await expect(takePrefetchedKeptRecord()).resolves.toEqual(read)
    // Handed over once.
    expect(takePrefetchedKeptRecord()).toBeNull()
  })

  it('asks for the database, store and key dataset-storage.ts keeps it under, and closes it', async () => {
    stubFetch()
    const asked = stubIndexedDb({ [KEY]: KEPT })
    runBootScript('')
    await takePrefetchedKeptRecord()
    expect(asked).toEqual([`open ${DATABASE}`, `transaction ${STORE} readonly`, `get ${STORE} ${KEY}`, 'close'])
  })

  it('is what the first readKeptDataset gives, without asking storage again; the next one reads storage', async () => {
    stubFetch()
    const asked = stubIndexedDb({ [KEY]: KEPT })
    runBootScript('')
    const { readKeptDataset } = await freshStorage()
    const kept = { document: KEPT.text, kind: 'file', label: 'mine.json', savedOn: KEPT.savedOn }
    await expect(readKeptDataset()).resolves.toEqual(kept)
    expect(asked.filter((step) => step.startsWith('get'))).toHaveLength(1)
    await expect(readKeptDataset()).resolves.toEqual(kept)
    expect(asked.filter((step) => step.startsWith('get'))).toHaveLength(2)
  })

  it('a failed early read is not the answer: readKeptDataset reads storage itself', async () => {
    stubFetch()
    runBootScript('')
    const asked = stubIndexedDb({ [KEY]: KEPT })
    const { readKeptDataset } = await freshStorage()
    // boot.js ran without IndexedDB (its read is null); storage answers now.
    await expect(readKeptDataset()).resolves.toEqual({
      document: KEPT.text,
      kind: 'file',
      label: 'mine.json',
      savedOn: KEPT.savedOn,
    })
    expect(asked).toContain(`get ${STORE} ${KEY}`)
  })
})
