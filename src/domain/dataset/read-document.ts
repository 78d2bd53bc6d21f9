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
export type LoadVerdict =
  { readonly ok: true; readonly warnings: readonly Problem[] } | Extract<LoadOutcome, { ok: false }>

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

export function refusal(
  problems: readonly Problem[],
  count: number,
  warnings: readonly Problem[],
): Extract<LoadOutcome, { ok: false }> {
  const reason =
    count === 1
      ? 'The document is not a valid dataset: 1 problem.'
      : `The document is not a valid dataset: ${count.toLocaleString('en')} problems.`
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

/**
 * JSON.parse messages differ between engines and versions, so the mistakes people make by hand are
 * worded here, from the character at the reported place (see `handMadeMistake`); only other
 * mistakes keep the engine's words. The place is given as a line and column where one is known.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/Unexpected end of JSON input|Unterminated string|end of data/i.test(message)) {
    return withPlace('it ends too early (the file may be cut off)', text, reportedOffset(message, text))
  }
  const offset = reportedOffset(message, text)
  const reason =
    (offset === null ? null : handMadeMistake(text, offset)) ??
    message
      .replace(/ at line \d+ column \d+ of the JSON data$/, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/^JSON\.parse: /, '')
  return withPlace(reason, text, offset)
}

function withPlace(reason: string, text: string, offset: number | null): string {
  if (offset === null) return reason
  const { line, column } = lineAndColumn(text, offset)
  return `${reason} at line ${line}, column ${column}`
}

/** The offset an engine's message points at: V8 gives a position, Firefox a line and column. */
function reportedOffset(message: string, text: string): number | null {
  const position = /at position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (!lineColumn) return null
  let line = 1
  let offset = 0
  const wanted = Number(lineColumn[1])
  while (line < wanted) {
    const next = text.indexOf('\n', offset)
    if (next < 0) return null
    offset = next + 1
    line++
  }
  return offset + Number(lineColumn[2]) - 1
}

/** The usual slips of JSON written by hand, worded the same in every browser. */
function handMadeMistake(text: string, offset: number): string | null {
  const char = text[offset]
  if (char === "'") return 'text must be in double quotes ("), not single quotes'
  if (char === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) return 'JSON allows no comments'
  if (char === '}' || char === ']') {
    let before = offset - 1
    while (before >= 0 && /\s/.test(text[before] ?? '')) before--
    if (text[before] === ',') return `a comma before "${char}" (JSON allows no comma after the last item)`
  }
  return null
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
