import type { PartialDate } from '../../domain/dataset/dates'
import { approximateDateText } from '../../domain/format/dates'
import { shortStart } from '../../domain/format/membership'
import { membershipsSummary } from '../../domain/members/columns'
import type { MemberCell, MemberRow } from '../../domain/members/rows'
import type { Dataset } from '../../domain/dataset/types'

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

export function MembershipCell({ cell }: { cell: MemberCell | undefined }) {
  if (!cell) return <EmptyMark meaning="not a member" />
  return (
    <>
      <span className="members-table__role">{cell.role}</span>
      {' · '}
      {cell.membership.joined ? (
        <DateText date={cell.membership.joined} />
      ) : cell.since === null ? (
        <span className="members-table__muted">join date unknown</span>
      ) : (
        shortStart(cell.membership)
      )}
      {cell.certain ? null : <span className="members-table__uncertain"> · uncertain</span>}
    </>
  )
}

/** One mark per coalition, filled when the organization is a member on the day; the text says which. */
/** Mark width and pitch of the strip, in pixels; the column is sized for one line of them. */
const MARK_WIDTH = 4
const MARK_PITCH = 5
const MARK_HEIGHT = 14

function marksPath(indexes: readonly number[]): string {
  return indexes.map((index) => `M${index * MARK_PITCH} 0h${MARK_WIDTH}v${MARK_HEIGHT}h-${MARK_WIDTH}z`).join('')
}

/**
 * One mark per coalition: member, member with an approximate date, or not a member. Drawn as one SVG
 * with three paths: with 100 coalitions, one element per mark put thousands of new nodes in the
 * page on every sort.
 */
export function MembershipStrip({ row, dataset }: { row: MemberRow; dataset: Dataset }) {
  const summary = membershipsSummary(row, dataset)
  const on: number[] = []
  const approximate: number[] = []
  const off: number[] = []
  dataset.coalitions.forEach((coalition, index) => {
    const cell = row.cells.get(coalition.id)
    if (!cell) off.push(index)
    else if (!cell.certain) approximate.push(index)
    else on.push(index)
  })
  const width = Math.max(0, dataset.coalitions.length * MARK_PITCH - 1)
  return (
    <>
      <svg className="membership-strip" width={width} height={MARK_HEIGHT} viewBox={`0 0 ${width} ${MARK_HEIGHT}`} aria-hidden="true" focusable="false">
        <path className="membership-strip__off" d={marksPath(off)} />
        <path className="membership-strip__on" d={marksPath(on)} />
        <path className="membership-strip__approx" d={marksPath(approximate)} />
      </svg>
      <span className="visually-hidden">{summary || 'No memberships on this date'}</span>
    </>
  )
}

/** The row's organization name opens its details. */
export function NameCell({ row, onOpen }: { row: MemberRow; onOpen: (id: string) => void }) {
  return (
    <button type="button" className="members-table__name" onClick={() => onOpen(row.id)} aria-haspopup="dialog">
      {row.name}
    </button>
  )
}
