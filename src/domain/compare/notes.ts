/**
 * What a reader must know about each side before trusting the comparison on a day: that a
 * coalition was not founded yet, that its roster was last checked before the day, or that the
 * dataset names only part of it (with the latest size reported).
 */
import { notFoundedPhrase, partialRosterClause, staleRosterClause } from '../format/coverage'
import { coverageOn, summarizeCoalition } from '../membership/membership'
import type { Coalition, Dataset } from '../dataset/types'
import type { Comparison } from './coalitions'

export type SideNoteKind = 'not-founded' | 'stale' | 'partial'

export interface SideNote {
  readonly side: 'a' | 'b'
  readonly coalition: Coalition
  readonly kind: SideNoteKind
  /** The words after the coalition's name: "not founded until 5 December 2023", "roster last checked …". */
  readonly text: string
}

/** A's notes, then B's. Before its founding a coalition has no roster to qualify, so that note stands alone. */
export function comparisonNotes(dataset: Dataset, comparison: Comparison): SideNote[] {
  const notes: SideNote[] = []
  for (const side of ['a', 'b'] as const) {
    const coalition = comparison[side]
    const founded = comparison.notFoundedUntil[side]
    if (founded) {
      notes.push({ side, coalition, kind: 'not-founded', text: notFoundedPhrase(founded) })
      continue
    }
    const coverage = coverageOn(coalition, comparison.day)
    // Partial rosters count the organizations the dataset names, whatever the family setting.
    const partial =
      coverage.roster && !coverage.roster.complete
        ? partialRosterClause(coverage, summarizeCoalition(dataset, coalition, comparison.day))
        : null
    if (partial) notes.push({ side, coalition, kind: 'partial', text: partial })
    const stale = staleRosterClause(coverage)
    if (stale) notes.push({ side, coalition, kind: 'stale', text: stale })
  }
  return notes
}
