/**
 * Keeps the address bar and the view state in step: the URL is read once at start and on
 * back/forward; every later change of the view is written back with replaceState, so typing in a
 * search box does not flood the history.
 */
import { useAtlasStore } from './atlas-store'
import { parseViewParams, serializeViewParams } from './view-state'

export function startUrlSync(target: Window = window): () => void {
  const store = useAtlasStore
  store.getState().replaceView(parseViewParams(target.location.search))

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view) return
    const search = serializeViewParams(state.view)
    if (search === target.location.search) return
    const url = `${target.location.pathname}${search}${target.location.hash}`
    target.history.replaceState(target.history.state, '', url)
  })

  const onPopState = () => store.getState().replaceView(parseViewParams(target.location.search))
  target.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    target.removeEventListener('popstate', onPopState)
  }
}
