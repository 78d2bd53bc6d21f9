// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bundledDatasetUrl, takePrefetchedResponse } from './dataset-prefetch'

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
