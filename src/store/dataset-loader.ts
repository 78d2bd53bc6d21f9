/**
 * Getting a document into the store: fetch (with progress), validate it (in the page when small, in
 * the worker when large), and accept or refuse the result. A refused document leaves the dataset on
 * screen untouched.
 */
import { DEFAULT_MAX_BYTES, formatBytes } from '../domain/dataset/bytes'
import { readAcceptedBytes } from '../domain/dataset/normalize'
import { isSafeHref } from '../domain/dataset/safe-url'
import type { LoadOutcome } from '../domain/dataset/load-dataset'
import { useAtlasStore, type DatasetOrigin } from './atlas-store'
import { bundledDatasetUrl, takePrefetchedResponse } from './dataset-prefetch'
import type { WorkerRequest, WorkerResponse } from './dataset-worker'

export const BUNDLED_ORIGIN: DatasetOrigin = { kind: 'bundled', label: 'bundled dataset' }

let worker: Worker | null = null
let nextRequestId = 1
const pending = new Map<number, (response: WorkerResponse) => void>()
/** Only the newest load may change the store; an older one that finishes late is dropped. */
let currentLoad = 0

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'dataset-parser' })
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      // Named timings let the benchmark (and anyone with dev tools) see where loading time goes.
      performance.measure('atlas:worker-parse-validate', { start: performance.now() - event.data.workMs, duration: event.data.workMs })
      pending.get(event.data.id)?.(event.data)
      pending.delete(event.data.id)
    }
  }
  return worker
}

/** Up to this size a document is validated in the page: for the bundled 0.1 MB that takes a few
 *  milliseconds, where starting the worker and a round trip to it took 60–100 ms. Larger ones go to
 *  the worker so the page keeps responding (10,000 memberships, 1.8 MB, take about 80 ms there). */
export const IN_PAGE_MAX_BYTES = 512 * 1024

/** Validates small documents in place, larger ones in the worker when there is one (there is none
 *  in unit tests). On acceptance the page parses the bytes the worker hands back and builds the dataset itself. */
