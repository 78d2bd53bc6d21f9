import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'
import { useAtlasStore } from '../store/atlas-store'

/**
 * A React root of its own, rendered outside act(), for tests of what a view shows before its
 * deferred or sliced work is done: act() would run that work before the first commit could be read.
 * Registers its own beforeEach and afterEach (a fresh host element, the store reset after).
 */
export function detachedRoot(): { host: () => HTMLElement; render: (node: ReactNode) => void } {
  const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  let root: Root | null = null
  let host: HTMLElement | null = null
  beforeEach(() => {
    actFlag.IS_REACT_ACT_ENVIRONMENT = false
    host = document.createElement('div')
    document.body.append(host)
  })
  afterEach(() => {
    flushSync(() => root?.unmount())
    root = null
    host?.remove()
    host = null
    useAtlasStore.setState(useAtlasStore.getInitialState(), true)
    actFlag.IS_REACT_ACT_ENVIRONMENT = undefined
  })
  const current = () => {
    if (!host) throw new Error('detachedRoot: used outside a test')
    return host
  }
  return {
    host: current,
    render: (node) => {
      root ??= createRoot(current())
      flushSync(() => root?.render(node))
    },
  }
}
