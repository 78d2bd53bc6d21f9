import type { Dataset } from './types'

interface Entry {
  readonly args: readonly unknown[]
  readonly value: unknown
}

export interface PerDataset<A extends readonly unknown[], R> {
  (dataset: Dataset, ...args: A): R
  /** Keeps `value` as the result for these arguments: worked out elsewhere, in steps (see steps.ts). */
  remember(dataset: Dataset, args: A, value: R): void
  /** Whether a result for these arguments is kept. */
  has(dataset: Dataset, args: A): boolean
}

/**
 * `compute(dataset, ...args)`, remembering its last result per dataset (more with `keep`) (arguments compared
 * with Object.is). React throws away a render it interrupts and starts it over, memos included:
 * without this, a view model that takes 200 ms on a large dataset is worked out two or three times
 * while the page settles, and again whenever its section mounts anew.
 */
export function perDataset<A extends readonly unknown[], R>(
  compute: (dataset: Dataset, ...args: A) => R,
  keep = 1,
): PerDataset<A, R> {
  const cache = new WeakMap<Dataset, Entry[]>()
  const entriesOf = (dataset: Dataset) => {
    let entries = cache.get(dataset)
    if (!entries) cache.set(dataset, (entries = []))
    return entries
  }
  const remember = (dataset: Dataset, args: A, value: R) => {
    const entries = entriesOf(dataset)
    entries.unshift({ args, value })
    if (entries.length > keep) entries.pop()
  }
  const find = (dataset: Dataset, args: A) =>
    entriesOf(dataset).find(
      (entry) => entry.args.length === args.length && entry.args.every((arg, index) => Object.is(arg, args[index])),
    )
  const cached = (dataset: Dataset, ...args: A): R => {
    const hit = find(dataset, args)
    if (hit) return hit.value as R
    const value = compute(dataset, ...args)
    remember(dataset, args, value)
    return value
  }
  const has = (dataset: Dataset, args: A) => find(dataset, args) !== undefined
  return Object.assign(cached, { remember, has })
}
