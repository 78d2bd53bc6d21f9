/**
 * A short fingerprint of a dataset's content, for citations: the same facts always give the same
 * hash (key order and whitespace do not matter), and any changed fact gives another. The document
 * is written as canonical JSON (object keys sorted by UTF-16 code units at every depth, no spaces,
 * strings and numbers as JSON.stringify writes them; list order kept, because a list's order is
 * part of the document) and hashed with SHA-256 over its UTF-8 bytes; the first 12 hex digits are
 * shown. For a parsed JSON document this is the JSON Canonicalization Scheme (RFC 8785), and
 * docs/dataset-format.md ("Content hash") describes it for anyone checking a citation by hand.
 */

/** Past this many distinct keys in a document, the fast writer would cost (objects × keys): use the plain one. */
const FAST_PATH_MAX_KEYS = 512

/** Canonical JSON: keys sorted at every depth, no whitespace. */
export function canonicalJson(value: unknown): string {
  const keys = new Set<string>()
  collectKeys(value, keys)
  // JSON.stringify with a list of keys writes every object's properties in the list's order, natively:
  // several times faster than a writer in script on a 20 MB document. It cannot be used when a key
  // also names something every object inherits (`__proto__` would be read from the prototype), nor
  // when a hostile document has thousands of distinct keys.
  if (keys.size <= FAST_PATH_MAX_KEYS && ![...keys].some((key) => key in Object.prototype)) {
    return JSON.stringify(value, [...keys].sort()) ?? 'null'
  }
  return write(value)
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) collectKeys(value[index], keys)
    return
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    keys.add(key)
    collectKeys(record[key], keys)
  }
}

function write(value: unknown): string {
  // Numbers, strings, booleans and null as JSON writes them; undefined (absent) as null.
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) {
    let out = '['
    for (let index = 0; index < value.length; index++) out += (index > 0 ? ',' : '') + write(value[index])
    return `${out}]`
  }
  const record = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${write(record[key])}`
  }
  return `${out}}`
}

/** Hex digits shown of the SHA-256. 12 hex digits (48 bits) tell datasets apart for citations. */
export const HASH_LENGTH = 12

/** A content hash as links and citations write it: HASH_LENGTH lower-case hex digits. */
export const CONTENT_HASH_PATTERN = new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`)

/** The dataset's content hash, e.g. "3f9a0c1b2d4e". Works in pages, workers and Node. */
export async function contentHash(document: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(document))
  // Web Crypto exists only on secure pages (https, localhost): a page served over plain http hashes in script.
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined
  // The script's own SHA-256 is fetched only then, not with every page.
  const digest = subtle
    ? new Uint8Array(await subtle.digest('SHA-256', bytes))
    : (await import('./sha256')).sha256(bytes)
  return Array.from(digest.slice(0, HASH_LENGTH / 2), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
