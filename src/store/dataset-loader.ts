/**
 * Getting a document into the store: read it (with progress), check it (in the page when small, in
 * the worker when large), build the dataset in short steps, and accept or refuse it. Every load ends:
 * accepted, refused with its problems, cancelled, or abandoned with a sentence. A newer load always
 * wins: starting one aborts the one before. A refused or abandoned document leaves the dataset on
 * screen untouched.
 *
 * Any document accepted from somewhere other than the bundled file (a file, a link, or a document
 * another part of the app hands over with loadDocumentText) is kept in this browser
 * (dataset-storage.ts) and shown again after a reload: `loadInitialDataset` decides, a `data` link
 * in the address first, else the kept document, else the bundled dataset. A kept link is not
 * fetched again: the page shows what was loaded, as loaded (the address's `data` parameter is how
 * to fetch a fresh copy). A kept document that no longer passes the checks is dropped, with why.
 */
import { contentHash } from '../domain/cite/content-hash'
import { DEFAULT_MAX_BYTES, formatBytes } from '../domain/dataset/bytes'
import { loadDatasetInPage } from '../domain/dataset/load-in-page'
import type { LoadOutcome } from '../domain/dataset/read-document'
import { nextTask as pause } from '../domain/dataset/steps'
import { isSafeHref } from '../domain/dataset/safe-url'
import { useAtlasStore, type DatasetOrigin, type LoadProgress } from './atlas-store'
import { todayIso } from '../domain/dataset/dates'
import { isLargeDataset } from '../domain/dataset/size'
import { keptDroppedReason, keptLabel } from '../domain/format/kept'
import { bundledDatasetUrl, takePrefetchedResponse } from './dataset-prefetch'
import { forgetKeptDataset, keepDataset, readKeptDataset, type KeptDataset } from './dataset-storage'
import { LoadStopped } from './load-stopped'
import { afterNextPaint, whenQuiet } from './frames'
import { sizeOf, type DocumentBytes } from './worker-protocol'

export const BUNDLED_ORIGIN: DatasetOrigin = { kind: 'bundled', label: 'bundled dataset' }

/** A link that sends nothing for this long is abandoned. */
export const SILENCE_LIMIT_MS = 30_000
/** A link slower than this (bytes per second, averaged over SILENCE_LIMIT_MS) is abandoned. */
export const MIN_BYTES_PER_SECOND = 1024

/** Up to this size a document is checked in the page: for the bundled 0.1 MB that takes a few
 *  milliseconds, where starting the worker and a round trip to it took 60–100 ms. Larger ones go to
 *  the worker so the page keeps responding. */
export const IN_PAGE_MAX_BYTES = 512 * 1024

/**
 * What checking a document gives: refused, or accepted with the dataset built from it and the
 * document's content hash. The hash is computed here, once per document, whichever way it came
 * (bundled, file, link, this browser's storage, the spreadsheet importer: all are bytes by now),
 * from the parsed document, so the same document always gives the same hash. It is still being
 * worked out when the dataset is ready (in the worker for a large document, after the next frame for
 * a small one): the dataset is shown without waiting for it, and the hash joins it in the store.
 */
export type ParseOutcome =
  (Extract<LoadOutcome, { ok: true }> & { readonly hash: Promise<string> }) | Extract<LoadOutcome, { ok: false }>

// ---------------------------------------------------------------------------------------------
// Checking

/** Longest run of work between two yields while reading a document: well under a frame's worth of jank. */
const SLICE_MS = 30
/** Progress is shown at most this often: each report re-renders the progress bar. */
const PROGRESS_INTERVAL_MS = 100

/**
 * Fetches the large documents' code and starts the worker while a large document is still being
 * read: both take 60–120 ms. A worker that cannot start says so when the document is checked.
 */
function startWorkerEarly(): void {
  import('./worker-check').then(
    (large) => {
      try {
        large.datasetWorker()
      } catch {
        // Said by parseBytes, which asks again.
      }
    },
    () => {},
  )
}

