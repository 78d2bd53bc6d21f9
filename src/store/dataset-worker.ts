/// <reference lib="webworker" />
// Parses and validates documents off the main thread, so the page keeps responding while a large file loads.
import { checkDataset, type LoadVerdict } from '../domain/dataset/load-dataset'

export interface WorkerRequest {
  readonly id: number
  readonly bytes: ArrayBuffer
  readonly maxBytes: number
}

export interface WorkerResponse {
  readonly id: number
  readonly verdict: LoadVerdict
  /** The document's bytes, handed back (transferred, not copied) for the page to build the dataset from. */
  readonly bytes: ArrayBuffer
  /** Milliseconds spent decoding, parsing and validating in the worker (for the benchmark). */
  readonly workMs: number
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, bytes, maxBytes } = event.data
  const started = performance.now()
  let verdict: LoadVerdict
  try {
    verdict = checkDataset(bytes, maxBytes)
  } catch (error) {
    // The loader is built not to throw; if it ever does, the page must still get an answer.
    verdict = { ok: false, reason: `The document could not be read: ${error instanceof Error ? error.message : String(error)}.`, problems: [], warnings: [] }
  }
  const response: WorkerResponse = { id, verdict, bytes, workMs: performance.now() - started }
  self.postMessage(response, [bytes])
}
