// @vitest-environment jsdom
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { compareCoalitions } from '../../domain/compare/coalitions'
import { isoToDay } from '../../domain/dataset/dates'
import { validateDataset } from '../../domain/dataset/validate-dataset'
import { useAtlasStore } from '../../store/atlas-store'
import { CompareColumns } from './compare-columns'

// Rendered with a root of its own, outside act(): act would run the deferred render before anything
// could be read, and the first commit is what this test is about.
const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
let root: Root | null = null
let host: HTMLElement

beforeEach(() => {
  actFlag.IS_REACT_ACT_ENVIRONMENT = false
  host = document.createElement('div')
  document.body.append(host)
})

afterEach(() => {
  flushSync(() => root?.unmount())
  root = null
  host.remove()
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
  actFlag.IS_REACT_ACT_ENVIRONMENT = undefined
})

const names = () => host.querySelectorAll('.compare-list li').length
const pending = () => host.querySelectorAll('.compare-column__pending').length
const headings = () => [...host.querySelectorAll('h3')].map((heading) => heading.textContent)

describe('CompareColumns', () => {
  it.each<[string, number, boolean]>([
    ['10,000 memberships (large): headings and counts first, the names in a render of their own', 10_000, true],
    ['9,999 memberships: the names with the headings', 9_999, false],
  ])('%s', async (_, memberships, namesLater) => {
    const checked = validateDataset(generateDataset({ orgs: 1500, coalitions: 12, memberships, seed: 11 }))
    if (!checked.ok) throw new Error('the generated dataset must be valid')
    const dataset = checked.dataset
    const [a, b] = dataset.coalitions
    if (!a || !b) throw new Error('two coalitions are needed')
    useAtlasStore.setState({ dataset })
    const comparison = compareCoalitions(dataset, a.id, b.id, isoToDay('2026-01-01') as number, { family: false })

    root = createRoot(host)
    flushSync(() => root?.render(<CompareColumns idPrefix="cmp" comparison={comparison} highlight={null} />))
    expect(headings()).toEqual(['In both', `Only in ${a.name}`, `Only in ${b.name}`])
    expect(names() === 0).toBe(namesLater)
    expect(pending() > 0).toBe(namesLater)

    // The deferred render yields to the event loop every few milliseconds until it is done.
    await vi.waitFor(() => expect(names()).toBeGreaterThan(0), { timeout: 5000 })
    expect(pending()).toBe(0)
  })
})
