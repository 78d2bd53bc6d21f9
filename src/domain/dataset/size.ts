import type { Dataset } from './types'

/**
 * From this many memberships a dataset is large: the sections below the table are put on the page
 * one after another (one-after-another.tsx), since all of them at once held the page for half a
 * second at 260,000. Below it they come together: the bundled dataset's sections take a few
 * frames in all, and a reader who opens a link to Changes should not wait for three charts first.
 */
export const LARGE_FROM_MEMBERSHIPS = 10_000

export function isLargeDataset(dataset: Dataset): boolean {
  return dataset.memberships.length >= LARGE_FROM_MEMBERSHIPS
}
