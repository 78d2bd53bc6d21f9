/// <reference lib="webworker" />
// Parses and validates documents off the main thread, so the page keeps responding while a large file loads.
import { loadDataset, type LoadOutcome } from '../domain/load-dataset'

export interface WorkerRequest {
  readonly id: number
  readonly bytes: ArrayBuffer
  readonly maxBytes: number
}

export interface WorkerResponse {
  readonly id: number
  readonly outcome: LoadOutcome
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, bytes, maxBytes } = event.data
  let outcome: LoadOutcome
  try {
    outcome = loadDataset(bytes, maxBytes)
  } catch (error) {
    // The loader is built not to throw; if it ever does, the page must still get an answer.
    outcome = { ok: false, reason: `The document could not be read: ${error instanceof Error ? error.message : String(error)}.`, problems: [], warnings: [] }
  }
  const response: WorkerResponse = { id, outcome }
  self.postMessage(response)
}
