// When the store may do work that no one is waiting to see: after the frame that shows a change.
// components/when-idle.ts does the same for components; the store does not reach into them.

/** Settles after the next frame is painted, or after a second when no frame comes (a hidden tab). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0)
    const fallback = setTimeout(resolve, 1000)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}

/**
 * Settles once the main thread has nothing queued (requestIdleCallback), or after a second. The
 * frame after a load comes before React has rendered the new dataset (its render is a task queued
 * behind that frame), so "after the next paint" alone ran the content hash (30–45 ms on the bundled
 * data) ahead of the first rows. An idle period comes only once they are painted.
 */
export function whenQuiet(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(resolve, 0)
    requestIdleCallback(() => resolve(), { timeout: 1000 })
  })
}
