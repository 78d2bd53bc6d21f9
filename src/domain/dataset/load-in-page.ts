/**
 * loadDataset for the page's own loads (documents small enough to check without the worker): the
 * same checks and outcome, but zod, which words the problems of an invalid document, is loaded only
 * when a document is not plainly valid (fast-path.ts). A valid document, the bundled one first, is
 * shown without it: zod is a third of the validator's code.
 */
import { DEFAULT_MAX_BYTES } from './bytes'
import { normalizeDocument } from './normalize'
import { readDocument, refusal, uncheckable, type LoadOutcome } from './read-document'
import { verifyWith, type Verdict } from './verify-core'

/** `beforeBuild` sees a valid document before the dataset is built from it (the loader hashes it there). */
export async function loadDatasetInPage(
  input: ArrayBuffer | Uint8Array | string,
  maxBytes = DEFAULT_MAX_BYTES,
  beforeBuild?: (document: unknown) => void,
): Promise<LoadOutcome> {
  try {
    const read = readDocument(input, maxBytes)
    if (!read.ok) return read.outcome
    const options = { versionText: read.versionText }
    let verdict: Verdict | null = verifyWith(read.json, options, null)
    if (verdict === null) {
      const { checkStructure } = await import('./validate-dataset')
      verdict = verifyWith(read.json, options, checkStructure) as Verdict
    }
    if (!verdict.ok) return refusal(verdict.problems, verdict.problemCount, verdict.warnings)
    beforeBuild?.(verdict.document)
    return { ok: true, dataset: normalizeDocument(verdict.document), warnings: verdict.warnings }
  } catch (error) {
    return uncheckable(error)
  }
}
