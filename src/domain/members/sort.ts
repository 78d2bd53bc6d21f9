/**
 * Sorting the members table by the `sort` parameter (`name`, `-joined,name`, a coalition id…).
 * Organizations without a value sort last whichever the direction; dates compare as day numbers.
 * Keys are read once per sort into typed arrays, then an index permutation is sorted, which keeps
 * 10,000 rows well under a frame's budget.
 */
import type { MemberRow } from './rows'

export interface SortSpec {
  readonly id: string
  readonly desc: boolean
}

/** Sort ids that are not coalitions. A coalition whose id collides with one of these cannot be sorted by id. */
export const FIXED_SORT_IDS = ['name', 'sector', 'country', 'coalitions', 'joined'] as const

/** Reads `-joined,name`; unknown ids and repeats are dropped. */
export function parseSort(text: string, knownIds: ReadonlySet<string>): SortSpec[] {
  const specs: SortSpec[] = []
  const seen = new Set<string>()
  for (const part of text.split(',')) {
    const trimmed = part.trim()
    const desc = trimmed.startsWith('-')
    const id = desc ? trimmed.slice(1) : trimmed
    if (!id || seen.has(id) || !knownIds.has(id)) continue
    seen.add(id)
    specs.push({ id, desc })
  }
  return specs
}

export function serializeSort(specs: readonly SortSpec[]): string {
  return specs.map((spec) => `${spec.desc ? '-' : ''}${spec.id}`).join(',')
}

/**
 * A sort key: `tier` groups rows whatever the direction (0 = has a value, higher = later), `value`
 * orders rows within tier 0 and follows the direction.
 */
interface SortKey {
  tier(row: MemberRow): number
  value(row: MemberRow): number
}

const HAS_VALUE = 0
const MISSING = 2

function keyFor(id: string): SortKey {
  switch (id) {
    case 'name':
      return { tier: () => HAS_VALUE, value: (row) => row.nameRank }
    case 'sector':
      return { tier: () => HAS_VALUE, value: (row) => row.sectorRank }
    case 'country':
      return { tier: (row) => (row.countryRank < 0 ? MISSING : HAS_VALUE), value: (row) => row.countryRank }
    case 'coalitions':
      return { tier: () => HAS_VALUE, value: (row) => row.coalitionCount }
    case 'joined':
      return { tier: (row) => (row.firstStart ? HAS_VALUE : MISSING), value: (row) => row.firstStart?.since ?? 0 }
    default:
      // A coalition column sorts by its join date; members whose join date is unknown come after
      // the dated ones but before organizations that are not members at all.
      return {
        tier: (row) => {
          const cell = row.cells.get(id)
          return cell === undefined ? MISSING : cell.since !== null ? HAS_VALUE : 1
        },
        value: (row) => row.cells.get(id)?.since ?? 0,
      }
  }
}

/** A sorted copy. Ties fall back to the name, then the dataset's order, so the order is total. */
export function sortMemberRows(rows: readonly MemberRow[], specs: readonly SortSpec[]): MemberRow[] {
  const count = rows.length
  const all: SortSpec[] = [...specs]
  if (!all.some((spec) => spec.id === 'name')) all.push({ id: 'name', desc: false })
  const columns = all.map((spec) => {
    const key = keyFor(spec.id)
    const tiers = new Uint8Array(count)
    const values = new Float64Array(count)
    for (let index = 0; index < count; index++) {
      const row = rows[index] as MemberRow
      tiers[index] = key.tier(row)
      values[index] = key.value(row)
    }
    return { tiers, values, direction: spec.desc ? -1 : 1 }
  })
  const order = new Uint32Array(count)
  for (let index = 0; index < count; index++) order[index] = index
  order.sort((a, b) => {
    for (const { tiers, values, direction } of columns) {
      const tier = (tiers[a] as number) - (tiers[b] as number)
      if (tier !== 0) return tier
      const value = (values[a] as number) - (values[b] as number)
      if (value !== 0) return value * direction
    }
    return (rows[a] as MemberRow).organization.index - (rows[b] as MemberRow).organization.index
  })
  return Array.from(order, (index) => rows[index] as MemberRow)
}
