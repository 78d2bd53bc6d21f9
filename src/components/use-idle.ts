import { useEffect, useState } from 'react'
import { whenIdle } from './when-idle'

/**
 * False when mounted, true once the page has been idle since (or after `timeoutMs`): for parts of a
 * view only an interaction needs. Recharts' Tooltip reads its box with getBoundingClientRect as it
 * mounts, which forces a layout of the whole page in the middle of the chart's commit: 143 ms of a
 * 206 ms task while a 45 MB dataset's sections came in. Once the page is idle its layout is clean,
 * and the same read costs nothing. The timeout is long: a 45 MB page is busy for seconds after
 * its charts appear, and at 1 s the read still came in the middle of other sections' commits.
 */
export function useIdle(timeoutMs = 10_000): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let live = true
    whenIdle(() => {
      if (live) setIdle(true)
    }, timeoutMs)
    return () => {
      live = false
    }
  }, [timeoutMs])
  return idle
}
