// @vitest-environment jsdom
import { flushSync } from 'react-dom'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { useAtlasStore } from '../../store/atlas-store'
import { detachedRoot } from '../../test/detached-root'
import CompareSection from './compare-section'

// Outside act(): act would run the deferred render before the first commit could be read.
const view = detachedRoot()

const later = () => view.host().querySelector('.compare-later')
/** The Venn diagram's title, which names its pair ("Members of Alliance and Forum"). */
const vennTitle = () => later()?.querySelector('.chart-figure__title')?.textContent ?? null
const columnHeadings = () => [...view.host().querySelectorAll('.compare-column h3')].map((h) => h.textContent)

describe('the comparison’s pictures and absentees, which follow the columns', () => {
  beforeEach(() => {
    // jsdom has none; the charts measure their width with it.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    )
    return () => vi.unstubAllGlobals()
  })

  it('say they are busy while they still show the pair before, and not once they have caught up', async () => {
    const dataset = buildDataset()
    const [a, b] = dataset.coalitions
    if (!a || !b) throw new Error('the fixture has two coalitions')
    useAtlasStore.setState({ dataset })
    flushSync(() => useAtlasStore.getState().chooseComparison(a.id, b.id))
    view.render(<CompareSection />)
    await expect.poll(() => later()?.getAttribute('aria-busy') ?? null).toBeNull()
    expect(vennTitle()).toBe(`Members of ${a.name} and ${b.name}`)

    // The pair swapped in a click's own (urgent) render: the columns show it at once.
    flushSync(() => useAtlasStore.getState().chooseComparison(b.id, a.id))
    expect(columnHeadings()).toContain(`Only in ${b.name}`)
    expect(later()?.getAttribute('aria-busy')).toBe('true')
    expect(vennTitle()).toBe(`Members of ${a.name} and ${b.name}`)

    await expect.poll(() => later()?.getAttribute('aria-busy') ?? null).toBeNull()
    expect(vennTitle()).toBe(`Members of ${b.name} and ${a.name}`)
  })
})
