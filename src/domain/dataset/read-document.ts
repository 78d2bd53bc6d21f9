/**
 * The first steps of every load, before any check of the format: bytes to text to JSON, refused in
 * one sentence when that fails, and the shapes of the outcome. Needs no zod (see load-in-page.ts).
 */
import { formatBytes } from './bytes'
import type { Dataset, Problem } from './types'

export type LoadOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false
      /** One sentence when the document could not be read at all (empty, not JSON, too large). */
      readonly reason: string
      /** The validator's first findings when the document was JSON but not a valid dataset. */
      readonly problems: readonly Problem[]
      /** How many problems there are in all; `problems` may list fewer. */
      readonly problemCount: number
      readonly warnings: readonly Problem[]
    }

export function refused(reason: string): LoadOutcome {
  return { ok: false, reason, problems: [], problemCount: 0, warnings: [] }
}

/** The verdict without the dataset: what the worker sends back, so no large object crosses threads. */
export type LoadVerdict = { readonly ok: true; readonly warnings: readonly Problem[] } | Extract<LoadOutcome, { ok: false }>

/** The loader is built not to throw; if something still does (memory, a bug), it becomes a sentence. */
export function neverThrows<T extends LoadVerdict>(work: () => T): T | Extract<LoadOutcome, { ok: false }> {
  try {
    return work()
  } catch (error) {
    return uncheckable(error)
  }
}

/** The outcome when checking itself failed (memory, a bug): one sentence, never a throw. */
export function uncheckable(error: unknown): Extract<LoadOutcome, { ok: false }> {
  const detail = error instanceof Error ? error.message : String(error)
  return refused(`The document could not be checked: ${detail.slice(0, 200)}.`) as Extract<LoadOutcome, { ok: false }>
}

export function refusal(problems: readonly Problem[], count: number, warnings: readonly Problem[]): Extract<LoadOutcome, { ok: false }> {
  const reason = count === 1 ? 'The document is not a valid dataset: 1 problem.' : `The document is not a valid dataset: ${count.toLocaleString('en')} problems.`
  return { ok: false, reason, problems, problemCount: count, warnings }
}

export type Read = { ok: true; json: unknown; versionText?: string } | { ok: false; outcome: LoadOutcome }

export function readDocument(input: ArrayBuffer | Uint8Array | string, maxBytes: number): Read {
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
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail(`The document is not valid JSON: ${describeJsonError(error, text)}.`)
  }
  return { ok: true, json, versionText: lostVersionText(json, text) }
}

/** A `version` too large for a number parses as Infinity; the message should show what was written. */
function lostVersionText(json: unknown, text: string): string | undefined {
  if (typeof json !== 'object' || json === null || !('version' in json)) return undefined
  const version = (json as { version: unknown }).version
  if (typeof version !== 'number' || Number.isFinite(version)) return undefined
  return /"version"\s*:\s*(-?[0-9][0-9.eE+-]*)/.exec(text)?.[1]
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
