import { startTransition, useEffect, useState } from 'react'
import { whenIdle } from './when-idle'

/**
 * How many of `total` parts of a view to draw: all at once when `staged` is false; otherwise none
 * when mounted, then one more each time the page is idle after the last part was painted (or 1 s
 * later at the latest). A commit and the layout it forces cost in proportion to what it adds, so a
 * view too big for one frame comes in parts, each a transition, so a click or keystroke meanwhile
 * goes first. Remount to start again.
 */
export function useStages(total: number, staged: boolean): number {
  const [shown, setShown] = useState(staged ? 0 : total)
  useEffect(() => {
    if (!staged || shown >= total) return
    // Idle time is asked for from the next frame: asked for at once, the idle moment before that
    // frame would draw the next part first, and the frame showing this one would wait for it.
    let cancelIdle = () => {}
    const frame = requestAnimationFrame(() => {
      cancelIdle = whenIdle(() => startTransition(() => setShown((count) => count + 1)), 1000)
    })
    return () => {
      cancelAnimationFrame(frame)
      cancelIdle()
    }
  }, [staged, shown, total])
  return staged ? shown : total
}
