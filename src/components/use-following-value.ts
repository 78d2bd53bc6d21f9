import { useEffect, useState } from 'react'

/**
 * `value` as it was one task after the commit that showed it (`initial` before that), applied as an
 * ordinary update. A section that follows another this way renders in a task of its own, after the
 * other has been painted. Deferred with `useDeferredValue` instead, it shared React's transition
 * with the sections mounting below the table; each update there restarted it, and on a busy
 * machine the cards showed the previous dataset for more than five seconds.
 */
export function useFollowingValue<T, I>(value: T, initial: I): T | I {
  const [followed, setFollowed] = useState<{ value: T | I }>({ value: initial })
  useEffect(() => {
    if (Object.is(followed.value, value)) return undefined
    const timer = setTimeout(() => setFollowed({ value }), 0)
    return () => clearTimeout(timer)
  }, [value, followed])
  return followed.value
}
