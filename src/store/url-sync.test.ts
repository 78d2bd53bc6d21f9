// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import { startUrlSync } from './url-sync'

let stop: () => void = () => {}

afterEach(() => {
  stop()
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
})

function start(search: string): void {
  window.history.replaceState(null, '', `/${search}`)
  stop = startUrlSync(window)
}

describe('startUrlSync', () => {
  it('drops what it cannot use from the address and says why', () => {
    start('?data=javascript:alert(1)&asOf=2024-02-30&q=meta')
    expect(window.location.search).toBe('?q=meta')
    expect(useAtlasStore.getState().addressRefusals.map((refusal) => refusal.param)).toEqual(['asOf', 'data'])
  })

  it('makes a deliberate change one history entry, so Back undoes it', () => {
    start('?q=meta')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    expect(window.history.length).toBe(before + 1)
    expect(window.location.search).toBe('?q=meta&sort=-name')
  })

  it('only replaces the entry in an embedded view: its history is the host page’s', () => {
    start('?embed=members&q=meta')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?embed=members&q=meta&sort=-name')
  })

  it('replaces the entry while the search text is typed, so the history is not flooded', () => {
    start('')
    const before = window.history.length
    for (const q of ['m', 'me', 'met', 'meta']) useAtlasStore.getState().searchMembers(q)
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?q=meta')
  })

  it('drops a cited link’s v without a history entry, so Back does not bring its notice back', () => {
    start('?asOf=2024-06-01&v=3f9a0c1b2d4e')
    const before = window.history.length
    useAtlasStore.getState().dismissCitedHash()
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?asOf=2024-06-01')
  })

  // The fixture's dates run from 26 July 2023 (the Forum's founding) to 1 September 2024.
  it.each<[string, string, RegExp, string | null]>([
    ['?asOf=1990-01-01&q=meta', '?q=meta', /^is before the dataset’s earliest date, 26 July 2023$/, null],
    ['?asOf=2999-01-01', '', /^is after today, \d+ \w+ \d{4}$/, null],
    ['?asOf=2024-06-01', '?asOf=2024-06-01', /^$/, '2024-06-01'],
  ])('once the dataset is known, refuses an asOf it cannot show: %s', (search, kept, reason, asOf) => {
    start(search)
    const before = window.history.length
    expect(window.location.search).toBe(search)
    useAtlasStore.getState().acceptDataset(buildDataset(), { kind: 'bundled', label: 'bundled dataset' }, [])
    expect(window.location.search).toBe(kept)
    // Dropping it replaces the entry: Back does not lead to the refused day.
    expect(window.history.length).toBe(before)
    const refusal = useAtlasStore.getState().addressRefusals.find((item) => item.param === 'asOf')
    expect(refusal?.reason ?? '').toMatch(reason)
    expect(useAtlasStore.getState().view.asOf).toBe(asOf)
  })
})
