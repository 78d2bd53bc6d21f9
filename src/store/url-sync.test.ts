// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
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
    useAtlasStore.getState().setView({ sort: '-name' })
    expect(window.history.length).toBe(before + 1)
    expect(window.location.search).toBe('?q=meta&sort=-name')
  })

  it('replaces the entry while the search text is typed, so the history is not flooded', () => {
    start('')
    const before = window.history.length
    for (const q of ['m', 'me', 'met', 'meta']) useAtlasStore.getState().setView({ q })
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?q=meta')
  })
})
