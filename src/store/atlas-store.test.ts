import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../test/fixtures'
import { effectivePair, useAtlasStore } from './atlas-store'
import { selectAsOf, selectCoalitionA, selectCoalitionB, selectSectorFilter, selectSettledQuery } from './selectors'

const BUNDLED = { kind: 'bundled', label: 'bundled dataset' } as const

afterEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
})

describe('effectivePair', () => {
  const withPreferred = buildDataset((doc) => {
    doc.coalitions.push({ id: 'ai-alliance', name: 'AI Alliance' }, { id: 'frontier-model-forum', name: 'Frontier Model Forum' })
  })
  it.each<[string, string | null, string | null, [string | null, string | null]]>([
    ['prefers the AI Alliance and the Forum when present', null, null, ['ai-alliance', 'frontier-model-forum']],
    ['keeps a valid choice', 'forum', 'alliance', ['forum', 'alliance']],
    ['replaces an unknown id with a default that is not the other side', 'gone', 'ai-alliance', ['frontier-model-forum', 'ai-alliance']],
  ])('%s', (_case, a, b, expected) => {
    expect(effectivePair(withPreferred, { a, b })).toEqual(expected)
  })

  it('falls back to the first two coalitions of another dataset', () => {
    expect(effectivePair(buildDataset(), { a: null, b: null })).toEqual(['alliance', 'forum'])
  })
})

describe('useAtlasStore', () => {
  it('starts loading, then shows the accepted dataset', () => {
    const store = useAtlasStore.getState()
    store.startLoading(BUNDLED)
    expect(useAtlasStore.getState().load.status).toBe('loading')
    store.acceptDataset(buildDataset(), BUNDLED, [])
    expect(useAtlasStore.getState().load.status).toBe('ready')
    expect(useAtlasStore.getState().dataset?.title).toBe('Test coalitions')
  })

  it('keeps the dataset and the view when a later document is refused', () => {
    const store = useAtlasStore.getState()
    const shown = buildDataset()
    store.acceptDataset(shown, BUNDLED, [])
    store.setView({ sectors: ['model-developer'], q: 'meta' })
    const view = useAtlasStore.getState().view
    store.refuseDataset({ kind: 'file', label: 'broken.json' }, 'The document is empty.', [])
    const after = useAtlasStore.getState()
    expect(after.dataset).toBe(shown)
    expect(after.view).toBe(view)
    expect(after.load).toMatchObject({ status: 'error', reason: 'The document is empty.' })
  })

  it('can show a dataset that arrives after a newer load was refused, keeping that refusal on screen', () => {
    const store = useAtlasStore.getState()
    store.startLoading(BUNDLED)
    store.startLoading({ kind: 'file', label: 'empty.json' })
    store.refuseDataset({ kind: 'file', label: 'empty.json' }, 'The document is empty.', [])
    store.acceptDataset(buildDataset(), BUNDLED, [], true)
    const after = useAtlasStore.getState()
    expect(after.dataset?.title).toBe('Test coalitions')
    expect(after.origin).toEqual(BUNDLED)
    expect(after.load).toMatchObject({ status: 'error', reason: 'The document is empty.', origin: { label: 'empty.json' } })
  })

  it('swaps the effective pair, defaults included', () => {
    useAtlasStore.getState().acceptDataset(buildDataset(), BUNDLED, [])
    useAtlasStore.getState().swapComparison()
    const state = useAtlasStore.getState()
    expect([selectCoalitionA(state), selectCoalitionB(state)]).toEqual(['forum', 'alliance'])
  })

  it('toggles sectors on and off', () => {
    const { toggleSector } = useAtlasStore.getState()
    toggleSector('healthcare')
    toggleSector('model-developer')
    toggleSector('healthcare')
    expect(selectSectorFilter(useAtlasStore.getState())).toEqual(['model-developer'])
  })

  it('returns the same reference from a selector until that part of the state changes', () => {
    useAtlasStore.getState().setView({ sectors: ['healthcare'] })
    const first = selectSectorFilter(useAtlasStore.getState())
    useAtlasStore.getState().setView({ q: 'x' })
    expect(selectSectorFilter(useAtlasStore.getState())).toBe(first)
  })

  it('reads "as of" as today until a day is chosen', () => {
    expect(selectAsOf(useAtlasStore.getState())).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    useAtlasStore.getState().setView({ asOf: '2023-12-05' })
    expect(selectAsOf(useAtlasStore.getState())).toBe('2023-12-05')
  })
})

describe('selectSettledQuery: the search the charts follow', () => {
  // Steps: typed (the search box), shown (searchShown). Each row is what the charts see after its steps.
  it.each<[string, Array<['type' | 'shown', string]>, string]>([
    ['follows the search box while no table has shown a search', [['type', 'meta']], 'meta'],
    ['keeps what the table shows while a newer search is typed', [['type', 'me'], ['shown', 'me'], ['type', 'meta']], 'me'],
    ['moves once the table has shown the newer search', [['type', 'me'], ['shown', 'me'], ['type', 'meta'], ['shown', 'meta']], 'meta'],
    ['an empty search shown is a search shown', [['type', 'x'], ['shown', 'x'], ['type', ''], ['shown', '']], ''],
  ])('%s', (_case, steps, expected) => {
    for (const [kind, text] of steps) {
      if (kind === 'type') useAtlasStore.getState().setView({ q: text })
      else useAtlasStore.getState().searchShown(text)
    }
    expect(selectSettledQuery(useAtlasStore.getState())).toBe(expected)
  })
})
