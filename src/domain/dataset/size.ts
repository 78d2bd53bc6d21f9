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

/**
 * From this many memberships the members table's search and filters are applied in a render of
 * their own after the keystroke's (useDeferredValue), so typing never waits for the rows. Below it
 * they apply in the keystroke's render: a deferred render costs a frame and a render of its own,
 * more than filtering 10,000 organizations (100,000 memberships, same session, 9 keystrokes each:
 * search 78 -> 55 ms and sector filter 94 -> 78 ms median to the filtered rows).
 */
export const DEFER_FILTERS_FROM_MEMBERSHIPS = 150_000

export function defersFilters(dataset: Dataset): boolean {
  return dataset.memberships.length >= DEFER_FILTERS_FROM_MEMBERSHIPS
}
