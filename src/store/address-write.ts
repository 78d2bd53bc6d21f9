// Apart from url-sync.ts, with no imports: the section scroller (components/page-sections/go-to-section.ts)
// reaches it from a chunk of its own, and importing url-sync there split the modules they share out
// of the first visit's bundle into five more files (118.2 -> 119.2 KB gzipped before the first rows).

let pending: (() => void) | null = null

/** url-sync.ts: the write it has scheduled (null once made or dropped). */
export function setPendingAddressWrite(write: (() => void) | null): void {
  pending = write
}

/** The write url-sync.ts has scheduled, if any: for checking that it was made. */
export function pendingAddressWrite(): (() => void) | null {
  return pending
}

/**
 * Makes the scheduled address write now. For code that writes the address itself (a section's
 * `#hash`): it must start from the address of the view on screen, or the hash would land on the
 * entry before the change, and the change's entry would carry the one before's hash.
 */
export function flushAddressWrite(): void {
  pending?.()
}