/** Checks small documents in the page, larger ones in the worker when there is one (there is none in unit tests). */
export async function parseBytes(
  document: DocumentBytes,
  maxBytes = DEFAULT_MAX_BYTES,
  signal: AbortSignal = new AbortController().signal,
  report: (progress: LoadProgress) => void = () => {},
): Promise<ParseOutcome> {
  if (sizeOf(document) > IN_PAGE_MAX_BYTES) {
    const large = await import('./worker-check').catch(() => {
      throw new LoadStopped(
        'The code that checks large documents could not be loaded (offline, or the site was updated): reload the page and try again.',
      )
    })
    // Stopped while that code came: the worker is never asked.
    if (signal.aborted) throw signal.reason
    const target = large.datasetWorker()
    if (target) return large.checkInWorker(target, document, maxBytes, signal, report)
  }
  // Only a small Blob (a document read in several slices) or one with no worker to read it gets here.
  const bytes = document instanceof Blob ? await document.arrayBuffer() : document
  // The page's own checker is in its bundle: as a lazy chunk it was fetched only once the bundle had
  // run, and the first rows waited 350 ms for it. zod stays out (load-in-page.ts loads it only for a
  // document that is not plainly valid); the worker has its own copy.
  report({ phase: 'checking', loaded: bytes.byteLength, total: bytes.byteLength, checked: null })
  let checked: { document: unknown } | null = null
  const outcome = await loadDatasetInPage(bytes, maxBytes, (json) => {
    checked = { document: json }
  })
  if (!outcome.ok) return outcome
  if (checked === null) throw new LoadStopped('The dataset was built without its content hash.')
  const { document: json } = checked
  // Hashed once the dataset is on screen: writing the bundled document as canonical JSON and
  // hashing it held the first rows back by 30–45 ms, and only a citation needs it. The dataset is
  // built beside the parsed document, never into it (its types are readonly), so this is the hash
  // the document had when it was checked.
  const hash = afterNextPaint()
    .then(whenQuiet)
    .then(() => contentHash(json))
  // Nothing may wait on it (an outcome a newer load superseded is never accepted).
  hash.catch(() => {})
  return { ...outcome, hash }
}

// ---------------------------------------------------------------------------------------------
// Loads

interface ActiveLoad {
  readonly controller: AbortController
  readonly origin: DatasetOrigin
  /** Keep the document in this browser once accepted (not for the bundled one, nor one read back from there). */
  readonly keep: boolean
  /** Set when a newer load took over before any dataset was on screen: this one finishes quietly,
   *  and is shown only if the page still has nothing to show. */
  fallback: boolean
}

/** The load whose progress the page shows. Only it may change the store. */
let active: ActiveLoad | null = null

// An embedded view shows what its address names: it neither keeps a dataset nor shows a kept one.
function begin(
  origin: DatasetOrigin,
  keep = origin.kind !== 'bundled' && useAtlasStore.getState().view.embed === null,
): ActiveLoad {
  // A newer file or link always wins: the older one is aborted, not queued behind, unless the page
  // has nothing on screen yet. Then the older one finishes as a fallback, so a refused newer file
  // cannot leave the page empty.
  if (active && useAtlasStore.getState().dataset === null) active.fallback = true
  else active?.controller.abort(new DOMException('superseded', 'AbortError'))
  const load: ActiveLoad = { controller: new AbortController(), origin, keep, fallback: false }
  active = load
  useAtlasStore.getState().startLoading(origin)
  return load
}

