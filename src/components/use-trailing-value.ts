import { startTransition, useEffect, useState } from 'react'

/**
 * The value, once it has stayed the same for `delayMs`, applied at low priority. The sections below
 * the table (charts, changes, interlocks) follow the search the table has answered this way: at
 * 100,000 memberships their view models take longer than a keystroke should, and when React
 * rendered them together with the table's filtered rows the table (which answers the search)
 * waited for them: 15 s instead of 1.6 s for one search on a CPU slowed six times.
 */
export function useTrailingValue<T>(value: T, delayMs = 250): T {
  const [trailing, setTrailing] = useState(value)
  useEffect(() => {
    if (Object.is(trailing, value)) return undefined
    const timer = setTimeout(() => startTransition(() => setTrailing(value)), delayMs)
    return () => clearTimeout(timer)
  }, [value, trailing, delayMs])
  return trailing
}
