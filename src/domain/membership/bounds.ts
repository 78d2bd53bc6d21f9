/**
 * Which of a membership's time bounds cannot all be true: the rule the validator words with field
 * names (validate-dataset.ts) and the spreadsheet importer words with columns. Kept in one place.
 */
import type { TimeFacts } from './windows'

export type TimeField = keyof TimeFacts

/** Fields that cannot be given together: an exact date and a bound on the same end. */
export const EXCLUSIVE_TIME_FIELDS: readonly (readonly [TimeField, TimeField])[] = [
  ['joined', 'joinedAfter'],
  ['joined', 'joinedBy'],
  ['left', 'leftAfter'],
  ['left', 'leftBy'],
]

/** `field` is before `other`, or not after it. */
export interface BoundsClash {
  readonly field: TimeField
  readonly relation: 'is before' | 'is not after'
  readonly other: TimeField
}

/**
 * The first pair of bounds that cannot both be true, or null. `joined` against `left` keeps
 * version 1's rule (first days compared); every other pair compares the windows the bounds make.
 */
export function boundsClash(facts: TimeFacts): BoundsClash | null {
  if (facts.joinedAfter && facts.joinedBy && facts.joinedBy.lastDay < facts.joinedAfter.day + 1) {
    return { field: 'joinedBy', relation: 'is not after', other: 'joinedAfter' }
  }
  if (facts.leftAfter && facts.leftBy && facts.leftBy.lastDay < facts.leftAfter.day + 1) {
    return { field: 'leftBy', relation: 'is not after', other: 'leftAfter' }
  }
  if (facts.joined && facts.left) {
    return facts.left.day < facts.joined.day ? { field: 'left', relation: 'is before', other: 'joined' } : null
  }
  // The start cannot be later than the end: compare each end bound with the earliest start.
  const startField: TimeField | null = facts.joined ? 'joined' : facts.joinedAfter ? 'joinedAfter' : null
  if (startField === null) return null
  const start = facts[startField]
  if (!start) return null
  const earliestStart = startField === 'joined' ? start.day : start.day + 1
  for (const endField of ['left', 'leftAfter', 'leftBy'] as const) {
    const end = facts[endField]
    if (!end || end.lastDay >= earliestStart) continue
    return { field: endField, relation: end.lastDay < start.day ? 'is before' : 'is not after', other: startField }
  }
  return null
}
