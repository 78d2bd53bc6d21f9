/** Stands in for the rows out of view, so the scroll box has the height of them all. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr className="members-table__spacer" aria-hidden="true">
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden from assistive technology */}
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}