/** Stops the load in progress, if any; the dataset on screen stays. */
export function cancelLoading(): void {
  const load = active
  if (!load) return
  active = null
  load.controller.abort(new DOMException('cancelled', 'AbortError'))
  useAtlasStore
    .getState()
    .endLoading(`Loading ${load.origin.label} was cancelled. The dataset on screen has not changed.`)
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** Runs one load to its end and settles the store; true when the document was accepted. */
async function run(
  load: ActiveLoad,
  read: (signal: AbortSignal, report: (progress: LoadProgress) => void) => Promise<DocumentBytes>,
  maxBytes: number,
): Promise<boolean> {
  const { controller, origin } = load
  const report = (progress: LoadProgress) => {
    if (active === load) useAtlasStore.getState().reportProgress(progress)
  }
  let outcome: ParseOutcome
  // What is kept once accepted: bytes as text now (the worker takes them over, and they are gone from
  // here), a Blob as itself, read as text only after acceptance.
  let kept: string | Blob | null = null
  try {
    const fetchStart = performance.now()
    const bytes = await read(controller.signal, report)
    if (load.keep) kept = bytes instanceof Blob ? bytes : new TextDecoder().decode(bytes)
    const parseStart = performance.now()
    performance.measure('atlas:fetch', { start: fetchStart, end: parseStart })
    outcome = await parseBytes(bytes, maxBytes, controller.signal, report)
    performance.measure('atlas:parse-validate', { start: parseStart, end: performance.now() })
  } catch (error) {
    if (isAbort(error) || controller.signal.aborted) return false
    outcome = {
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
      problems: [],
      problemCount: 0,
      warnings: [],
    }
  }
  const store = useAtlasStore.getState()
  if (load.fallback) {
    if (outcome.ok && store.dataset === null) accept(outcome, origin, true)
    return false
  }
  if (active !== load) return false
  active = null
  if (outcome.ok) {
    accept(outcome, origin, false)
    if (kept !== null) void keepAccepted(kept, origin)
    // Its code (the changes' view model) is fetched only for a large dataset, not with every page.
    if (isLargeDataset(outcome.dataset))
      void import('./large-warmup').then(({ warmLargeDataset }) => warmLargeDataset(outcome.dataset))
  } else store.refuseDataset(origin, outcome.reason, outcome.problems, outcome.warnings, outcome.problemCount)
  return outcome.ok
}

/** Shows an accepted dataset; a hash still being computed joins it in the store when it arrives. */
function accept(outcome: Extract<ParseOutcome, { ok: true }>, origin: DatasetOrigin, keepLoadState: boolean): void {
  const { dataset, warnings, hash } = outcome
  useAtlasStore.getState().acceptDataset(dataset, origin, warnings, keepLoadState)
  hash.then(
    (value) => useAtlasStore.getState().noteDatasetHash(dataset, value),
    // Neither the worker nor the page could hash it (memory): the dataset is shown, and cannot be cited.
    () => {},
  )
}

/** Keeps an accepted document in this browser, and says so once it is kept. */
async function keepAccepted(document: string | Blob, origin: DatasetOrigin): Promise<void> {
  const savedOn = todayIso()
  if (await keepDataset({ document, kind: origin.kind, label: origin.label, savedOn }))
    useAtlasStore.getState().markKept(origin, { savedOn, restored: false })
}

/**
 * Loads a document given as text (the spreadsheet importer's, say) as if it were a file with
 * `origin`: the same checks, the same progress, and it is kept in this browser once accepted.
 */
export function loadDocumentText(text: string, origin: DatasetOrigin, maxBytes = DEFAULT_MAX_BYTES): Promise<boolean> {
  return run(begin(origin), async () => new TextEncoder().encode(text).buffer as ArrayBuffer, maxBytes)
}

/** Forgets the document kept in this browser: a reload shows the bundled dataset (or the address's link). */
export async function forgetStoredDataset(): Promise<void> {
  await forgetKeptDataset()
  const origin = useAtlasStore.getState().origin
  if (origin?.kept) useAtlasStore.getState().markKept(origin, null)
}

/** Loads a document from a URL (the bundled file or a user's link). Resolves true when accepted. */
export function loadFromUrl(url: string, origin: DatasetOrigin, maxBytes = DEFAULT_MAX_BYTES): Promise<boolean> {
  return run(begin(origin), (signal, report) => fetchWithProgress(url, maxBytes, signal, report), maxBytes)
}

/** Loads a document the user picked or dropped. */
export function loadFromFile(file: File, maxBytes = DEFAULT_MAX_BYTES): Promise<boolean> {
  const origin: DatasetOrigin = { kind: 'file', label: file.name }
  return run(begin(origin), (signal, report) => readFile(file, maxBytes, signal, report), maxBytes)
}

/**
 * A document made in the page (the spreadsheet importer's): read, checked and accepted like any
 * other, with Cancel, newer-wins and progress. A file cannot be shared as a link, so on acceptance
 * the `data` parameter is cleared. A sheet already under the size limit may make a larger document,
 * so the limit here is twice the usual.
 */
export async function loadFromDocument(
  text: string,
  origin: DatasetOrigin,
  maxBytes = 2 * DEFAULT_MAX_BYTES,
): Promise<boolean> {
  const accepted = await run(begin(origin), async () => new TextEncoder().encode(text).buffer as ArrayBuffer, maxBytes)
  if (accepted) useAtlasStore.getState().setDataLink(null)
  return accepted
}

/**
 * The bundled dataset behind a link that is still loading: it is shown only while nothing else is,
 * takes no part in "newer wins", and leaves the link's progress on screen.
 */
async function loadBundledInBackground(): Promise<void> {
  try {
    const bytes = await fetchWithProgress(
      bundledDatasetUrl(),
      DEFAULT_MAX_BYTES,
      new AbortController().signal,
      () => {},
    )
    const outcome = await parseBytes(bytes)
    if (outcome.ok && useAtlasStore.getState().dataset === null) accept(outcome, BUNDLED_ORIGIN, true)
  } catch {
    // The link's own load reports what matters; without the bundled data the page waits for the link.
  }
}

export function loadBundledDataset(): Promise<boolean> {
  return loadFromUrl(bundledDatasetUrl(), BUNDLED_ORIGIN)
}

/** Why a dataset link is not loaded, in one sentence, or null when it can be. */
export function linkRefusal(url: string): string | null {
  return isSafeHref(url.trim()) ? null : 'Only http and https links can be loaded.'
}

/** A user's link: on success the `data` parameter holds it so the page can be shared; on failure
 *  the dataset on screen (and its parameter) stay as they were. */
export async function loadUserUrl(url: string): Promise<boolean> {
  const refusal = linkRefusal(url)
  if (refusal) {
    useAtlasStore.getState().refuseDataset({ kind: 'url', label: url.slice(0, 200) }, refusal, [])
    return false
  }
  const accepted = await loadFromUrl(url.trim(), { kind: 'url', label: url.trim() })
  if (accepted) useAtlasStore.getState().setDataLink(url.trim())
  return accepted
}

/** A picked or dropped file. A file cannot be shared as a link, so the `data` parameter is cleared. */
export async function loadUserFile(file: File): Promise<boolean> {
  const accepted = await loadFromFile(file)
  if (accepted) useAtlasStore.getState().setDataLink(null)
  return accepted
}

export async function resetToBundledDataset(): Promise<boolean> {
  await forgetKeptDataset()
  const accepted = await loadBundledDataset()
  if (accepted) useAtlasStore.getState().setDataLink(null)
  return accepted
}

/**
 * First load of the page: the `data` link when there is one, else the kept dataset (not in an
 * embedded view), else the bundled one. While a link loads the bundled dataset is shown; a link
 * that fails leaves its reason on screen over it.
 */
export async function loadInitialDataset(): Promise<void> {
  const { data: link, embed } = useAtlasStore.getState().view
  if (link === null) {
    // One IndexedDB read; boot.js has been downloading the bundled dataset meanwhile.
    const kept = embed === null ? await readKeptDataset() : null
    // A file dropped during that read is newer than either: the bundled dataset only stands behind it.
    if (active !== null) void loadBundledInBackground()
    else if (kept === null) await loadBundledDataset()
    else await restoreKeptDataset(kept)
    return
  }
  void loadBundledInBackground()
  await followDataParameter(link)
}

/** Shows the document kept in this browser, through the same checks as a file; drops it, with why, when it no longer passes them. */
async function restoreKeptDataset(kept: KeptDataset): Promise<void> {
  const origin: DatasetOrigin = {
    kind: kept.kind as DatasetOrigin['kind'],
    label: kept.label,
    kept: { savedOn: kept.savedOn, restored: true },
  }
  if (
    await run(
      begin(origin, false),
      async () =>
        typeof kept.document === 'string'
          ? (new TextEncoder().encode(kept.document).buffer as ArrayBuffer)
          : kept.document,
      DEFAULT_MAX_BYTES,
    )
  )
    return
  const refused = useAtlasStore.getState().load
  // Cancelled, or another load took over: the kept document stays for next time.
  if (refused.status !== 'error' || refused.origin !== origin) return
  await forgetKeptDataset()
  if (!(await loadBundledDataset())) return
  useAtlasStore
    .getState()
    .refuseDataset(
      { kind: origin.kind, label: keptLabel(kept.label) },
      keptDroppedReason(refused.reason),
      refused.problems,
      refused.warnings,
      refused.problemCount,
    )
}

/**
 * Brings the dataset on screen in line with a `data` parameter (a first load, or Back and Forward):
 * the link's dataset, or the bundled one when there is none.
 */
export async function followDataParameter(link: string | null): Promise<void> {
  const origin = useAtlasStore.getState().origin
  if (link === null) {
    // A link's dataset shown from this browser's storage at start never had a `data` parameter to lose.
    if (origin !== null && origin.kind === 'url' && !origin.kept?.restored) await loadBundledDataset()
    return
  }
  if (origin?.kind === 'url' && origin.label === link) return
  if (await loadFromUrl(link, { kind: 'url', label: link })) return
  const { load, dataset } = useAtlasStore.getState()
  if (load.status !== 'error') return
  // The link failed: drop it from the address, so the address names the dataset on screen.
  useAtlasStore.getState().setDataLink(null)
  if (dataset === null && !(await loadBundledDataset())) return
  useAtlasStore
    .getState()
    .refuseDataset(
      load.origin ?? { kind: 'url', label: link },
      `${load.reason ?? 'The link could not be loaded.'} Showing the ${useAtlasStore.getState().origin?.label ?? 'bundled dataset'} instead.`,
      load.problems,
      load.warnings,
      load.problemCount,
    )
}

// ---------------------------------------------------------------------------------------------
// Reading bytes

/** Collects streamed chunks, refusing more than `maxBytes`. */
async function readStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  total: number,
  signal: AbortSignal,
  report: (progress: LoadProgress) => void,
  tooLarge: () => string,
  watch?: (loaded: number) => void,
): Promise<DocumentBytes> {
  // The chunks of each slice become a Blob at its end, and the document the Blob of those: joining
  // 45 MB of chunks into one buffer at the end, or into one Blob, was a 200 ms task of its own,
  // while a Blob made of Blobs copies nothing. Only the worker reads a large one back: its
  // arrayBuffer() on this thread was one task of 130–330 ms at 45 MB (measured in Chromium 156).
  // (A stream's chunks are never shared memory, as a Blob's parts must not be.)
  const parts: Blob[] = []
  let chunks: Uint8Array<ArrayBuffer>[] = []
  let loaded = 0
  const onAbort = () => void reader.cancel().catch(() => {})
  signal.addEventListener('abort', onAbort, { once: true })
  // A fast source (a local file, a nearby server) has chunks waiting: each read then resolves at
  // once, as a microtask, and 45 MB would be taken in one long task. Yield now and then, and
  // report progress a few times a second rather than on each of hundreds of chunks.
  let sliceStart = performance.now()
  let reportedAt = Number.NEGATIVE_INFINITY
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (signal.aborted) throw signal.reason
      if (done) break
      loaded += value.byteLength
      if (loaded > maxBytes) {
        await reader.cancel()
        throw new LoadStopped(tooLarge())
      }
      chunks.push(value as Uint8Array<ArrayBuffer>)
      watch?.(loaded)
      const now = performance.now()
      if (now - reportedAt >= PROGRESS_INTERVAL_MS) {
        reportedAt = now
        report({ phase: 'reading', loaded, total, checked: null })
      }
      if (now - sliceStart >= SLICE_MS) {
        parts.push(new Blob(chunks))
        chunks = []
        await pause()
        sliceStart = performance.now()
      }
    }
    report({ phase: 'reading', loaded, total, checked: null })
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
  // A small document read in one slice (the bundled dataset, downloaded while the bundle loaded) is
  // joined here: a Blob's bytes come back through the browser's blob storage, 30–100 ms for 0.3 MB.
  if (parts.length === 0 && loaded <= IN_PAGE_MAX_BYTES) {
    const joined = new Uint8Array(loaded)
    let offset = 0
    for (const chunk of chunks) {
      joined.set(chunk, offset)
      offset += chunk.byteLength
    }
    return joined.buffer
  }
  parts.push(new Blob(chunks))
  return new Blob(parts)
}

