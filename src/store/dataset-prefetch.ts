/**
 * The dataset is the long pole of the first paint. `public/boot.js`, a tiny script that runs before
 * the app's bundle, starts downloading the bundled file and leaves the pending response on
 * `window.coalitionAtlasPrefetch`; the loader takes it from here instead of fetching again.
 */
// public/boot.js writes the same path; dataset-prefetch.test.ts runs it and checks they agree.
const BUNDLED_DATASET_PATH = 'data/coalitions.json'

interface Prefetch {
  readonly url: string
  readonly response: Promise<Response>
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
  if (prefetch?.url !== url) return null
  delete window.coalitionAtlasPrefetch
  return prefetch.response
}
