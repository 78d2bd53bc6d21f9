// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OneAfterAnother } from './one-after-another'
import { hurry } from './take-turns'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const SECTIONS = ['Charts', 'Comparison', 'Changes']

function Sections({ together }: { together?: boolean }) {
  return (
    <OneAfterAnother together={together} renderPending={(index) => <p>Loading {SECTIONS[index]}…</p>}>
      {SECTIONS.map((name) => (
        <h2 key={name}>{name}</h2>
      ))}
    </OneAfterAnother>
  )
}

/** Each step commits inside act, and only then queues the next: one timer at a time, until none is left. */
async function runEveryStep() {
  for (let step = 0; step < 20 && vi.getTimerCount() > 0; step++) {
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync()
    })
  }
}

const headings = () => screen.queryAllByRole('heading').map((heading) => heading.textContent)

describe('OneAfterAnother', () => {
  it('shows the first at once and each next one a task later, with the next one pending meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(<Sections />)
    expect(headings()).toEqual(['Charts'])
    expect(screen.getByText('Loading Comparison…')).toBeInTheDocument()
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync()
    })
    expect(headings()).toEqual(['Charts', 'Comparison'])
    expect(screen.getByText('Loading Changes…')).toBeInTheDocument()
    await runEveryStep()
    expect(headings()).toEqual(SECTIONS)
    expect(screen.queryByText(/^Loading/)).toBeNull()
  })

  it('together (a small dataset): all in the first render, no turn taken, so one after another next to it is not held', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(
      <>
        <Sections together />
        <OneAfterAnother renderPending={() => <p>Loading B…</p>}>
          {['B1', 'B2'].map((name) => (
            <h2 key={name}>{name}</h2>
          ))}
        </OneAfterAnother>
      </>,
    )
    expect(headings()).toEqual([...SECTIONS, 'B1'])
    expect(screen.queryByText(/^Loading [A-Z][a-z]/)).toBeNull()
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync()
    })
    expect(headings()).toEqual([...SECTIONS, 'B1', 'B2'])
  })

  it('one child: shown alone, nothing pending', () => {
    render(<OneAfterAnother renderPending={() => <p>Loading…</p>}>{[<h2 key="only">Sources</h2>]}</OneAfterAnother>)
    expect(headings()).toEqual(['Sources'])
    expect(screen.queryByText('Loading…')).toBeNull()
  })
})

describe('OneAfterAnother, two on a page', () => {
  it('takes turns: never two steps in one task', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(
      <>
        <OneAfterAnother renderPending={() => <p>Loading A…</p>}>
          {['A1', 'A2', 'A3'].map((name) => (
            <h2 key={name}>{name}</h2>
          ))}
        </OneAfterAnother>
        <OneAfterAnother renderPending={() => <p>Loading B…</p>}>
          {['B1', 'B2'].map((name) => (
            <h2 key={name}>{name}</h2>
          ))}
        </OneAfterAnother>
      </>,
    )
    const seen = [headings().join(' ')]
    for (let step = 0; step < 3; step++) {
      await act(async () => {
        await vi.advanceTimersToNextTimerAsync()
      })
      seen.push(headings().join(' '))
    }
    // One more heading per task, A and B in turn.
    expect(seen).toEqual(['A1 B1', 'A1 A2 B1', 'A1 A2 B1 B2', 'A1 A2 A3 B1 B2'])
  })
})

describe('OneAfterAnother, one leaving the page', () => {
  it('passes its turn on when it unmounts before its step is committed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const page = (withA: boolean) => (
      <>
        {withA ? (
          <OneAfterAnother renderPending={() => <p>Loading A…</p>}>
            {['A1', 'A2'].map((name) => (
              <h2 key={name}>{name}</h2>
            ))}
          </OneAfterAnother>
        ) : null}
        <OneAfterAnother renderPending={() => <p>Loading B…</p>}>
          {['B1', 'B2'].map((name) => (
            <h2 key={name}>{name}</h2>
          ))}
        </OneAfterAnother>
      </>
    )
    const { rerender } = render(page(true))
    // A holds the turn (its step is queued for the next task); it leaves before that task runs.
    rerender(page(false))
    await runEveryStep()
    expect(headings()).toEqual(['B1', 'B2'])
  })
})

describe('OneAfterAnother while a reader waits for a section (hurry)', () => {
  it('shows all at once, starts complete while the wait lasts, and one at a time again after it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const first = render(<Sections />)
    expect(headings()).toEqual(['Charts'])
    const waited = hurry()
    await act(async () => {})
    expect(headings()).toEqual(SECTIONS)
    first.unmount()

    // Mounted while the reader still waits: complete from its first render.
    const second = render(<Sections />)
    expect(headings()).toEqual(SECTIONS)
    second.unmount()

    waited()
    render(<Sections />)
    expect(headings()).toEqual(['Charts'])
    await runEveryStep()
    expect(headings()).toEqual(SECTIONS)
  })
})
