import { describe, expect, it } from 'vitest'
import { startResizeMessages } from './embed-resize'

/** A window in a frame (or not), the messages it sent its parent, and a way to lay its page out at a new height. */
function framedWindow(framed = true) {
  const sent: { message: unknown; origin: string }[] = []
  const observers: (() => void)[] = []
  let height = 0
  const view = {
    document: { documentElement: { getBoundingClientRect: () => ({ height }) } },
    parent: { postMessage: (message: unknown, origin: string) => sent.push({ message, origin }) },
    ResizeObserver: class {
      constructor(callback: () => void) {
        observers.push(callback)
      }
      observe() {}
      disconnect() {
        observers.length = 0
      }
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  }
  if (!framed) view.parent = view as unknown as typeof view.parent
  /** The page lays out at a new height and the observer wakes. */
  const layout = (next: number) => {
    height = next
    for (const observer of observers) observer()
  }
  return { view: view as unknown as Window & typeof globalThis, sent, layout }
}

describe('startResizeMessages', () => {
  it('sends the rounded height on each change of it, and only then', () => {
    const { view, sent, layout } = framedWindow()
    const stop = startResizeMessages(view)
    for (const height of [640.2, 640.7, 641, 700, 700, 512.01]) layout(height)
    expect(sent).toEqual([
      { message: { type: 'coalition-atlas:resize', height: 641 }, origin: '*' },
      { message: { type: 'coalition-atlas:resize', height: 700 }, origin: '*' },
      { message: { type: 'coalition-atlas:resize', height: 513 }, origin: '*' },
    ])
    stop()
    layout(900)
    expect(sent).toHaveLength(3)
  })

  it('sends nothing from a page that is not in a frame', () => {
    const { view, sent, layout } = framedWindow(false)
    startResizeMessages(view)
    layout(640)
    expect(sent).toEqual([])
  })
})
