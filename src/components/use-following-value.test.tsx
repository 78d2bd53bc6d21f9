// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useFollowingValue } from './use-following-value'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function Follower({ value }: { value: string }) {
  return <p>{useFollowingValue(value, 'nothing yet')}</p>
}

describe('useFollowingValue', () => {
  it.each([
    { case: 'starts from the initial value, then takes the value a task later', values: ['A'], before: 'nothing yet' },
    { case: 'keeps the previous value until a task after a change', values: ['A', 'B'], before: 'A' },
    { case: 'a value that changes twice in a row ends at the last', values: ['A', 'B', 'C'], before: 'A' },
  ])('$case', async ({ values, before }) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const [first, ...rest] = values as [string, ...string[]]
    const { rerender } = render(<Follower value={first} />)
    if (rest.length > 0) {
      await act(async () => {
        await vi.runAllTimersAsync()
      })
      for (const value of rest) rerender(<Follower value={value} />)
    }
    expect(screen.getByRole('paragraph')).toHaveTextContent(before)
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(screen.getByRole('paragraph')).toHaveTextContent(values.at(-1) as string)
  })

  it('schedules nothing after it is gone', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { unmount } = render(<Follower value="A" />)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
