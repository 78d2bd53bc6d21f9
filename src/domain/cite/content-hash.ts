/**
 * A short fingerprint of a dataset's content, for citations: the same facts always give the same
 * hash (key order and whitespace do not matter), and any changed fact gives another. The document
 * is written as canonical JSON (object keys sorted, no spaces; list order kept, because a list's
 * order is part of the document) and hashed with SHA-256; the first 12 hex digits are shown.
 */

/** Canonical JSON: keys sorted at every depth, no whitespace. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  write(value, parts)
  return parts.join('')
}

function write(value: unknown, parts: string[]): void {
  if (value === null || typeof value !== 'object') {
    // Numbers, strings, booleans and null as JSON writes them; undefined (absent) as null.
    parts.push(JSON.stringify(value) ?? 'null')
    return
  }
  if (Array.isArray(value)) {
    parts.push('[')
    for (let index = 0; index < value.length; index++) {
      if (index > 0) parts.push(',')
      write(value[index], parts)
    }
    parts.push(']')
    return
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
  parts.push('{')
  keys.forEach((key, index) => {
    if (index > 0) parts.push(',')
    parts.push(JSON.stringify(key), ':')
    write(record[key], parts)
  })
  parts.push('}')
}

/** Hex digits shown of the SHA-256. 12 hex digits (48 bits) tell datasets apart for citations. */
export const HASH_LENGTH = 12

/** The dataset's content hash, e.g. "3f9a0c1b2d4e". Works in pages, workers and Node (Web Crypto). */
export async function contentHash(document: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(document))
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest).slice(0, HASH_LENGTH / 2), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
