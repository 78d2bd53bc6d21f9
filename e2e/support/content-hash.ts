/**
 * The dataset's content hash as docs/dataset-format.md ("Content hash") defines it, written again
 * here on its own for test expectations: canonical JSON (object keys sorted by UTF-16 code units at
 * every depth, no whitespace, strings and numbers as JSON writes them, list order kept), its UTF-8
 * bytes through SHA-256 (node:crypto), the first 12 hex digits.
 */
import { createHash } from 'node:crypto'

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The content hash of a document given as JSON text. */
export function contentHashOf(text: string): string {
  return createHash('sha256')
    .update(canonical(JSON.parse(text)), 'utf8')
    .digest('hex')
    .slice(0, 12)
}

/**
 * BibTeX as a parser reads it: one `@type{key, name = {value}, …}` entry, braces counted with no
 * regard to backslashes (as BibTeX counts them). Throws, saying where, when the entry is not well formed.
 */
export function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
  const head = /^@(\w+)\{([^,\s{}]+),\n/.exec(text)
  if (!head) throw new Error(`no entry head in ${JSON.stringify(text.slice(0, 40))}`)
  const fields = new Map<string, string>()
  let at = head[0].length
  for (;;) {
    const name = /^\s*(\w+) = \{/.exec(text.slice(at))
    if (!name) break
    at += name[0].length
    let depth = 1
    const start = at
    for (; depth > 0; at++) {
      if (at >= text.length) throw new Error(`field ${name[1]} never closes its braces`)
      if (text[at] === '{') depth++
      else if (text[at] === '}') depth--
    }
    fields.set(name[1] ?? '', text.slice(start, at - 1))
    if (text[at] === ',') at++
  }
  if (text.slice(at) !== '\n}')
    throw new Error(`unexpected text after the fields: ${JSON.stringify(text.slice(at, at + 40))}`)
  return { type: head[1] ?? '', key: head[2] ?? '', fields }
}
