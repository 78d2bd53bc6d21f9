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
 * The address of the view on screen, for a link, a citation, a printout or an export's footer, and
 * the address a section's `#hash` is written onto. The address is written once the page is idle
 * after a change (url-sync.ts), so until then it still names the view before the change: the
 * scheduled write is made first. A hash written onto the address before that write would land on
 * the entry before the change, and the change's entry would carry the one before's hash.
 */
export function currentAddress(): string {
  pending?.()
  // oxlint-disable-next-line no-restricted-properties -- the one reader the rule sends everyone else to
  return window.location.href
}
