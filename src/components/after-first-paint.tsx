import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders `children` only once the browser has painted what came before, and `fallback` until then.
 * Sections below the table (charts, comparison, sources) wait behind it: rendered in the same task
 * as the table, they, and the lazy chunks they pull in, held back the first rows by a whole frame.
 */
export function AfterFirstPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined
    // A task queued from requestAnimationFrame runs after that frame's paint. As a transition the
    // sections render in slices, so a click or a keystroke meanwhile is not kept waiting.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => startTransition(() => setPainted(true)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timeout)
    }
  }, [])
  return painted ? children : fallback
}
