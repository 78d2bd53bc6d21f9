/**
 * True while the page is being printed (or print media is emulated). Views that show only part of
 * their content on screen (the virtualized members table, lists cut to their first names) render
 * it all for print, and controls that carry content (a name that opens details) become text.
 */
import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

let printing = false
const listeners = new Set<() => void>()
let media: MediaQueryList | null = null

function setPrinting(next: boolean) {
  if (next === printing) return
  printing = next
  // Synchronously: the browser lays the page out for print as soon as `beforeprint` returns.
  flushSync(() => {
    for (const listener of listeners) listener()
  })
}

const onMediaChange = (event: MediaQueryListEvent) => setPrinting(event.matches)
const onBeforePrint = () => setPrinting(true)
const onAfterPrint = () => setPrinting(media?.matches ?? false)

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
    printing = media?.matches ?? false
    media?.addEventListener('change', onMediaChange)
    window.addEventListener('beforeprint', onBeforePrint)
    window.addEventListener('afterprint', onAfterPrint)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0 || typeof window === 'undefined') return
    media?.removeEventListener('change', onMediaChange)
    window.removeEventListener('beforeprint', onBeforePrint)
    window.removeEventListener('afterprint', onAfterPrint)
    media = null
  }
}

const snapshot = () => printing
const serverSnapshot = () => false

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot)
}
