// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { compareCoalitions } from '../../domain/compare/coalitions'
import { isoToDay } from '../../domain/dataset/dates'
import { validateDataset } from '../../domain/dataset/validate-dataset'
import { useAtlasStore } from '../../store/atlas-store'
import { detachedRoot } from '../../test/detached-root'
import { CompareColumns } from './compare-columns'

// Outside act(): act would run the deferred render before anything could be read, and the first
// commit is what this test is about.
const view = detachedRoot()
const host = () => view.host()

const names = () => host().querySelectorAll('.compare-list li').length
const namesIn = () =>
  [...host().querySelectorAll('.compare-column')].map((column) => column.querySelectorAll('li').length)
const pending = () => host().querySelectorAll('.compare-column__pending').length
const headings = () => [...host().querySelectorAll('h3')].map((heading) => heading.textContent)

function renderPair(memberships: number) {
  const checked = validateDataset(generateDataset({ orgs: 1500, coalitions: 12, memberships, seed: 11 }))
  if (!checked.ok) throw new Error('the generated dataset must be valid')
  const dataset = checked.dataset
  const [a, b] = dataset.coalitions
  if (!a || !b) throw new Error('two coalitions are needed')
  useAtlasStore.setState({ dataset })
  const comparison = compareCoalitions(dataset, a.id, b.id, isoToDay('2026-01-01') as number, { family: false })
  view.render(<CompareColumns idPrefix="cmp" comparison={comparison} highlight={null} />)
  return { a, b }
}

describe('CompareColumns', () => {
  it('9,999 memberships: the names with the headings', () => {
    const { a, b } = renderPair(9_999)
    expect(headings()).toEqual(['In both', `Only in ${a.name}`, `Only in ${b.name}`])
    expect(namesIn().every((count) => count > 0)).toBe(true)
    expect(pending()).toBe(0)
  })

  it('10,000 memberships (large): headings and counts first, then the names one column per commit', async () => {
    // jsdom has no requestIdleCallback: each column waits its 1 s timeout, which fake timers skip.
    // React schedules its renders with setImmediate here, left real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const { a, b } = renderPair(10_000)
      expect(headings()).toEqual(['In both', `Only in ${a.name}`, `Only in ${b.name}`])
      expect(names()).toBe(0)
      expect(pending()).toBe(3)
      // In both, then only in A, then only in B: each column's names come alone.
      const expected: [boolean, boolean, boolean][] = [
        [true, false, false],
        [true, true, false],
        [true, true, true],
      ]
      for (const [stage, shown] of expected.entries()) {
        vi.advanceTimersByTime(1000)
        await vi.waitFor(() => expect(namesIn().map((count) => count > 0)).toEqual(shown), { timeout: 5000 })
        expect(pending()).toBe(2 - stage)
      }
    } finally {
      vi.useRealTimers()
    }
  })
})
