/**
 * Ordering the members table by the `sort` parameter (`name`, `-joined,name`, `c:ai-alliance`…).
 * What each column sorts by is defined with the column (columns.ts); this file only reads the
 * parameter and orders rows. Organizations without a value sort last whichever the direction.
 * Keys are read once per sort into typed arrays, then an index permutation is sorted, which keeps
 * 10,000 rows well under a frame's budget.
 */
import type { MemberRow } from './rows'

export interface SortSpec {
  readonly id: string
  readonly desc: boolean
}

/**
 * A column's sort key: `tier` groups rows whatever the direction (HAS_VALUE first, MISSING last),
 * `value` orders rows within a tier and follows the direction.
 */
export interface SortKey {
  tier(row: MemberRow): number
  value(row: MemberRow): number
}

export const HAS_VALUE = 0
/** A value that exists but is not known (a membership whose start is unknown): after the known ones. */
export const UNKNOWN_VALUE = 1
export const MISSING = 2

/**
 * Reads `-joined,name`. `resolve` turns each id into the column id it means (an old link's name
 * for a column included), or null for an id this dataset does not have; those and repeats are dropped.
 */
export function parseSort(text: string, resolve: (id: string) => string | null): SortSpec[] {
  const specs: SortSpec[] = []
  const seen = new Set<string>()
  for (const part of text.split(',')) {
    const trimmed = part.trim()
    const desc = trimmed.startsWith('-')
    const id = resolve(desc ? trimmed.slice(1) : trimmed)
    if (!id || seen.has(id)) continue
    seen.add(id)
    specs.push({ id, desc })
  }
  return specs
}

export function serializeSort(specs: readonly SortSpec[]): string {
  return specs.map((spec) => `${spec.desc ? '-' : ''}${spec.id}`).join(',')
}

/**
 * A sorted copy. Ties fall back to the name, then the dataset's order, so the order is total.
 * `keyOf` gives each spec's key; a spec without one is skipped.
 */
export function sortMemberRows(
  rows: readonly MemberRow[],
  specs: readonly SortSpec[],
  keyOf: (id: string) => SortKey | undefined,
): MemberRow[] {
  const count = rows.length
  const columns: { tiers: Uint8Array; values: Float64Array; direction: number }[] = []
  for (const spec of specs) {
    const key = keyOf(spec.id)
    if (!key) continue
    const tiers = new Uint8Array(count)
    const values = new Float64Array(count)
    for (let index = 0; index < count; index++) {
      const row = rows[index] as MemberRow
      tiers[index] = key.tier(row)
      values[index] = key.value(row)
    }
    columns.push({ tiers, values, direction: spec.desc ? -1 : 1 })
  }
  const order = new Uint32Array(count)
  for (let index = 0; index < count; index++) order[index] = index
  order.sort((a, b) => {
    for (const { tiers, values, direction } of columns) {
      const tier = (tiers[a] as number) - (tiers[b] as number)
      if (tier !== 0) return tier
      const value = (values[a] as number) - (values[b] as number)
      if (value !== 0) return value * direction
    }
    const left = rows[a] as MemberRow
    const right = rows[b] as MemberRow
    return left.nameRank - right.nameRank || left.organization.index - right.organization.index
  })
  return Array.from(order, (index) => rows[index] as MemberRow)
}
