/**
 * Names that are probably one organization (or one coalition) written two ways: the same apart
 * from case, accents, punctuation, "The" or "Inc." ("Meta" / "meta"), a word or two longer ("Meta
 * Platforms" / "Meta"), or a typo apart ("Anthropic" / "Antropic"). Each pair is offered to the
 * person with a choice; nothing is merged silently. The search stays near-linear: names are
 * compared with their neighbours in sorted order (forwards and backwards), never all pairs.
 */
import { editDistance } from '../dataset/suggest'
import { nameKey } from './names'

export type EntityKind = 'organization' | 'coalition'

export interface NameCandidate {
  /** Unique within its kind: what a merge choice refers to. */
  readonly key: string
  readonly name: string
  /** Already in the dataset on screen (only when adding to it). */
  readonly existing: boolean
  /** How many rows name it: the more common spelling is kept. */
  readonly weight: number
  /** Given its own id in the sheet: two of these are distinct on purpose and never offered. */
  readonly fixedId: boolean
}

export type PairReason = 'same-name' | 'contains' | 'similar'

export interface NearPair {
  readonly id: string
  readonly kind: EntityKind
  /** The name that would go (becoming an alias of the kept one). */
  readonly from: NameCandidate
  /** The name kept. */
  readonly to: NameCandidate
  readonly reason: PairReason
  /** Merged unless the person says otherwise: only names that differ in case, accents, punctuation, "The" or "Inc.". */
  readonly mergeByDefault: boolean
}

/** Neighbours in sorted order compared with each name. */
const WINDOW = 6

/** The most edits that still count as "nearly the same" for a key of this length. */
function editLimit(length: number): number {
  return length >= 12 ? 2 : length >= 6 ? 1 : 0
}

/** Which of two names is kept: one already in the dataset, then the more common, then the shorter, then the first. */
function keeps(a: NameCandidate, b: NameCandidate): boolean {
  if (a.existing !== b.existing) return a.existing
  if (a.weight !== b.weight) return a.weight > b.weight
  if (a.name.length !== b.name.length) return a.name.length < b.name.length
  return a.key < b.key
}

function pairOf(kind: EntityKind, a: NameCandidate, b: NameCandidate, reason: PairReason): NearPair {
  const [to, from] = keeps(a, b) ? [a, b] : [b, a]
  return { id: `${kind}:${from.key}→${to.key}`, kind, from, to, reason, mergeByDefault: reason === 'same-name' }
}

function offerable(a: NameCandidate, b: NameCandidate): boolean {
  return !(a.existing && b.existing) && !(a.fixedId && b.fixedId)
}

/** Pairs of nearly equal names, at most `limit` of them, the surest first. */
export function findNearDuplicates(kind: EntityKind, candidates: readonly NameCandidate[], limit = 500): NearPair[] {
  const pairs: NearPair[] = []
  const seen = new Set<string>()
  const add = (a: NameCandidate, b: NameCandidate, reason: PairReason) => {
    if (a.key === b.key || !offerable(a, b)) return
    const id = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`
    if (seen.has(id)) return
    seen.add(id)
    pairs.push(pairOf(kind, a, b, reason))
  }

  // Names with one key: each is offered against the one that would be kept.
  const byKey = new Map<string, NameCandidate[]>()
  for (const candidate of candidates) {
    const key = nameKey(candidate.name)
    if (!key) continue
    const group = byKey.get(key)
    if (group) group.push(candidate)
    else byKey.set(key, [candidate])
  }
  const leaders = new Map<string, NameCandidate>()
  for (const [key, group] of byKey) {
    let leader = group[0] as NameCandidate
    for (const candidate of group) if (keeps(candidate, leader)) leader = candidate
    leaders.set(key, leader)
    for (const candidate of group) if (candidate !== leader) add(candidate, leader, 'same-name')
  }

  const keys = [...leaders.keys()].sort()
  // A name whose words begin another name: "meta" and "meta platforms".
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    if (key.length < 3) continue
    const prefix = `${key} `
    for (let next = index + 1, found = 0; next < keys.length && found < 3; next++) {
      const other = keys[next] as string
      if (!other.startsWith(key)) break
      if (!other.startsWith(prefix)) continue
      found++
      add(leaders.get(key) as NameCandidate, leaders.get(other) as NameCandidate, 'contains')
    }
  }
  // A few letters apart, found among neighbours sorted from the front and from the back.
  const compareNeighbours = (sorted: readonly string[]) => {
    for (let index = 0; index < sorted.length; index++) {
      const key = sorted[index] as string
      for (let next = index + 1; next < sorted.length && next <= index + WINDOW; next++) {
        const other = sorted[next] as string
        const limitHere = editLimit(Math.min(key.length, other.length))
        if (limitHere === 0 || Math.abs(key.length - other.length) > limitHere) continue
        if (editDistance(key, other, limitHere + 1) <= limitHere)
          add(leaders.get(key) as NameCandidate, leaders.get(other) as NameCandidate, 'similar')
      }
    }
  }
  compareNeighbours(keys)
  const reversed = keys.map((key) => [...key].reverse().join('')).sort()
  compareNeighbours(reversed.map((key) => [...key].reverse().join('')))

  const rank: Record<PairReason, number> = { 'same-name': 0, contains: 1, similar: 2 }
  return pairs
    .sort(
      (a, b) =>
        rank[a.reason] - rank[b.reason] ||
        a.to.name.localeCompare(b.to.name, 'en') ||
        a.from.name.localeCompare(b.from.name, 'en'),
    )
    .slice(0, limit)
}

/**
 * Applies the merges chosen (a pair's default where no choice is given): each key maps to the key
 * of the name kept. Chains resolve to one name: merging A into B and B into C keeps C.
 */
export function resolveMerges(pairs: readonly NearPair[], choices: ReadonlyMap<string, boolean>): Map<string, string> {
  const parent = new Map<string, NameCandidate>()
  const find = (candidate: NameCandidate): NameCandidate => {
    let root = candidate
    while (parent.has(root.key) && (parent.get(root.key) as NameCandidate).key !== root.key)
      root = parent.get(root.key) as NameCandidate
    return root
  }
  for (const pair of pairs) {
    if (!(choices.get(pair.id) ?? pair.mergeByDefault)) continue
    const a = find(pair.from)
    const b = find(pair.to)
    if (a.key === b.key) continue
    // Two names already in the dataset are never merged with each other.
    if (a.existing && b.existing) continue
    if (keeps(a, b)) parent.set(b.key, a)
    else parent.set(a.key, b)
  }
  const result = new Map<string, string>()
  for (const pair of pairs) {
    for (const candidate of [pair.from, pair.to]) {
      const root = find(candidate)
      if (root.key !== candidate.key) result.set(candidate.key, root.key)
    }
  }
  return result
}
