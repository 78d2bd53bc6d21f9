import { startTransition, useEffect, useState } from 'react'
import { useAtlasStore, type AtlasState } from '../store/atlas-store'
import { selectSettledQuery, selectSettledSectors } from '../store/selectors'

/** How long the search must stay the same before the sections below the table follow it. */
export const SEARCH_PAUSE_MS = 250

/**
 * The search and the sector filter as the sections below the members table apply them: those the
 * table has answered (selectSettledQuery, selectSettledSectors), taken up at low priority once the
 * table's frame is out, and the search only after a pause in typing. A keystroke or a click on a
 * sector is answered by the table first and never waits for the sections' view models and charts:
 * at 100,000 memberships, rendered together with the table's rows, they made the table wait 15 s
 * instead of 1.6 s for one search on a CPU slowed six times.
 */
export function useSettledFilters(): { readonly query: string; readonly sectors: readonly string[] } {
  const query = useTrailingSelection(selectSettledQuery, SEARCH_PAUSE_MS)
  const sectors = useTrailingSelection(selectSettledSectors, 0)
  return { query, sectors }
}

/**
 * A value of the store, once it has stayed the same for `delayMs`, applied in a transition. Read
 * through a subscription rather than a selector hook: with a selector, every change rendered the
 * whole section at once (its hundred coalitions' rows and all) only to hand back the old value,
 * right after the table's commit.
 */
function useTrailingSelection<T>(select: (state: AtlasState) => T, delayMs: number): T {
  const [value, setValue] = useState(() => select(useAtlasStore.getState()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const follow = () => {
      clearTimeout(timer)
      timer = setTimeout(() => startTransition(() => setValue(select(useAtlasStore.getState()))), delayMs)
    }
    // A change between the render and this subscription is followed too.
    if (!Object.is(select(useAtlasStore.getState()), value)) follow()
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (!Object.is(select(state), select(previous))) follow()
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [select, delayMs, value])
  return value
}
