/// <reference lib="webworker" />
// Parses and validates documents off the main thread, so the page keeps responding while a large
// file loads. An accepted document comes back as slices of its lists: each message is small, so the
// page never spends one long task taking in (structured-cloning) or parsing a 45 MB document.
import { contentHash } from '../domain/cite/content-hash'
import { checkDataset } from '../domain/dataset/load-dataset'
import { uncheckable } from '../domain/dataset/read-document'
import type { RawDataset } from '../domain/dataset/schema'
import { LIST_NAMES, type ListName } from '../domain/dataset/lists'
import type { WorkerRequest, WorkerResponse } from './worker-protocol'

/** Items per message: a few milliseconds to clone on either side. */
const SLICE = 5000

function post(message: WorkerResponse): void {
  self.postMessage(message)
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, maxBytes } = event.data
  const started = performance.now()
  let bytes: ArrayBuffer
  try {
    bytes = event.data.bytes instanceof Blob ? await event.data.bytes.arrayBuffer() : event.data.bytes
  } catch (error) {
    post({ type: 'verdict', id, verdict: uncheckable(error), workMs: performance.now() - started })
    return
  }
  let lastReport = 0
  const verdict = checkDataset(bytes, maxBytes, (done) => {
    // A few progress messages, not thousands.
    if (done - lastReport >= 0.05 || done === 1) {
      lastReport = done
      post({ type: 'progress', id, done })
    }
  })
  const workMs = performance.now() - started
  if (!verdict.ok) {
    post({ type: 'verdict', id, verdict, workMs })
    return
  }
  const { json, ...rest } = verdict
  post({ type: 'verdict', id, verdict: rest, workMs })
  const document = json as RawDataset
  const header: Partial<RawDataset> = { ...document }
  for (const list of LIST_NAMES) delete header[list]
  post({ type: 'header', id, header })
  for (const list of LIST_NAMES) {
    const items = document[list] as readonly unknown[]
    for (let start = 0; start < items.length; start += SLICE) {
      post({ type: 'slice', id, list: list as ListName, items: items.slice(start, start + SLICE) })
    }
  }
  post({ type: 'done', id })
  // Hashed here, after the lists are on their way: the page builds the dataset meanwhile.
  contentHash(document).then(
    (hash) => post({ type: 'hash', id, hash }),
    (error: unknown) =>
      post({ type: 'hash-failed', id, reason: error instanceof Error ? error.message : String(error) }),
  )
}
