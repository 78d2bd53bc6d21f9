/**
 * Runs `run` once the page is idle, or after `timeoutMs` at the latest; returns a function that
 * cancels it. Browsers without requestIdleCallback (Safari, jsdom) wait the timeout instead.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof window === 'undefined') return () => {}
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: timeoutMs })
    return () => window.cancelIdleCallback(handle)
  }
  const timer = setTimeout(run, timeoutMs)
  return () => clearTimeout(timer)
}
