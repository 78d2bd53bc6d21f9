/**
 * The dataset is the long pole of the first paint. `public/boot.js`, a tiny script that runs before
 * the app's bundle, starts downloading the bundled file and reading the dataset kept in this
 * browser, and leaves both pending on `window.coalitionAtlasPrefetch`; the loader takes them from
 * here instead of starting them again once the bundle has run.
 */
// public/boot.js writes the same path; dataset-prefetch.test.ts runs it and checks they agree.
const BUNDLED_DATASET_PATH = 'data/coalitions.json'

/** What boot.js read from IndexedDB: `value` as stored (undefined for nothing), or null when it could not read. */
export type EarlyRead = { readonly value: unknown } | null

/** Each read is handed over once (set to undefined when taken): later loads read afresh. */
interface Prefetch {
  readonly url: string
  response?: Promise<Response>
  kept?: Promise<EarlyRead>
}

declare global {
  interface Window {
    coalitionAtlasPrefetch?: Prefetch
  }
}

export function bundledDatasetUrl(): string {
  return new URL(BUNDLED_DATASET_PATH, document.baseURI).href
}

/** The prefetched response for `url`, once; null when there is none (later loads fetch afresh). */
export function takePrefetchedResponse(url: string): Promise<Response> | null {
  if (typeof window === 'undefined') return null
  const prefetch = window.coalitionAtlasPrefetch
  if (prefetch?.url !== url || !prefetch.response) return null
  const { response } = prefetch
  prefetch.response = undefined
  return response
}

/** boot.js's read of the kept dataset's record, once; null when there is none (later reads go to storage). */
export function takePrefetchedKeptRecord(): Promise<EarlyRead> | null {
  if (typeof window === 'undefined') return null
  const prefetch = window.coalitionAtlasPrefetch
  if (!prefetch?.kept) return null
  const { kept } = prefetch
  prefetch.kept = undefined
  return kept
}
