import { useEffect, useState, type RefObject } from 'react'

export interface SideScroll {
  /** Columns are hidden to the left (the box has been scrolled sideways). */
  readonly left: boolean
  /** Columns are hidden to the right. */
  readonly right: boolean
}

const NONE: SideScroll = { left: false, right: false }

/**
 * Whether the scroll box inside `frameRef` (the element matching `selector`) has columns out of
 * sight on either side, for the shadows and the hint that say the table scrolls sideways. Vertical
 * scrolling (the virtualized rows) costs one read of `scrollLeft` per event; sizes are read only in
 * ResizeObserver callbacks and after a sideways scroll.
 */
export function useSideScroll(frameRef: RefObject<HTMLElement | null>, selector: string): SideScroll {
  const [edges, setEdges] = useState<SideScroll>(NONE)
  useEffect(() => {
    const box = frameRef.current?.querySelector<HTMLElement>(selector)
    if (!box || typeof ResizeObserver === 'undefined') return undefined
    let frame = 0
    // Not read here: in an effect right after the table's first commit, reading scrollLeft forced a
    // layout of the whole page inside that task (55 ms at 26,000 organizations); the observer's
    // first callback, after the browser's own layout, reads it.
    let lastLeft = 0
    const read = () => {
      frame = 0
      lastLeft = box.scrollLeft
      const hidden = box.scrollWidth - box.clientWidth
      const left = lastLeft > 1
      const right = lastLeft < hidden - 1
      setEdges((previous) => (previous.left === left && previous.right === right ? previous : { left, right }))
    }
    const onScroll = () => {
      if (box.scrollLeft === lastLeft) return
      lastLeft = box.scrollLeft
      if (!frame) frame = requestAnimationFrame(read)
    }
    const observer = new ResizeObserver(read)
    observer.observe(box)
    // The table widens and narrows as columns are shown and hidden.
    if (box.firstElementChild) observer.observe(box.firstElementChild)
    box.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      box.removeEventListener('scroll', onScroll)
    }
  }, [frameRef, selector])
  return edges
}
