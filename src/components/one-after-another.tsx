import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders `children` one after another: the first at once, each next one in a transition of its
 * own, in a task after the one before has been committed; `renderPending(index)` stands in for the rest.
 * A transition yields between components while it renders, but commits everything it rendered in
 * one task: the sections below the table, committed together, held the page for half a second on a
 * large dataset (Recharts building its SVG, the lists their rows), in the way of any click.
 *
 * Every OneAfterAnother on the page takes turns (the sections, and the charts inside one of them):
 * two steps started in the same moment would be rendered, and committed, as one.
 */
export function OneAfterAnother({
  children,
  renderPending,
}: {
  children: readonly ReactNode[]
  renderPending: (index: number) => ReactNode
}) {
  const [shown, setShown] = useState(1)
  const [owner] = useState(() => ({}))
  const count = children.length
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

interface Waiting {
  readonly owner: object
  readonly step: () => void
}

const queue: Waiting[] = []
let holder: object | null = null

function grant(): void {
  const next = holder === null ? queue.shift() : undefined
  if (!next) return
  holder = next.owner
  // In a task of its own, after the commit (and the effects) that released the turn.
  setTimeout(() => {
    if (holder === next.owner) next.step()
  }, 0)
}

/**
 * Queues `step` to run when no other step is between its start and its commit; the returned
 * function, called once the step has been committed (or when it is no longer wanted), lets the next go.
 */
function takeTurn(owner: object, step: () => void): () => void {
  queue.push({ owner, step })
  grant()
  return () => {
    const waiting = queue.findIndex((entry) => entry.owner === owner)
    if (waiting >= 0) queue.splice(waiting, 1)
    if (holder === owner) {
      holder = null
      grant()
    }
  }
}
