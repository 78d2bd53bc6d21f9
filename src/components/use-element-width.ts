import { useCallback, useEffect, useState } from 'react'

/**
 * Width of an element, kept current with a ResizeObserver. Charts are drawn at an explicit size so
 * nothing is measured as 0×0 (Recharts warns about that in the console) and nothing overflows at 360 px.
 */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [node, setNode] = useState<T | null>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    if (!node) return undefined
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect
      if (box) setWidth(Math.floor(box.width))
    })
    observer.observe(node)
    return () => observer.disconnect()
  }, [node])
  const ref = useCallback((element: T | null) => setNode(element), [])
  return [ref, width]
}
