import { startTransition, useEffect, useState } from 'react'
import { whenIdle } from './when-idle'

/**
 * How many of `total` parts of a view to draw: all at once when `staged` is false; otherwise none
 * when mounted, then one more each time the page is idle again (after the last part was painted,
 * and after any task that was waiting), or after 100 ms at the latest. A commit and the layout it
 * forces cost in proportion to what it adds, so a view too big for one frame comes in parts, each a
 * transition, so a click or keystroke meanwhile goes first. Remount to start again.
 */
export function useStages(total: number, staged: boolean): number {
  const [shown, setShown] = useState(staged ? 0 : total)
  useEffect(() => {
    if (!staged || shown >= total) return
    return whenIdle(() => startTransition(() => setShown((count) => count + 1)), 1000)
  }, [staged, shown, total])
  return staged ? shown : total
}
