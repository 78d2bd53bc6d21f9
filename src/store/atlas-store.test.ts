import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import {
  selectAsOf,
  selectChangeFrom,
  selectChangeTo,
  selectCoalitionA,
  selectCoalitionB,
  selectInterlocksCoalition,
  selectActiveFilterCount,
  selectSectorFilter,
  selectSettledQuery,
  selectSettledSectors,
} from './selectors'
import { serializeViewParams } from './view-state'
import { patchView } from '../test/view'

const BUNDLED = { kind: 'bundled', label: 'bundled dataset' } as const

afterEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
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
    patchView({ sectors: ['model-developer'], q: 'meta' })
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
    expect(after.load).toMatchObject({
      status: 'error',
      reason: 'The document is empty.',
      origin: { label: 'empty.json' },
    })
  })

  it('swaps the effective pair, defaults included', () => {
    useAtlasStore.getState().acceptDataset(buildDataset(), BUNDLED, [])
    useAtlasStore.getState().swapComparison()
    const state = useAtlasStore.getState()
    expect([selectCoalitionA(state), selectCoalitionB(state)]).toEqual(['forum', 'alliance'])
  })

  describe('compareCoalition', () => {
    const three = buildDataset((doc) => {
      doc.coalitions.push({ id: 'summit', name: 'Summit' })
    })
    it.each<[string, string | null, string | null, string, [string | null, string | null]]>([
      ['puts a third coalition on side A and keeps the default B', null, null, 'summit', ['summit', 'forum']],
      ['keeps a chosen B', 'alliance', 'summit', 'forum', ['forum', 'summit']],
      ['swaps when the coalition was B', null, null, 'forum', ['forum', 'alliance']],
      ['swaps a chosen pair when the coalition was B', 'summit', 'alliance', 'alliance', ['alliance', 'summit']],
      ['leaves the pair alone when the coalition is already A', 'forum', 'summit', 'forum', ['forum', 'summit']],
      ['ignores an id the dataset does not have', 'alliance', 'forum', 'gone', ['alliance', 'forum']],
    ])('%s', (_case, a, b, id, expected) => {
      useAtlasStore.getState().acceptDataset(three, BUNDLED, [])
      patchView({ a, b })
      useAtlasStore.getState().compareCoalition(id)
      const state = useAtlasStore.getState()
      expect([selectCoalitionA(state), selectCoalitionB(state)]).toEqual(expected)
    })
  })

  it('shows the members of one coalition: that coalition alone, any match, the other filters cleared, the rest of the view kept', () => {
    const store = useAtlasStore.getState()
    patchView({
      sectors: ['healthcare'],
      q: 'meta',
      coalitions: ['forum', 'summit'],
      match: 'none',
      countries: ['US'],
      roles: ['founder'],
      asOf: '2024-05-01',
      sort: '-name',
    })
    store.showCoalitionMembers('alliance')
    expect(useAtlasStore.getState().view).toMatchObject({
      sectors: [],
      q: '',
      coalitions: ['alliance'],
      match: 'any',
      countries: [],
      roles: [],
      asOf: '2024-05-01',
      sort: '-name',
    })
  })

  it('toggles sectors on and off', () => {
    const { toggleSector } = useAtlasStore.getState()
    toggleSector('healthcare')
    toggleSector('model-developer')
    toggleSector('healthcare')
    expect(selectSectorFilter(useAtlasStore.getState())).toEqual(['model-developer'])
  })

  it('returns the same reference from a selector until that part of the state changes', () => {
    patchView({ sectors: ['healthcare'] })
    const first = selectSectorFilter(useAtlasStore.getState())
    patchView({ q: 'x' })
    expect(selectSectorFilter(useAtlasStore.getState())).toBe(first)
  })

  it('reads "as of" as today until a day is chosen', () => {
    expect(selectAsOf(useAtlasStore.getState())).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    patchView({ asOf: '2023-12-05' })
    expect(selectAsOf(useAtlasStore.getState())).toBe('2023-12-05')
  })
})

describe('the Changes span and the interlocks coalition', () => {
  it('sets both days of the span in one step, and clears them back to the defaults', () => {
    const store = useAtlasStore.getState()
    store.acceptDataset(buildDataset(), BUNDLED, [])
    store.setChangeSpan('2024-01-01', '2024-12-31')
    expect([selectChangeFrom(useAtlasStore.getState()), selectChangeTo(useAtlasStore.getState())]).toEqual([
      '2024-01-01',
      '2024-12-31',
    ])
    expect(serializeViewParams(useAtlasStore.getState().view)).toBe('?from=2024-01-01&to=2024-12-31')
    store.setChangeSpan(null, null)
    expect(serializeViewParams(useAtlasStore.getState().view)).toBe('')
  })

  it.each<[string, boolean, string, string | null, string]>([
    ['another coalition is kept in the view', true, 'forum', 'forum', 'forum'],
    ['the AI Alliance, the default, is left out', true, 'ai-alliance', null, 'ai-alliance'],
    ['without an AI Alliance, the first coalition is the default', false, 'alliance', null, 'alliance'],
  ])('chooseInterlocksCoalition: %s', (_case, withAlliance, chosen, stored, shown) => {
    const dataset = buildDataset((doc) => {
      if (withAlliance) doc.coalitions.push({ id: 'ai-alliance', name: 'AI Alliance' })
    })
    useAtlasStore.getState().acceptDataset(dataset, BUNDLED, [])
    useAtlasStore.getState().chooseInterlocksCoalition(chosen)
    expect([useAtlasStore.getState().view.interlocks, selectInterlocksCoalition(useAtlasStore.getState())]).toEqual([
      stored,
      shown,
    ])
  })

  it('shows the default coalition when a link names one the dataset lacks', () => {
    useAtlasStore.getState().acceptDataset(buildDataset(), BUNDLED, [])
    patchView({ interlocks: 'gone' })
    expect(selectInterlocksCoalition(useAtlasStore.getState())).toBe('alliance')
  })
})

