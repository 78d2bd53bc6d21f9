/**
 * What the Changes section shows for each coalition: its summary line, what to know about it over
 * the span (founded within it, not founded yet, a roster checked before To or partial), and its
 * changes grouped by kind, in the order of CHANGE_KINDS.
 */
import type { Coalition } from '../dataset/types'
import { CHANGE_KIND_HEADINGS, changeSummaryText, foundedWithinText, rosterChangesNote } from '../format/changes'
import { notFoundedPhrase } from '../format/coverage'
import { coverageOn, foundedAfter } from '../membership/membership'
import { CHANGE_KINDS, changeTotal, type Change, type ChangeKind, type CoalitionChanges } from './changes'

export interface ChangeGroup {
  readonly kind: ChangeKind
  readonly heading: string
  readonly changes: readonly Change[]
}

export interface CoalitionChangesView {
  readonly coalition: Coalition
  readonly total: number
  /** "+28 joined, −2 left, 51 may have joined", or "no changes". */
  readonly summary: string
  /** Sentences about the coalition over the span, each ending in a full stop. */
  readonly notes: readonly string[]
  readonly groups: readonly ChangeGroup[]
}

export interface ChangesView {
  readonly coalitions: readonly CoalitionChangesView[]
  readonly total: number
  /** Every coalition's changes summed: "+52 joined, −3 left, …". */
  readonly summary: string
}

const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`

export function changesView(changes: readonly CoalitionChanges[], to: number): ChangesView {
  const sums: Record<ChangeKind, number> = {
    joined: 0,
    left: 0,
    possiblyJoined: 0,
    possiblyLeft: 0,
    becameCertain: 0,
    noLongerPossible: 0,
  }
  const coalitions = changes.map(({ coalition, changes: list, counts, foundedBetween }): CoalitionChangesView => {
    for (const kind of CHANGE_KINDS) sums[kind] += counts[kind]
    const notes: string[] = []
    if (coalition.founded && foundedAfter(coalition, to)) notes.push(sentence(notFoundedPhrase(coalition.founded)))
    else {
      if (foundedBetween && coalition.founded) notes.push(sentence(foundedWithinText(coalition.founded)))
      const roster = rosterChangesNote(coverageOn(coalition, to))
      if (roster) notes.push(roster)
    }
    const groups = CHANGE_KINDS.flatMap((kind) => {
      const ofKind = list.filter((change) => change.kind === kind)
      return ofKind.length ? [{ kind, heading: CHANGE_KIND_HEADINGS[kind], changes: ofKind }] : []
    })
    return { coalition, total: changeTotal(counts), summary: changeSummaryText(counts), notes, groups }
  })
  return { coalitions, total: changeTotal(sums), summary: changeSummaryText(sums) }
}