/** A file, read as a stream so large files show progress. */
async function readFile(
  file: File,
  maxBytes: number,
  signal: AbortSignal,
  report: (progress: LoadProgress) => void,
): Promise<DocumentBytes> {
  if (file.size > maxBytes)
    throw new LoadStopped(`The file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`)
  // Start the worker while the file is read: it takes 60–120 ms to be ready.
  if (file.size > IN_PAGE_MAX_BYTES) startWorkerEarly()
  if (typeof file.stream !== 'function') return file.arrayBuffer()
  return readStream(
    file.stream().getReader(),
    maxBytes,
    file.size,
    signal,
    report,
    () => `The file is over ${formatBytes(maxBytes)}, the limit.`,
  )
}

/**
 * Fetches a document with progress. It refuses one over the size limit without reading it all, and
 * abandons a server that is silent for SILENCE_LIMIT_MS or slower than MIN_BYTES_PER_SECOND.
 */
export async function fetchWithProgress(
  url: string,
  maxBytes: number,
  signal: AbortSignal,
  report: (progress: LoadProgress) => void,
): Promise<DocumentBytes> {
  const watchdog = new Watchdog(url, signal)
  try {
    let response: Response
    try {
      response = await watchdog.race(
        takePrefetchedResponse(url) ?? fetch(url, { credentials: 'omit', signal: watchdog.signal }),
      )
    } catch (error) {
      if (error instanceof LoadStopped || isAbort(error)) throw watchdog.reasonFor(error)
      throw new LoadStopped(
        `Could not fetch ${url}: the network request failed (offline, a wrong address, or a server that does not allow cross-origin requests).`,
      )
    }
    if (!response.ok) {
      throw new LoadStopped(
        `Could not fetch ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      )
    }
    const total = Number(response.headers.get('content-length') ?? 0)
    if (total > maxBytes)
      throw new LoadStopped(`The document at ${url} is ${formatBytes(total)}; the limit is ${formatBytes(maxBytes)}.`)
    // Once per load: the progress reports below come ten times a second.
    let workerStarted = false
    const startWorker = (bytes: number) => {
      if (workerStarted || !(bytes > IN_PAGE_MAX_BYTES)) return
      workerStarted = true
      startWorkerEarly()
    }
    startWorker(total)
    if (!response.body) return await watchdog.race(response.arrayBuffer())
    return await readStream(
      response.body.getReader(),
      maxBytes,
      total,
      watchdog.signal,
      (progress) => {
        startWorker(progress.loaded)
        report(progress)
      },
      () => `The document at ${url} is over ${formatBytes(maxBytes)}, the limit.`,
      (loaded) => watchdog.received(loaded),
    )
  } catch (error) {
    throw watchdog.reasonFor(error)
  } finally {
    watchdog.stop()
  }
}

/** Abandons a download that goes silent or crawls, with a sentence that says which. */
class Watchdog {
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setInterval>
  private readonly started = Date.now()
  private lastByteAt = Date.now()
  /** Bytes received at each check, to measure the rate over the last SILENCE_LIMIT_MS. */
  private readonly history: { at: number; loaded: number }[] = [{ at: Date.now(), loaded: 0 }]
  private loaded = 0
  private stopReason: LoadStopped | null = null
  private readonly url: string
  private readonly outer: AbortSignal

  constructor(url: string, outer: AbortSignal) {
    this.url = url
    this.outer = outer
    outer.addEventListener('abort', () => this.controller.abort(outer.reason), { once: true })
    this.timer = setInterval(() => this.check(), 1000)
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  received(loaded: number): void {
    this.loaded = loaded
    this.lastByteAt = Date.now()
  }

  /** Waits for `promise`, or for the watchdog to give up, whichever is first. */
  race<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.controller.signal.reason)
      if (this.controller.signal.aborted) onAbort()
      this.controller.signal.addEventListener('abort', onAbort, { once: true })
      promise.then(resolve, reject).finally(() => this.controller.signal.removeEventListener('abort', onAbort))
    })
  }

  private check(): void {
    const now = Date.now()
    this.history.push({ at: now, loaded: this.loaded })
    while (this.history.length > 1 && (this.history[1] as { at: number }).at <= now - SILENCE_LIMIT_MS)
      this.history.shift()
    if (now - this.lastByteAt >= SILENCE_LIMIT_MS) {
      this.give(
        `The server at ${this.url} sent nothing for ${SILENCE_LIMIT_MS / 1000} seconds, so loading it was abandoned.`,
      )
      return
    }
    const oldest = this.history[0] as { at: number; loaded: number }
    const span = (now - oldest.at) / 1000
    if (
      now - this.started >= SILENCE_LIMIT_MS &&
      span > 0 &&
      (this.loaded - oldest.loaded) / span < MIN_BYTES_PER_SECOND
    ) {
      this.give(
        `The server at ${this.url} sent less than ${formatBytes(MIN_BYTES_PER_SECOND)} a second for ${SILENCE_LIMIT_MS / 1000} seconds, so loading it was abandoned.`,
      )
    }
  }

  private give(reason: string): void {
    this.stopReason = new LoadStopped(reason)
    this.controller.abort(this.stopReason)
  }

  /** The error to report: the watchdog's sentence, the outer abort, or the error itself. */
  reasonFor(error: unknown): unknown {
    if (this.outer.aborted) return this.outer.reason
    return this.stopReason ?? error
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
