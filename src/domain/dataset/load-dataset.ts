/**
 * From raw bytes to an accepted or refused dataset. Everything a user can hand the app goes through
 * here (the bundled file, a picked file, a fetched URL), in a Web Worker for large documents.
 */
import { DEFAULT_MAX_BYTES, formatBytes } from './bytes'
import type { Dataset, Problem } from './types'
import { validateDataset, verifyDataset } from './validate-dataset'

export type LoadOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false
      /** One sentence when the document could not be read at all (empty, not JSON, too large). */
      readonly reason: string
      /** The validator's findings when the document was JSON but not a valid dataset. */
      readonly problems: readonly Problem[]
      readonly warnings: readonly Problem[]
    }

function refused(reason: string, problems: readonly Problem[] = [], warnings: readonly Problem[] = []): LoadOutcome {
  return { ok: false, reason, problems, warnings }
}

/** Reads a document given as bytes (decoded as UTF-8, a leading BOM dropped) or as text. */
export function loadDataset(input: ArrayBuffer | Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): LoadOutcome {
  const read = readDocument(input, maxBytes)
  if (!read.ok) return read.outcome
  return judge(read.json)
}

/** The verdict without the dataset: what the worker sends back, so no large object crosses threads. */
export type LoadVerdict = { readonly ok: true; readonly warnings: readonly Problem[] } | Extract<LoadOutcome, { ok: false }>

export function checkDataset(input: ArrayBuffer | Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): LoadVerdict {
  const read = readDocument(input, maxBytes)
  if (!read.ok) return read.outcome as LoadVerdict
  const verdict = verifyDataset(read.json)
  return verdict.ok ? { ok: true, warnings: verdict.warnings } : refusal(verdict.problems, verdict.warnings)
}

function judge(json: unknown): LoadOutcome {
  const result = validateDataset(json)
  return result.ok ? result : refusal(result.problems, result.warnings)
}

function refusal(problems: readonly Problem[], warnings: readonly Problem[]): Extract<LoadOutcome, { ok: false }> {
  const count = problems.length
  const reason = count === 1 ? 'The document is not a valid dataset: 1 problem.' : `The document is not a valid dataset: ${count} problems.`
  return { ok: false, reason, problems, warnings }
}

function readDocument(input: ArrayBuffer | Uint8Array | string, maxBytes: number): { ok: true; json: unknown } | { ok: false; outcome: LoadOutcome } {
  const fail = (reason: string) => ({ ok: false as const, outcome: refused(reason) })
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > maxBytes) return fail(`The document is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`)
  let text: string
  if (typeof input === 'string') {
    text = input.startsWith('\uFEFF') ? input.slice(1) : input
  } else {
    try {
      // TextDecoder drops a UTF-8 byte-order mark by itself; `fatal` turns bad bytes into an error.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return fail('The document is not UTF-8 text, so it cannot be JSON.')
    }
  }
  if (text.trim() === '') return fail('The document is empty.')
  if (text.trimStart().startsWith('<')) return fail('The document is a web page or XML (it starts with "<"), not JSON.')
  try {
    return { ok: true, json: JSON.parse(text) }
  } catch (error) {
    return fail(`The document is not valid JSON: ${describeJsonError(error, text)}.`)
  }
}

/** JSON.parse messages differ between engines; give the line and column where one is known. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)
  const where = position ? lineAndColumn(text, Number(position[1])) : null
  const reason = /Unexpected end of JSON input|Unterminated string|end of data/i.test(message)
    ? 'it ends too early (the file may be cut off)'
    : message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/^JSON\.parse: /, '')
  return where ? `${reason} at line ${where.line}, column ${where.column}` : reason
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: position - lineStart + 1 }
}
