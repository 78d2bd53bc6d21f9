/**
 * The turns OneAfterAnother (one-after-another.tsx) takes: one step at a time on the whole page,
 * from its start to its commit, unless a reader is waiting for a section (hurry).
 */
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
export function takeTurn(owner: object, step: () => void): () => void {
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

/** How many readers are waiting for a section not yet on the page (see hurry). */
let readersWaiting = 0
/** Each mounted OneAfterAnother's way to show all it has. */
const everyOne = new Set<() => void>()

export function isHurried(): boolean {
  return readersWaiting > 0
}

/** Calls `showAll` on each hurry until the returned function is called. */
export function onHurry(showAll: () => void): () => void {
  everyOne.add(showAll)
  return () => {
    everyOne.delete(showAll)
  }
}

/**
 * A reader has asked for a section not yet on the page (go-to-section.ts): every OneAfterAnother
 * shows all it has at once, and one mounted meanwhile starts complete, until the returned function
 * is called. One after another, the sources, last of eight steps, came seconds after a click on
 * "N sources" on a busy machine.
 */
export function hurry(): () => void {
  readersWaiting++
  for (const showAll of everyOne) showAll()
  let over = false
  return () => {
    if (over) return
    over = true
    readersWaiting--
  }
}
