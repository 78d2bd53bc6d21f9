/**
 * From raw bytes to an accepted or refused dataset. Everything a user can hand the app goes through
 * here (the bundled file, a picked file, a fetched URL), in a Web Worker for large documents.
 */
import { DEFAULT_MAX_BYTES } from './bytes'
import { neverThrows, readDocument, refusal, type LoadOutcome, type LoadVerdict } from './read-document'
import { validateDataset, verifyDataset } from './validate-dataset'

export { describeJsonError, type LoadOutcome, type LoadVerdict } from './read-document'

/**
 * Reads a document given as bytes (decoded as UTF-8, a leading BOM dropped) or as text. It never
 * throws: whatever happens ends as accepted, refused with problems, or one sentence.
 */
export function loadDataset(input: ArrayBuffer | Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): LoadOutcome {
  return neverThrows(() => {
    const read = readDocument(input, maxBytes)
    if (!read.ok) return read.outcome
    const result = validateDataset(read.json, { versionText: read.versionText })
    return result.ok ? result : refusal(result.problems, result.problemCount, result.warnings)
  })
}

/** Like loadDataset, for the worker: the verdict and the parsed document, not the normalized dataset. */
export function checkDataset(
  input: ArrayBuffer | Uint8Array | string,
  maxBytes = DEFAULT_MAX_BYTES,
  onProgress?: (done: number) => void,
): LoadVerdict & { readonly json?: unknown } {
  return neverThrows(() => {
    const read = readDocument(input, maxBytes)
    if (!read.ok) return read.outcome as LoadVerdict
    const verdict = verifyDataset(read.json, { versionText: read.versionText, onProgress })
    return verdict.ok
      ? { ok: true, warnings: verdict.warnings, json: read.json }
      : refusal(verdict.problems, verdict.problemCount, verdict.warnings)
  })
}
