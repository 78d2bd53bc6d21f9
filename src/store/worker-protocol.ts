/** Messages between the page and the dataset worker (dataset-worker.ts). */
import type { LoadVerdict } from '../domain/dataset/load-dataset'
import type { ListName } from '../domain/dataset/lists'
import type { RawDataset } from '../domain/dataset/schema'

/**
 * A document as read: small ones as bytes, large ones as a Blob that only the worker reads back
 * (Blob.arrayBuffer() on the page was one task of 130–330 ms at 45 MB).
 */
export type DocumentBytes = ArrayBuffer | Blob

export function sizeOf(bytes: DocumentBytes): number {
  return bytes instanceof Blob ? bytes.size : bytes.byteLength
}

export interface WorkerRequest {
  readonly id: number
  /** A large document stays a Blob until the worker reads it: reading 45 MB back into an ArrayBuffer
   *  was a main-thread task of 130–330 ms. */
  readonly bytes: DocumentBytes
  readonly maxBytes: number
}

export type WorkerResponse =
  /** Share of the checks done, 0–1. */
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  /** Milliseconds spent decoding, parsing and validating (for the benchmark). */
  | { readonly type: 'verdict'; readonly id: number; readonly verdict: LoadVerdict; readonly workMs: number }
  /** After an accepting verdict: the document without its lists, then the lists in slices, then done. */
  | { readonly type: 'header'; readonly id: number; readonly header: Partial<RawDataset> }
  | { readonly type: 'slice'; readonly id: number; readonly list: ListName; readonly items: readonly unknown[] }
  | { readonly type: 'done'; readonly id: number }
  /** Last, while the page builds the dataset: the document's content hash (domain/cite/content-hash.ts), or why there is none. */
  | { readonly type: 'hash'; readonly id: number; readonly hash: string }
  | { readonly type: 'hash-failed'; readonly id: number; readonly reason: string }