export async function parseBytes(bytes: ArrayBuffer, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadOutcome> {
  const target = bytes.byteLength > IN_PAGE_MAX_BYTES ? getWorker() : null
  if (!target) {
    // The validator (and zod) stay out of the page's own bundle: a lazy chunk here, and the worker's own copy.
    const { loadDataset } = await import('../domain/dataset/load-dataset')
    return loadDataset(bytes, maxBytes)
  }
  const id = nextRequestId++
  const response = await new Promise<WorkerResponse>((resolve) => {
    pending.set(id, resolve)
    const request: WorkerRequest = { id, bytes, maxBytes }
    target.postMessage(request, [bytes])
  })
  if (!response.verdict.ok) return response.verdict
  const started = performance.now()
  const dataset = readAcceptedBytes(response.bytes)
  performance.measure('atlas:build-dataset', { start: started, end: performance.now() })
  return { ok: true, dataset, warnings: response.verdict.warnings }
}

function settle(loadId: number, origin: DatasetOrigin, outcome: LoadOutcome): boolean {
  const store = useAtlasStore.getState()
  if (loadId !== currentLoad) {
    // A newer load has started, so this result is dropped, unless it is the page's first dataset:
    // a file refused while that was still loading must not leave the page with no data at all.
    if (!outcome.ok || store.dataset !== null) return false
    store.acceptDataset(outcome.dataset, origin, outcome.warnings, true)
    return true
  }
  if (outcome.ok) store.acceptDataset(outcome.dataset, origin, outcome.warnings)
  else store.refuseDataset(origin, outcome.reason, outcome.problems, outcome.warnings)
  return outcome.ok
}

/** Loads a document from a URL (the bundled file or a user's link). Resolves true when accepted. */
export async function loadFromUrl(url: string, origin: DatasetOrigin, maxBytes = DEFAULT_MAX_BYTES): Promise<boolean> {
  const loadId = ++currentLoad
  const store = useAtlasStore.getState()
  store.startLoading(origin)
  let bytes: ArrayBuffer
  const fetchStart = performance.now()
  try {
    bytes = await fetchWithProgress(url, maxBytes, (loaded, total) => {
      // Start the worker while the rest downloads: it takes 60–120 ms to be ready.
      if (Math.max(loaded, total) > IN_PAGE_MAX_BYTES) getWorker()
      if (loadId === currentLoad) useAtlasStore.getState().reportProgress(loaded, total)
    })
  } catch (error) {
    if (loadId === currentLoad) useAtlasStore.getState().refuseDataset(origin, error instanceof Error ? error.message : String(error), [])
    return false
  }
  const parseStart = performance.now()
  performance.measure('atlas:fetch', { start: fetchStart, end: parseStart })
  const outcome = await parseBytes(bytes, maxBytes)
  performance.measure('atlas:parse-validate', { start: parseStart, end: performance.now() })
  return settle(loadId, origin, outcome)
}

/** Loads a document the user picked or dropped. */
export async function loadFromFile(file: File, maxBytes = DEFAULT_MAX_BYTES): Promise<boolean> {
  const loadId = ++currentLoad
  const origin: DatasetOrigin = { kind: 'file', label: file.name }
  useAtlasStore.getState().startLoading(origin)
  if (file.size > maxBytes) {
    return settle(loadId, origin, { ok: false, reason: `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`, problems: [], warnings: [] })
  }
  // Start the worker while the file is read.
  if (file.size > IN_PAGE_MAX_BYTES) getWorker()
  return settle(loadId, origin, await parseBytes(await file.arrayBuffer(), maxBytes))
}

export function loadBundledDataset(): Promise<boolean> {
  return loadFromUrl(bundledDatasetUrl(), BUNDLED_ORIGIN)
}

/** A user's link: on success the `data` parameter holds it so the page can be shared; on failure
 *  the dataset on screen (and its parameter) stay as they were. */
export async function loadUserUrl(url: string): Promise<boolean> {
  if (!isSafeHref(url)) {
    useAtlasStore.getState().refuseDataset({ kind: 'url', label: url }, 'Only http and https links can be loaded.', [])
    return false
  }
  const accepted = await loadFromUrl(url, { kind: 'url', label: url })
  if (accepted) useAtlasStore.getState().setView({ data: url })
  return accepted
}

/** A picked or dropped file. A file cannot be shared as a link, so the `data` parameter is cleared. */
export async function loadUserFile(file: File): Promise<boolean> {
  const accepted = await loadFromFile(file)
  if (accepted) useAtlasStore.getState().setView({ data: null })
  return accepted
}

export async function resetToBundledDataset(): Promise<boolean> {
  const accepted = await loadBundledDataset()
  if (accepted) useAtlasStore.getState().setView({ data: null })
  return accepted
}

/** First load of the page: the `data` link when there is one, else the bundled dataset. A link that
 *  fails leaves its reason on screen and shows the bundled dataset instead of an empty page. */
export async function loadInitialDataset(): Promise<void> {
  const link = useAtlasStore.getState().view.data
  if (link === null) {
    await loadBundledDataset()
    return
  }
  if (await loadFromUrl(link, { kind: 'url', label: link })) return
  const { load } = useAtlasStore.getState()
  useAtlasStore.getState().setView({ data: null })
  if (await loadBundledDataset()) {
    // Keep the refusal on screen as an alert over the bundled data.
    useAtlasStore.getState().refuseDataset(load.origin ?? { kind: 'url', label: link }, `${load.reason ?? 'The link could not be loaded.'} Showing the bundled dataset instead.`, load.problems, load.warnings)
  }
}

/** Fetches a document, reporting progress and refusing one over the size limit without reading it all. */
export async function fetchWithProgress(url: string, maxBytes: number, onProgress: (loaded: number, total: number) => void): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await (takePrefetchedResponse(url) ?? fetch(url, { credentials: 'omit' }))
  } catch {
    throw new Error(`Could not fetch ${url}: the network request failed (offline, a wrong address, or a server that does not allow cross-origin requests).`)
  }
  if (!response.ok) {
    throw new Error(`Could not fetch ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
  }
  const total = Number(response.headers.get('content-length') ?? 0)
  if (total > maxBytes) throw new Error(`The document at ${url} is ${formatBytes(total)}; the limit is ${formatBytes(maxBytes)}.`)
  if (!response.body) return response.arrayBuffer()

  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    loaded += value.byteLength
    if (loaded > maxBytes) {
      await reader.cancel()
      throw new Error(`The document at ${url} is over ${formatBytes(maxBytes)}, the limit.`)
    }
    chunks.push(value)
    onProgress(loaded, total)
  }
  const bytes = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes.buffer
}
