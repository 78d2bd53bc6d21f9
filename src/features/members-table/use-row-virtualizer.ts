/**
 * The members table's window of rows through TanStack Virtual: only the rows in and near the scroll
 * box's view are in the page. The virtualizer is loaded once the first rows are painted, so it is
 * not part of the JavaScript the first rows wait for; until then the window is the first screen of
 * rows at their estimated height, which is what it shows at the top of the box. The rows are drawn
 * by the caller in both cases, so nothing in the table is rebuilt when it arrives.
 */
import type * as VirtualModule from '@tanstack/react-virtual'
import type { Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'
import { whenIdle } from '../../components/when-idle'
import { ESTIMATED_ROW_HEIGHT, initialScrollRect, OVERSCAN } from './row-window'

type VirtualCore = typeof VirtualModule
type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLTableRowElement>

export interface RowWindow {
  /** The rows to draw: their positions and where each starts and ends, in pixels. */
  readonly items: readonly { readonly index: number; readonly start: number; readonly end: number }[]
  readonly totalSize: number
  /** The ref each drawn row gives the virtualizer to be measured; undefined until it has loaded. */
  readonly measureElement?: (element: HTMLTableRowElement | null) => void
  /**
   * Back to the first row. Through the virtualizer once it is here: a plain scroll of the box left it
   * believing the box was still where it had been, and the new rows it then measured "above" that
   * place scrolled the box straight back down.
   */
  readonly scrollToTop: () => void
}

let core: VirtualCore | null = null
let loading: Promise<VirtualCore> | null = null

/**
 * Loads TanStack Virtual once, when the page is first idle after the rows on screen have been
 * painted (half a second at most): the first screen of rows needs none of it.
 */
function loadCore(): Promise<VirtualCore> {
  loading ??= new Promise<void>((resolve) => requestAnimationFrame(() => whenIdle(resolve, 500)))
    .then(() => import('@tanstack/react-virtual'))
    .then((module) => (core = module))
  return loading
}

// The virtualizer's defaults read the scroll box's size and each new row's height synchronously,
// and each read forces a layout of the whole page in the middle of React's commit: on first load
// that was two full layouts before the browser's own. These read sizes from ResizeObserver entries
// only, which arrive after the browser has laid the page out anyway; until then the scroll box is
// assumed to be as tall as its CSS cap and rows as tall as the estimate.
function observeScrollBox(instance: RowVirtualizer, onRect: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement
  if (!element || typeof ResizeObserver === 'undefined') return undefined
  // Inside a ResizeObserver callback layout is already up to date, so these reads are free.
  const observer = new ResizeObserver(() => onRect({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}

function measureRow(
  element: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: RowVirtualizer,
): number {
  const box = entry?.borderBoxSize[0]
  if (box) return Math.round(box.blockSize)
  const index = instance.indexFromElement(element)
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
}

function firstScreen(count: number): Omit<RowWindow, 'scrollToTop'> {
  const shown = Math.min(count, Math.ceil(initialScrollRect().height / ESTIMATED_ROW_HEIGHT) + OVERSCAN)
  const items = Array.from({ length: shown }, (_, index) => ({
    index,
    start: index * ESTIMATED_ROW_HEIGHT,
    end: (index + 1) * ESTIMATED_ROW_HEIGHT,
  }))
  return { items, totalSize: count * ESTIMATED_ROW_HEIGHT }
}

/** What @tanstack/react-virtual's useVirtualizer does, with the virtualizer created once its code has loaded. */
export function useRowVirtualizer(count: number, scrollRef: RefObject<HTMLDivElement | null>): RowWindow {
  const [, rerender] = useReducer((x: number) => x + 1, 0)
  const [instance, setInstance] = useState<RowVirtualizer | null>(null)
  // Whether the box has scrolled before the virtualizer arrived (see initialOffset).
  const scrolled = useRef(false)
  // The instance for scrollToTop, which stays the same function when it arrives.
  const arrived = useRef<RowVirtualizer | null>(null)
  useEffect(() => {
    const box = scrollRef.current
    if (instance || !box) return undefined
    const onScroll = () => {
      scrolled.current = true
    }
    box.addEventListener('scroll', onScroll, { passive: true, once: true })
    return () => box.removeEventListener('scroll', onScroll)
  }, [instance, scrollRef])
  useEffect(() => {
    if (instance) return undefined
    let live = true
    void loadCore().then((loaded) => {
      // Its options are all set below, on every render, before it is first read.
      if (!live) return
      const created = new loaded.Virtualizer<HTMLDivElement, HTMLTableRowElement>({
        count: 0,
        getScrollElement: () => null,
        estimateSize: () => ESTIMATED_ROW_HEIGHT,
        scrollToFn: () => {},
        observeElementRect: () => undefined,
        observeElementOffset: () => undefined,
      })
      arrived.current = created
      setInstance(created)
    })
    return () => {
      live = false
    }
  }, [instance])

  if (instance && core) {
    const { elementScroll, observeElementOffset } = core
    // oxlint-disable-next-line react/refs -- the virtualizer reads the box in its effects and callbacks, never during render
    instance.setOptions({
      count,
      getScrollElement: () => scrollRef.current,
      estimateSize: () => ESTIMATED_ROW_HEIGHT,
      // Sizes are remembered by position, not by organization: after a sort or a filter the rows in
      // view are new, and most are as tall as the ones they replace, so measuring them changes
      // nothing and needs no second render of the table.
      overscan: OVERSCAN,
      initialRect: initialScrollRect(),
      // Where the box is when the virtualizer arrives: a reader may have scrolled the first rows. Read
      // only then: reading scrollTop in a render forces a layout of the page, and the virtualizer
      // arrives just after the sections below the table have been added (150 ms on this machine).
      initialOffset: () => (scrolled.current ? (scrollRef.current?.scrollTop ?? 0) : 0),
      observeElementRect: observeScrollBox,
      observeElementOffset,
      measureElement: measureRow,
      // On mount the virtualizer writes the offset it tracks (0) back to the box; a box at the top
      // that has not scrolled since is already there, and the write would force a layout.
      scrollToFn: (offset, options, virtualizer) => {
        if (offset + (options.adjustments ?? 0) === 0 && !virtualizer.scrollOffset) return
        elementScroll(offset, options, virtualizer)
      },
      // Never one synchronous render per measured row: a render once the sizes are in.
      onChange: () => rerender(),
    })
  }

  // As TanStack Virtual's React adapter does: start observing once mounted, follow the box after each render.
  // oxlint-disable-next-line no-underscore-dangle -- the virtualizer's lifecycle, as its own adapter calls it
  useLayoutEffect(() => instance?._didMount(), [instance])
  // oxlint-disable-next-line no-underscore-dangle -- as above
  useLayoutEffect(() => instance?._willUpdate())

  const scrollToTop = useCallback(() => {
    // Until it has taken the box (its first layout effect), it could not scroll it.
    if (arrived.current?.scrollElement) arrived.current.scrollToOffset(0)
    else scrollRef.current?.scrollTo({ top: 0 })
  }, [scrollRef])

  if (!instance) return { ...firstScreen(count), scrollToTop }
  return {
    items: instance.getVirtualItems(),
    totalSize: instance.getTotalSize(),
    measureElement: instance.measureElement,
    scrollToTop,
  }
}
