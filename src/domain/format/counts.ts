/** How counts are worded: numbers with thousands separators, ranges of certain and possible members, plurals. */
import type { CountRange } from '../membership/membership'

// Made on first use: built while the page's script is evaluated, it added 15–25 ms (loading the
// locale's number data) to that task, the first and one of the longest of a page load.
let integer: Intl.NumberFormat | undefined

/** "1,234" */
export function formatCount(count: number): string {
  integer ??= new Intl.NumberFormat('en')
  return integer.format(count)
}

/** "1 member", "2,000 members" */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/** "16" when certain and possible agree; "16 certain, up to 20" when they do not. */
export function rangeText(range: CountRange): string {
  return range.certain === range.possible
    ? formatCount(range.possible)
    : `${formatCount(range.certain)} certain, up to ${formatCount(range.possible)}`
}

/** "16–20" for tight spaces (chart labels, table cells); one number when they agree. */
export function shortRangeText(range: CountRange): string {
  return range.certain === range.possible
    ? formatCount(range.possible)
    : `${formatCount(range.certain)}–${formatCount(range.possible)}`
}

/** "1 member", "57 members", "4 certain, up to 6 members": a range with its unit, plural by the possible count. */
export function pluralRange(range: CountRange, one: string, many: string): string {
  return `${rangeText(range)} ${range.possible === 1 ? one : many}`
}
