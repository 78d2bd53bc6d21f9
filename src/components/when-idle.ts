/**
 * Runs `run` once the page is idle, or after `timeoutMs` at the latest. Browsers without
 * requestIdleCallback (Safari, jsdom) wait the timeout instead.
 */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof window === 'undefined') return
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: timeoutMs })
  else setTimeout(run, timeoutMs)
}
