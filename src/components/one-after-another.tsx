import { startTransition, useEffect, useState, type ReactNode } from 'react'
import { isHurried, onHurry, takeTurn } from './take-turns'

/**
 * Renders `children` one after another: the first at once, each next one in a transition of its
 * own, in a task after the one before has been committed; `renderPending(index)` stands in for the rest.
 * A transition yields between components while it renders, but commits everything it rendered in
 * one task: the sections below the table, committed together, held the page for half a second on a
 * large dataset (Recharts building its SVG, the lists their rows), in the way of any click.
 *
 * Every OneAfterAnother on the page takes turns (the sections, and the charts inside one of them):
 * two steps started in the same moment would be rendered, and committed, as one. While a reader
 * waits for a section further down (hurry), each shows all it has at once instead, and so does one
 * asked for `together` (a small dataset, whose sections take a few frames in all).
 */
export function OneAfterAnother({
  children,
  renderPending,
  together = false,
}: {
  children: readonly ReactNode[]
  renderPending: (index: number) => ReactNode
  together?: boolean
}) {
  const count = children.length
  const [stepped, setShown] = useState(() => (isHurried() ? count : 1))
  const shown = together ? count : stepped
  const [owner] = useState(() => ({}))
  useEffect(() => onHurry(() => startTransition(() => setShown(count))), [count])
  useEffect(() => {
    // The step that showed `shown` has been committed: the turn, if this one held it, passes on.
    if (shown >= count) return undefined
    return takeTurn(owner, () => startTransition(() => setShown((previous) => previous + 1)))
  }, [owner, shown, count])
  return (
    <>
      {children.slice(0, shown)}
      {shown < count ? renderPending(shown) : null}
    </>
  )
}
