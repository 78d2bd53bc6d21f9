/**
 * Work written as a generator that yields between steps, so the same code runs at once (in a test,
 * on a small dataset) or in short tasks on the page (a large dataset's load).
 */

/** Yields to the browser (a task of its own) so it can paint and take input between steps of a long job. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Runs `steps` to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

/**
 * Runs `steps`, pausing with `pause` (for example, a yield to the browser's event loop) once a run of
 * steps has taken `sliceMs`: a pause after every step would add up to more waiting than work.
 */
export async function runInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void>, sliceMs = 30): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (performance.now() - sliceStart >= sliceMs) {
      await pause()
      sliceStart = performance.now()
    }
  }
}
