import type { Dataset } from '../domain/dataset/types'

interface Entry {
  readonly args: readonly unknown[]
  readonly value: unknown
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
): (dataset: Dataset, ...args: A) => R {
  const cache = new WeakMap<Dataset, Entry[]>()
  return (dataset, ...args) => {
    let entries = cache.get(dataset)
    if (!entries) cache.set(dataset, (entries = []))
    const hit = entries.find(
      (entry) => entry.args.length === args.length && entry.args.every((arg, index) => Object.is(arg, args[index])),
    )
    if (hit) return hit.value as R
    const value = compute(dataset, ...args)
    entries.unshift({ args, value })
    if (entries.length > keep) entries.pop()
    return value
  }
}
