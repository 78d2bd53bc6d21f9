import type { PartialDate } from '../../domain/dataset/dates'
import type { Dataset } from '../../domain/dataset/types'
import { approximateDateText } from '../../domain/format/dates'
import { endPhrase } from '../../domain/format/membership'
import { sinceText, UNCERTAIN_WORD } from '../../domain/format/members'
import { membershipsSummary } from '../../domain/members/columns'
import type { MemberCell, MemberRow } from '../../domain/members/rows'

/** The empty mark, read out as what it means. No wrapper: most coalition cells are empty, and each
 *  element more per cell was some 170 more nodes for the first screen of rows to create and lay out. */
export function EmptyMark({ meaning }: { meaning: string }) {
  return (
    <>
      <span className="members-table__empty" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">{meaning}</span>
    </>
  )
}

/** A date as the CSV writes it; "≈" (read as "approximately equal to") marks a month- or year-only date. */
export function DateText({ date }: { date: PartialDate }) {
  const text = approximateDateText(date)
  if (date.precision === 'day') return <>{text}</>
  return (
    <>
      <abbr title={`Approximate: only the ${date.precision} is known`}>≈</abbr>
      {text.slice(1)}
    </>
  )
}

/**
 * The mark of a membership the evidence allows but does not prove on the day: a dashed outline
 * around the word, so it is told apart by shape and text, not by colour. The legend explains it.
 */
export function UncertainMark() {
  return <span className="uncertain-mark">{UNCERTAIN_WORD}</span>
}

/** The words of sinceText, with the ≈ of an approximate date explained and an unknown date muted. */
function SinceText({ cell }: { cell: MemberCell }) {
  const membership = cell.membership
  if (membership.joined) return <DateText date={membership.joined} />
  if (cell.since === null) return <span className="members-table__muted">{sinceText(membership, cell.role)}</span>
  return <>{sinceText(membership, cell.role)}</>
}

/** Reads as the CSV cell (membershipText): "partner · member by 16 May 2017; start unknown · uncertain". */
export function MembershipCell({ cell }: { cell: MemberCell | undefined }) {
  if (!cell) return <EmptyMark meaning="not a member" />
  const end = cell.cause === 'end' ? endPhrase(cell.membership) : null
  return (
    <>
      <bdi className="members-table__role">{cell.role}</bdi>
      {' · '}
      <SinceText cell={cell} />
      {end ? `; ${end}` : null}
      {cell.certain ? null : (
        <>
          {' · '}
          <UncertainMark />
        </>
      )}
    </>
  )
}

/** "Member since": the earliest known start among the memberships in the column's scope, marked when that one is uncertain. */
export function FirstStartCell({ cell: first }: { cell: MemberCell | undefined }) {
  if (!first) return <EmptyMark meaning="no known join date" />
  return (
    <>
      <SinceText cell={first} />
      {first.certain ? null : (
        <>
          {' · '}
          <UncertainMark />
        </>
      )}
    </>
  )
}

/** Mark width, pitch and height of the strip, in pixels; the column is sized for one line of them. */
const MARK_WIDTH = 4
const MARK_PITCH = 5
const MARK_HEIGHT = 14

function marksPath(indexes: readonly number[]): string {
  return indexes.map((index) => `M${index * MARK_PITCH} 0h${MARK_WIDTH}v${MARK_HEIGHT}h-${MARK_WIDTH}z`).join('')
}

/** Outlines drawn with a 1px stroke inside the mark's box, so an outlined mark is as wide as a filled one. */
function outlinesPath(indexes: readonly number[]): string {
  return indexes
    .map((index) => `M${index * MARK_PITCH + 0.5} 0.5h${MARK_WIDTH - 1}v${MARK_HEIGHT - 1}h-${MARK_WIDTH - 1}z`)
    .join('')
}

/** One strip mark of each kind, for the legend. */
export function StripMarkSample({ kind }: { kind: 'on' | 'uncertain' | 'off' }) {
  return (
    <svg
      className="membership-strip membership-strip--sample"
      width={MARK_WIDTH}
      height={MARK_HEIGHT}
      viewBox={`0 0 ${MARK_WIDTH} ${MARK_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      <path className={`membership-strip__${kind}`} d={kind === 'uncertain' ? outlinesPath([0]) : marksPath([0])} />
    </svg>
  )
}

/**
 * One mark per coalition, in the dataset's order: filled for a member, outlined for an uncertain
 * member, pale for not a member; the hidden text says which, in words. Drawn as one SVG with
 * three paths: with 100 coalitions, one element per mark put thousands of new nodes in the page
 * on every sort.
 */
export function MembershipStrip({ row, dataset }: { row: MemberRow; dataset: Dataset }) {
  const summary = membershipsSummary(row, dataset)
  const on: number[] = []
  const uncertain: number[] = []
  const off: number[] = []
  dataset.coalitions.forEach((coalition, index) => {
    const cell = row.cells.get(coalition.id)
    if (!cell) off.push(index)
    else if (!cell.certain) uncertain.push(index)
    else on.push(index)
  })
  const width = Math.max(0, dataset.coalitions.length * MARK_PITCH - 1)
  return (
    <>
      <svg
        className="membership-strip"
        width={width}
        height={MARK_HEIGHT}
        viewBox={`0 0 ${width} ${MARK_HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        <path className="membership-strip__off" d={marksPath(off)} />
        <path className="membership-strip__on" d={marksPath(on)} />
        <path className="membership-strip__uncertain" d={outlinesPath(uncertain)} />
      </svg>
      <span className="visually-hidden">{summary || 'No memberships on this date'}</span>
    </>
  )
}

/** The row's organization name opens its details; without `onOpen` (on paper) it is the name alone. */
export function NameCell({ row, onOpen }: { row: MemberRow; onOpen: ((id: string) => void) | null }) {
  if (!onOpen) return <bdi className="members-table__name-text">{row.name}</bdi>
  return (
    <button type="button" className="members-table__name" onClick={() => onOpen(row.id)} aria-haspopup="dialog">
      <bdi>{row.name}</bdi>
    </button>
  )
}
