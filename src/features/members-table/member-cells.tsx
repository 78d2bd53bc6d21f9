import type { PartialDate } from '../../domain/dates'
import { dateText, membershipsSummary } from '../../domain/table-columns'
import type { MemberCell, MemberRow } from '../../domain/table-rows'
import type { Dataset } from '../../domain/types'

/** The empty mark, read out as what it means. */
export function EmptyMark({ meaning }: { meaning: string }) {
  return (
    <span className="members-table__empty">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{meaning}</span>
    </span>
  )
}

/** A date as the CSV writes it; "≈" (read as "approximately equal to") marks a month- or year-only date. */
export function DateText({ date }: { date: PartialDate }) {
  const text = dateText(date)
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
      {cell.joined ? <DateText date={cell.joined} /> : <span className="members-table__muted">join date unknown</span>}
    </>
  )
}

/** One mark per coalition, filled when the organization is a member on the day; the text says which. */
export function MembershipStrip({ row, dataset }: { row: MemberRow; dataset: Dataset }) {
  const summary = membershipsSummary(row, dataset)
  return (
    <>
      <span className="membership-strip" aria-hidden="true">
        {dataset.coalitions.map((coalition) => {
          const cell = row.cells.get(coalition.id)
          return (
            <span
              key={coalition.id}
              className={`membership-strip__mark${cell ? (cell.approximate ? ' membership-strip__mark--approx' : ' membership-strip__mark--on') : ''}`}
            />
          )
        })}
      </span>
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
