/**
 * Taking the reader to a section: from the "Sections" navigation, from a coalition card's "Show
 * members" or "Compare", or from a shared link's anchor on load. Charts, the comparison and the
 * sources render after the first paint and load lazily, so a section may not be on the page yet,
 * or not in its final place: this waits until it is.
 */
import { currentAddress } from '../../store/address-write'
import { hurry } from '../take-turns'
import { PENDING_SECTION, sectionTitleId, sectionUrl, type SectionId } from './sections'

/** The section, once it is on the page and no section above it is still loading; null until then. */
export function readySection(id: SectionId): HTMLElement | null {
  const element = document.getElementById(id)
  if (!element) return null
  for (const pending of document.querySelectorAll(`[${PENDING_SECTION}]`)) {
    if (pending.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) return null
  }
  return element
}

/** Resolves with the section when it is ready (see `readySection`), or null if `signal` aborts first. */
export function whenSectionReady(id: SectionId, signal?: AbortSignal): Promise<HTMLElement | null> {
  const ready = readySection(id)
  if (ready || signal?.aborted) return Promise.resolve(ready)
  return new Promise((resolve) => {
    // The sections below the table are still coming one after another: the rest at once.
    const waited = hurry()
    // Only while waiting: the observer is gone as soon as the section is in place.
    const observer = new MutationObserver(() => {
      const element = readySection(id)
      if (element) finish(element)
    })
    const onAbort = () => finish(null)
    function finish(element: HTMLElement | null) {
      waited()
      observer.disconnect()
      signal?.removeEventListener('abort', onAbort)
      resolve(element)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true })
  })
}

export interface GoToSectionOptions {
  /** Move the keyboard focus to the section's heading, so the next Tab continues there. */
  readonly focus?: boolean
  /**
   * The address's anchor: `push` a history entry for it (a navigation link), `replace` the current
   * entry's (an action whose view change was already one entry), or `keep` it (a link being opened).
   */
  readonly hash?: 'push' | 'replace' | 'keep'
  /** Stops waiting, e.g. once the reader has scrolled elsewhere by hand. */
  readonly signal?: AbortSignal
}

/** Input that means the reader is taking over: a section held in place lets go. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const
/** A section is held in place at most this long after it is reached. */
const LONGEST_HOLD_MS = 10_000

let releaseHeld: (() => void) | null = null

/**
 * Keeps a section's top where it was scrolled to while the page above it is still growing (a
 * chart or a diagram takes its size once it has measured its width, later on a slow device): each
 * time `main` changes size the section is scrolled back into place. The hold ends as soon as the
 * reader scrolls (by wheel, touch, keys, or the scroll bar: a scroll that moves the section while
 * the page keeps its size), or after a few seconds.
 */
function holdInPlace(element: HTMLElement) {
  releaseHeld?.()
  const main = document.getElementById('main')
  if (!main || typeof ResizeObserver === 'undefined') return
  let heldTop = element.getBoundingClientRect().top
  let height = main.offsetHeight
  const realign = () => {
    element.scrollIntoView({ block: 'start' })
    heldTop = element.getBoundingClientRect().top
    height = main.offsetHeight
  }
  const onScroll = () => {
    if (Math.abs(element.getBoundingClientRect().top - heldTop) <= 2) return
    // The page grew or shrank (the browser's scroll anchoring may have followed something else
    // on screen): back into place. Otherwise the reader moved it.
    if (main.offsetHeight !== height) realign()
    else release()
  }
  const observer = new ResizeObserver(realign)
  const longest = setTimeout(release, LONGEST_HOLD_MS)
  function release() {
    observer.disconnect()
    clearTimeout(longest)
    window.removeEventListener('scroll', onScroll)
    for (const type of READER_INPUT) window.removeEventListener(type, release)
    if (releaseHeld === release) releaseHeld = null
  }
  for (const type of READER_INPUT) window.addEventListener(type, release, { passive: true })
  window.addEventListener('scroll', onScroll, { passive: true })
  observer.observe(main)
  releaseHeld = release
}

/**
 * Scrolls the section's top under the sticky bars (its CSS `scroll-margin-top`) once it is ready,
 * and holds it there while the page above it settles.
 */
export async function scrollToSection(
  id: SectionId,
  { focus = false, hash = 'replace', signal }: GoToSectionOptions = {},
): Promise<boolean> {
  if (hash !== 'keep') {
    // The change that brought the reader here (a card's "Show members") is in the address first.
    const address = currentAddress()
    const url = sectionUrl(address, id)
    if (url !== address) {
      if (hash === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(window.history.state, '', url)
    }
  }
  const element = await whenSectionReady(id, signal)
  if (!element) return false
  element.scrollIntoView({ block: 'start' })
  if (focus) document.getElementById(sectionTitleId(id))?.focus({ preventScroll: true })
  holdInPlace(element)
  return true
}
