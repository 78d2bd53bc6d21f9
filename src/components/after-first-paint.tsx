import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders `children` only once the browser has painted what came before, and `fallback` until then.
 * Sections below the table (charts, comparison, sources) wait behind it: rendered in the same task
 * as the table, they, and the lazy chunks they pull in, held back the first rows by a whole frame.
 *
 * With `load`, children wait for it too and receive what it resolved to: the sections' own code,
 * fetched after the paint and handed over as components. Taken through React.lazy instead, each
 * section suspended on its first render even with its chunk already here, and came in a retry of
 * its own behind the charts' synchronous re-renders: on a busy machine the sources were seconds late.
 * `load` must not reject; a failure belongs in what it resolves to (a component that throws, say,
 * for the section's error boundary to report).
 *
 * With `urgent`, what `load` resolved to is shown at once rather than in a transition. React renders
 * every pending transition as one batch, so a panel revealed in a transition waited for the sections
 * below the table: the details opened by Enter on a name in the first second came 0.3 to 1.4 s
 * later, and 4 to 7 s later on a CPU slowed sixfold.
 */
export function AfterFirstPaint<T>({
  children,
  fallback = null,
  load,
  urgent = false,
}: {
  children: ReactNode | ((loaded: T) => ReactNode)
  fallback?: ReactNode
  load?: () => Promise<T>
  urgent?: boolean
}) {
  const [ready, setReady] = useState<{ loaded: T } | null>(null)
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined
    let gone = false
    // As a transition the sections render in slices, so a click or a keystroke meanwhile is not kept waiting.
    const reveal = (loaded: T) => {
      if (gone) return
      if (urgent) setReady({ loaded })
      else startTransition(() => setReady({ loaded }))
    }
    // A task queued from requestAnimationFrame runs after that frame's paint.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => {
        if (load) void load().then(reveal)
        else reveal(undefined as T)
      }, 0)
    })
    return () => {
      gone = true
      cancelAnimationFrame(frame)
      clearTimeout(timeout)
    }
  }, [load, urgent])
  if (!ready) return fallback
  return typeof children === 'function' ? children(ready.loaded) : children
}
