/**
 * Keeps the address bar and the view state in step. The URL is read at start and on Back and
 * Forward; every later change of the view is written back. A deliberate change (a filter, a sort,
 * the date, the compared coalitions, an organization opened) is one history entry, so Back undoes
 * it; typing in the search box only replaces the entry, so the history is not flooded.
 * Parameters that cannot be used are named in the store (the page says why) and dropped from the address.
 * An `asOf` outside the days the dataset can show (asOfBounds) is refused the same way, once the
 * dataset is known, and the page shows today: a clamped date would count a day nobody asked for.
 *
 * The address is written once the main thread is idle, not in the change's task: `history.pushState`
 * waits on the browser process, and on a busy machine that wait held a sort, a search or a new
 * comparison back from the screen (100,000 memberships, interleaved A/B, 4 loads each, click to next
 * frame: sort 82 -> 50 ms, comparison 145 -> 98 ms, search 72 -> 55 ms, with the same main-thread
 * CPU time). Written in the first task after the frame that shows the change, the wait (19 ms in a
 * trace of a sort at 100,000) still stood between that frame and what follows it: the sections below
 * the table, the next keystroke. Idle, it waits for them, and keystrokes typed meanwhile are one write.
 * Code that needs the address of the view on screen makes the pending write first (address-write.ts).
 * Changes before the write are one write, and one history entry when any of them was deliberate.
 */
import { isoToDay } from '../domain/dataset/dates'
import { asOfRefusalReason } from '../domain/format/dates'
import { asOfBounds, checkAsOf } from '../domain/membership/as-of'
import { useAtlasStore } from './atlas-store'
import { followDataParameter } from './dataset-loader'
import { pendingAddressWrite, setPendingAddressWrite } from './address-write'
import { whenQuiet } from './frames'
import { TODAY } from './selectors'
import { readViewParams, serializeViewParams, type ParamRefusal, type ViewState } from './view-state'

/** True when the two views differ in more than the search text, or a cited link's `v` (dropped when its notice is dismissed: not a step to go Back to). */
function isDeliberateChange(a: ViewState, b: ViewState): boolean {
  for (const key of Object.keys(a) as (keyof ViewState)[]) {
    if (key === 'q' || key === 'v') continue
    const x = a[key]
    const y = b[key]
    if (Array.isArray(x) && Array.isArray(y) ? x.join('\u0000') !== y.join('\u0000') : x !== y) return true
  }
  return false
}

/** Why the view's `asOf` cannot be shown with this dataset, or null when it can (or there is no dataset yet). */
function asOfRefusal(state: {
  dataset: Parameters<typeof asOfBounds>[0] | null
  view: ViewState
}): ParamRefusal | null {
  const { dataset, view } = state
  if (dataset === null || view.asOf === null) return null
  const bounds = asOfBounds(dataset, isoToDay(TODAY) as number)
  const check = checkAsOf(view.asOf, bounds)
  return check === 'ok' ? null : { param: 'asOf', value: view.asOf, reason: asOfRefusalReason(check, bounds) }
}

/** Runs the address write later; the tests pass their own, to decide when it runs. */
export type WriteScheduler = (write: () => void) => void

const whenIdle: WriteScheduler = (write) => void whenQuiet().then(write)

export function startUrlSync(target: Window = window, schedule: WriteScheduler = whenIdle): () => void {
  const store = useAtlasStore
  /** Set while a refused `asOf` is dropped: that change replaces the entry instead of adding one. */
  let correcting = false
  /** True when it dropped the `asOf` (and so already wrote the address). */
  const refuseAsOf = (): boolean => {
    const refusal = asOfRefusal(store.getState())
    if (!refusal) return false
    correcting = true
    try {
      store.getState().setAsOf(null)
    } finally {
      correcting = false
    }
    const others = store.getState().addressRefusals.filter((item) => item.param !== 'asOf')
    store.getState().noteAddressRefusals([...others, refusal])
    return true
  }
  const read = () => {
    const { view, refused } = readViewParams(target.location.search)
    store.getState().replaceView(view)
    store.getState().noteAddressRefusals(refused)
    // Drop what could not be used, so the address names only what is on screen.
    const search = serializeViewParams(view)
    if (refused.length && search !== target.location.search) {
      target.history.replaceState(
        target.history.state,
        '',
        `${target.location.pathname}${search}${target.location.hash}`,
      )
    }
  }
  read()

  let stopped = false
  let scheduled = false
  /** Whether a change since the last write was deliberate: the write is then a new history entry. */
  let deliberate = false
  const write = () => {
    if (!scheduled) return
    scheduled = false
    if (pendingAddressWrite() === write) setPendingAddressWrite(null)
    const push = deliberate
    deliberate = false
    if (stopped) return
    const search = serializeViewParams(store.getState().view)
    if (search === target.location.search) return
    const url = `${target.location.pathname}${search}${target.location.hash}`
    if (push) target.history.pushState(null, '', url)
    else target.history.replaceState(target.history.state, '', url)
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset && refuseAsOf()) return
    if (state.view === previous.view) return
    // An embedded view's history is its host's: each change there would be one more Back for the host's reader.
    if (!correcting && state.view.embed === null && isDeliberateChange(state.view, previous.view)) deliberate = true
    if (scheduled) return
    scheduled = true
    setPendingAddressWrite(write)
    schedule(write)
  })

  const onPopState = () => {
    read()
    // The view is the address's again: nothing from before Back is left to write as a step.
    deliberate = false
    refuseAsOf()
    // Back and Forward may cross a change of dataset: bring the dataset on screen in line with `data`.
    void followDataParameter(store.getState().view.data)
  }
  target.addEventListener('popstate', onPopState)
  return () => {
    stopped = true
    if (pendingAddressWrite() === write) setPendingAddressWrite(null)
    unsubscribe()
    target.removeEventListener('popstate', onPopState)
  }
}
