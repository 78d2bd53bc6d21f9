// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { use, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstPaint } from './after-first-paint'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('AfterFirstPaint', () => {
  it('shows the fallback until a frame has been painted, then the children', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
    render(
      <AfterFirstPaint fallback={<p>Loading charts…</p>}>
        <p>Charts</p>
      </AfterFirstPaint>,
    )
    expect(screen.getByText('Loading charts…')).toBeInTheDocument()
    expect(screen.queryByText('Charts')).toBeNull()
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(screen.getByText('Charts')).toBeInTheDocument()
    expect(screen.queryByText('Loading charts…')).toBeNull()
  })

  it('with code to load, waits for it after the paint and renders with what it loaded', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
    let deliver: (section: () => ReactNode) => void = () => {}
    const load = () => new Promise<() => ReactNode>((resolve) => (deliver = resolve))
    render(
      <AfterFirstPaint fallback={<p>Loading charts…</p>} load={load}>
        {(Section: () => ReactNode) => <Section />}
      </AfterFirstPaint>,
    )
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    // Painted, but the code is not here yet.
    expect(screen.getByText('Loading charts…')).toBeInTheDocument()
    await act(async () => {
      deliver(() => <p>Charts</p>)
      await vi.runAllTimersAsync()
    })
    expect(screen.getByText('Charts')).toBeInTheDocument()
    expect(screen.queryByText('Loading charts…')).toBeNull()
  })

  it('urgent: shows what it loaded while the sections revealed with it are still rendering', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
    // Sections whose render waits for ever (suspended), so their transition never ends; both panels'
    // code arrives in the same moment, as a batch of chunks does.
    const never = new Promise<never>(() => {})
    function Waiting(): ReactNode {
      return use(never)
    }
    let deliver: (text: string) => void = () => {}
    const code = new Promise<string>((resolve) => (deliver = resolve))
    const load = () => code
    render(
      <>
        <AfterFirstPaint fallback={<p>Loading sections…</p>} load={load}>
          {() => <Waiting />}
        </AfterFirstPaint>
        <AfterFirstPaint fallback={<p>No panel yet</p>} load={load} urgent>
          {(text: string) => <p>{text}</p>}
        </AfterFirstPaint>
      </>,
    )
    await act(async () => {
      await vi.runAllTimersAsync()
      deliver('Details')
      await vi.runAllTimersAsync()
    })
    expect(screen.getByText('Details')).toBeInTheDocument()
    expect(screen.getByText('Loading sections…')).toBeInTheDocument()
  })

  it('schedules nothing after it is gone', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] })
    const { unmount } = render(
      <AfterFirstPaint>
        <p>Charts</p>
      </AfterFirstPaint>,
    )
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
