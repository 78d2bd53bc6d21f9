/** Names joined into a sentence: every list the app writes in words goes through these two. */

/** "A", "A and B", "A, B and C" */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** "A", "A or B", "A, B or C": one of them is enough (a filter that keeps any of its choices). */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
