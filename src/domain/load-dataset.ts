/**
 * From raw bytes to an accepted or refused dataset. Everything a user can hand the app goes through
 * here (the bundled file, a picked file, a fetched URL), in a Web Worker for large documents.
 */
import { DEFAULT_MAX_BYTES, formatBytes } from './bytes'
import type { Dataset, Problem } from './types'
import { validateDataset } from './validate-dataset'

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
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > maxBytes) {
    return refused(`The document is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`)
  }
  let text: string
  if (typeof input === 'string') {
    text = input.startsWith('\uFEFF') ? input.slice(1) : input
  } else {
    try {
      // TextDecoder drops a UTF-8 byte-order mark by itself; `fatal` turns bad bytes into an error.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return refused('The document is not UTF-8 text, so it cannot be JSON.')
    }
  }
  if (text.trim() === '') return refused('The document is empty.')
  if (text.trimStart().startsWith('<')) return refused('The document is a web page or XML (it starts with "<"), not JSON.')

  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return refused(`The document is not valid JSON: ${describeJsonError(error, text)}.`)
  }
  const result = validateDataset(json)
  if (result.ok) return result
  const count = result.problems.length
  return refused(
    count === 1 ? 'The document is not a valid dataset: 1 problem.' : `The document is not a valid dataset: ${count} problems.`,
    result.problems,
    result.warnings,
  )
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
