/**
 * Code only a printed page needs (every row of the members table, the filters in words) stays out
 * of the first visit's bundle. It is fetched once the page is idle after its first paint, so it is
 * there when `beforeprint` comes: the browser lays the page out for print as soon as that event
 * returns, with no time to fetch anything. Printing before it has arrived fetches it at once and
 * renders it when it comes (in time for emulated print media; a print dialog opened in the first
 * second may miss it).
 */
import { useEffect, useSyncExternalStore } from 'react'
import { whenIdle } from '../when-idle'

/** Long enough for the first paint and the sections loading after it; a module fetched later costs nothing visible. */
const IDLE_TIMEOUT_MS = 3000

/**
 * A hook for one print-only module: null until it has loaded, then the module, synchronously.
 * `printing` true fetches it now rather than when idle.
 */
export function printOnlyModule<T>(load: () => Promise<T>): (printing: boolean) => T | null {
  let loaded: T | null = null
  let loading = false
  let scheduled = false
  const listeners = new Set<() => void>()
  const start = () => {
    if (loaded !== null || loading) return
    loading = true
    load().then(
      (module) => {
        loaded = module
        for (const listener of listeners) listener()
      },
      // Offline, or a newer deployment replaced the chunk: the next print tries again.
      () => {
        loading = false
      },
    )
  }
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    if (!scheduled) {
      scheduled = true
      whenIdle(start, IDLE_TIMEOUT_MS)
    }
    return () => listeners.delete(listener)
  }
  const snapshot = () => loaded
  const serverSnapshot = () => null
  return function usePrintOnlyModule(printing: boolean): T | null {
    const module = useSyncExternalStore(subscribe, snapshot, serverSnapshot)
    useEffect(() => {
      if (printing) start()
    }, [printing])
    return module
  }
}
