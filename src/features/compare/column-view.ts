/**
 * What a comparison column lists: the first names of each sector, the rest on request, so the
 * answer ("who is in both") is not buried under a hundred names of one side.
 */

/** Names shown per sector before "Show all": a dozen is enough to see who is there. */
export const FIRST_PER_SECTOR = 12

export interface GroupLike<T> {
  readonly sector: { readonly id: string }
  readonly entries: readonly T[]
}

export interface GroupView<G extends GroupLike<T>, T> {
  readonly group: G
  readonly entries: readonly T[]
  /** Entries not shown: what "Show all" adds. */
  readonly hidden: number
}

/**
 * Each group cut to its first `limit` entries unless its sector is in `expanded`, or `all` is set
 * (a printed page, where there is nothing to press). A group just over the limit is cut all the same,
 * so every group says the same thing: "these first, the rest on request".
 */
export function columnGroups<G extends GroupLike<T>, T = G['entries'][number]>(
  groups: readonly G[],
  expanded: ReadonlySet<string>,
  all = false,
  limit = FIRST_PER_SECTOR,
): GroupView<G, T>[] {
  return groups.map((group) => {
    const whole = all || expanded.has(group.sector.id) || group.entries.length <= limit
    const entries = whole ? group.entries : group.entries.slice(0, limit)
    return { group, entries, hidden: group.entries.length - entries.length }
  })
}
