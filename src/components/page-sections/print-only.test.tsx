// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { printOnlyModule } from './print-only'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const MODULE = { text: 'Every row' }

function Probe({ use, printing }: { use: (printing: boolean) => typeof MODULE | null; printing: boolean }) {
  const module = use(printing)
  return <p>{module ? module.text : 'not loaded'}</p>
}

describe('printOnlyModule', () => {
  it.each([
    ['loads once the page is idle, before anyone prints', false],
    ['loads at once when printing starts first', true],
  ])('%s', async (_case, printing) => {
    // jsdom has no requestIdleCallback: the timer stands in for it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const load = vi.fn<() => Promise<typeof MODULE>>(() => Promise.resolve(MODULE))
    const use = printOnlyModule(load)
    render(<Probe use={use} printing={printing} />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(load).toHaveBeenCalledTimes(printing ? 1 : 0)
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(load).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Every row')).toBeInTheDocument()
  })

  it('tries again on the next print when a load failed', async () => {
    const load = vi
      .fn<() => Promise<typeof MODULE>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(MODULE)
    const use = printOnlyModule(load)
    const { rerender } = render(<Probe use={use} printing />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(screen.getByText('not loaded')).toBeInTheDocument()
    rerender(<Probe use={use} printing={false} />)
    rerender(<Probe use={use} printing />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(load).toHaveBeenCalledTimes(2)
    expect(screen.getByText('Every row')).toBeInTheDocument()
  })
})
