import { describe, expect, it } from 'vitest'
import { runInSlices, runToEnd } from './steps'

/** Counts to `n`, yielding after each number; `tick` is called as each step runs. */
function* counting(n: number, tick: () => void = () => {}): Generator<void, number> {
  let total = 0
  for (let index = 1; index <= n; index++) {
    tick()
    total += index
    yield
  }
  return total
}

describe('runToEnd', () => {
  it.each([
    [0, 0],
    [1, 1],
    [4, 10],
  ])('counting to %i gives %i', (n, total) => {
    expect(runToEnd(counting(n))).toBe(total)
  })
})

describe('runInSlices', () => {
  it.each<[string, number, number]>([
    // With no time to spend, it pauses at every yield.
    ['no time per slice: a pause at each of the four yields', 0, 4],
    // With all the time in the world, it never pauses.
    ['a slice longer than the work: no pause', 60_000, 0],
  ])('%s', async (_, sliceMs, pauses) => {
    let paused = 0
    const total = await runInSlices(
      counting(4),
      async () => {
        paused++
      },
      sliceMs,
    )
    expect(total).toBe(10)
    expect(paused).toBe(pauses)
  })
})
