// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAtlasStore } from '../store/atlas-store'
import { SEARCH_PAUSE_MS, useSettledFilters } from './use-settled-filters'

/** Every render, with the filters it saw: a section below the table, as the store drives it. */
let renders: string[] = []
function Section() {
  const { query, sectors } = useSettledFilters()
  renders.push(`${query}|${sectors.join(',')}`)
  return null
}

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
  renders = []
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

// As the table does: the sector filter the view holds, the same array while it is unchanged.
const shown = (query: string, sectors?: readonly string[]) =>
  act(() => useAtlasStore.getState().filtersShown(query, sectors ?? useAtlasStore.getState().view.sectors))
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

describe('useSettledFilters', () => {
  it.each([
    {
      case: 'a search is followed once it has stayed the same for the pause, and not before',
      steps: [{ query: 'meta', wait: SEARCH_PAUSE_MS - 1 }],
      before: ['|'],
      after: ['|', 'meta|'],
    },
    {
      case: 'keystrokes inside the pause are followed once, at the last',
      steps: [
        { query: 'm', wait: 100 },
        { query: 'me', wait: 100 },
        { query: 'met', wait: 100 },
      ],
      before: ['|'],
      after: ['|', 'met|'],
    },
    {
      case: 'a sector filter is followed in a task after the table’s',
      steps: [{ query: '', sectors: ['research-academia'], wait: -1 }],
      before: ['|'],
      after: ['|', '|research-academia'],
    },
  ])('$case', async ({ steps, before, after }) => {
    render(<Section />)
    for (const step of steps) {
      await shown(step.query, 'sectors' in step ? step.sectors : undefined)
      if (step.wait >= 0) await wait(step.wait)
    }
    // The point of it: the table's answer alone renders nothing below the table.
    expect(renders).toEqual(before)
    await wait(SEARCH_PAUSE_MS)
    expect(renders).toEqual(after)
  })

  it('a filter shown again with the same values renders nothing', async () => {
    render(<Section />)
    await shown('meta', ['research-academia'])
    await wait(SEARCH_PAUSE_MS)
    renders = []
    await shown('meta', ['research-academia'])
    await wait(SEARCH_PAUSE_MS)
    expect(renders).toEqual([])
  })

  it('a section mounted after a search starts from it', () => {
    useAtlasStore.getState().filtersShown('openai', ['model-developer'])
    render(<Section />)
    expect(renders).toEqual(['openai|model-developer'])
  })

  it('schedules nothing and follows nothing after it is gone', async () => {
    const { unmount } = render(<Section />)
    await shown('meta')
    unmount()
    expect(vi.getTimerCount()).toBe(0)
    await shown('google')
    expect(vi.getTimerCount()).toBe(0)
  })
})