describe('selectSettledQuery: the search the sections below the table follow', () => {
  // Steps: typed (searchMembers), shown (filtersShown). Each row is what the sections see after its steps.
  it.each<[string, Array<['type' | 'shown', string]>, string]>([
    ['follows the search box while no table has shown a search', [['type', 'meta']], 'meta'],
    [
      'keeps what the table shows while a newer search is typed',
      [
        ['type', 'me'],
        ['shown', 'me'],
        ['type', 'meta'],
      ],
      'me',
    ],
    [
      'moves once the table has shown the newer search',
      [
        ['type', 'me'],
        ['shown', 'me'],
        ['type', 'meta'],
        ['shown', 'meta'],
      ],
      'meta',
    ],
    [
      'an empty search shown is a search shown',
      [
        ['type', 'x'],
        ['shown', 'x'],
        ['type', ''],
        ['shown', ''],
      ],
      '',
    ],
  ])('%s', (_case, steps, expected) => {
    for (const [kind, text] of steps) {
      if (kind === 'type') useAtlasStore.getState().searchMembers(text)
      else useAtlasStore.getState().filtersShown(text, [])
    }
    expect(selectSettledQuery(useAtlasStore.getState())).toBe(expected)
  })
})

describe('selectActiveFilterCount', () => {
  it('counts the view’s filters by the domain’s rule, and "Clear filters" brings it to zero', () => {
    patchView({
      sectors: ['cloud'],
      coalitions: ['alliance', 'forum'],
      match: 'none',
      countries: ['JP'],
      roles: [],
      q: ' meta ',
    })
    expect(selectActiveFilterCount(useAtlasStore.getState())).toBe(5)
    useAtlasStore.getState().clearFilters()
    expect(selectActiveFilterCount(useAtlasStore.getState())).toBe(0)
  })
})

describe('the dataset’s content hash', () => {
  it('joins its dataset after it is shown, goes with it, and never joins another dataset', () => {
    const first = buildDataset()
    const store = useAtlasStore.getState()
    store.acceptDataset(first, BUNDLED, [])
    expect(useAtlasStore.getState().datasetHash).toBeNull()
    store.noteDatasetHash(first, '3f9a0c1b2d4e')
    expect(useAtlasStore.getState().datasetHash).toBe('3f9a0c1b2d4e')
    const second = buildDataset()
    store.acceptDataset(second, BUNDLED, [])
    expect(useAtlasStore.getState().datasetHash).toBeNull()
    // A hash computed for the dataset no longer on screen is dropped.
    store.noteDatasetHash(first, '111111111111')
    expect(useAtlasStore.getState().datasetHash).toBeNull()
    store.noteDatasetHash(second, '222222222222')
    expect(useAtlasStore.getState().datasetHash).toBe('222222222222')
  })
})

describe('choosing coalitions for the charts and the overlap matrix', () => {
  // The fixture's coalitions with a third, in dataset order: alliance, forum, summit.
  const threeCoalitions = buildDataset((doc) => {
    doc.coalitions.push({ id: 'summit', name: 'Summit' })
  })
  it.each<[string, string[], string[]]>([
    ['keeps the dataset’s order whatever the order of the ticks', ['summit', 'alliance'], ['alliance', 'summit']],
    ['every coalition is the default, written as none', ['summit', 'forum', 'alliance'], []],
    ['none ticked means every one, never an empty chart', [], []],
    ['an id the dataset does not have is dropped', ['forum', 'gone'], ['forum']],
  ])('%s', (_case, ticked, expected) => {
    const store = useAtlasStore.getState()
    store.acceptDataset(threeCoalitions, BUNDLED, [])
    store.chooseChartCoalitions(ticked)
    store.chooseOverlapSets(ticked)
    expect(useAtlasStore.getState().view.chart).toEqual(expected)
    expect(useAtlasStore.getState().view.sets).toEqual(expected)
  })
})

describe('selectSettledSectors: the sector filter the sections below the table follow', () => {
  // Steps: chosen (filterMembers), shown (filtersShown). Each row is what the sections see after its steps.
  it.each<[string, Array<['choose' | 'shown', string[]]>, string[]]>([
    ['follows the filter while no table has shown one', [['choose', ['health']]], ['health']],
    [
      'keeps what the table shows while a newer filter is chosen',
      [
        ['choose', ['health']],
        ['shown', ['health']],
        ['choose', ['health', 'finance']],
      ],
      ['health'],
    ],
    [
      'moves once the table has shown the newer filter',
      [
        ['choose', ['health']],
        ['shown', ['health']],
        ['choose', []],
        ['shown', []],
      ],
      [],
    ],
  ])('%s', (_case, steps, expected) => {
    for (const [kind, sectors] of steps) {
      if (kind === 'choose') useAtlasStore.getState().filterMembers('sectors', sectors)
      else useAtlasStore.getState().filtersShown('', sectors)
    }
    expect(selectSettledSectors(useAtlasStore.getState())).toEqual(expected)
  })

  it('keeps the same object when the table shows the same filters again, so the sections do not render for nothing', () => {
    useAtlasStore.getState().filtersShown('meta', ['health'])
    const first = useAtlasStore.getState().shown
    useAtlasStore.getState().filtersShown('meta', ['health'])
    expect(useAtlasStore.getState().shown).toBe(first)
    useAtlasStore.getState().filtersShown('meta', ['finance'])
    expect(useAtlasStore.getState().shown).not.toBe(first)
  })
})
