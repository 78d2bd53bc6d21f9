import { useAtlasStore } from '../store/atlas-store'
import type { ViewState } from '../store/view-state'

/** Puts the store's view in a given state for a test, as a link or several named actions would. */
export function patchView(patch: Partial<ViewState>): void {
  useAtlasStore.setState((state) => ({ view: { ...state.view, ...patch } }))
}
