// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import { currentAddress } from './address-write'
import { startUrlSync } from './url-sync'

let stop: () => void = () => {}
/** The address writes the sync has scheduled and not yet run: the page would run them once idle. */
let writes: (() => void)[] = []

/** Runs the scheduled writes, as the first idle period after the changes would. */
function idle(): void {
  const due = writes
  writes = []
  for (const write of due) write()
}

afterEach(() => {
  stop()
  writes = []
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
  window.history.replaceState(null, '', '/')
})

function start(search: string): void {
  window.history.replaceState(null, '', `/${search}`)
  stop = startUrlSync(window, (write) => writes.push(write))
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
    idle()
    expect(window.history.length).toBe(before + 1)
    expect(window.location.search).toBe('?q=meta&sort=-name')
  })

  it('only replaces the entry in an embedded view: its history is the host page’s', () => {
    start('?embed=members&q=meta')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    idle()
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?embed=members&q=meta&sort=-name')
  })

  it('replaces the entry while the search text is typed, so the history is not flooded', () => {
    start('')
    const before = window.history.length
    for (const q of ['m', 'me', 'met', 'meta']) {
      useAtlasStore.getState().searchMembers(q)
      idle()
    }
    expect(window.history.length).toBe(before)
    expect(window.location.search).toBe('?q=meta')
  })

  it('drops a cited link’s v without a history entry, so Back does not bring its notice back', () => {
    start('?asOf=2024-06-01&v=3f9a0c1b2d4e')
    const before = window.history.length
    useAtlasStore.getState().dismissCitedHash()
    idle()
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
    idle()
    expect(window.location.search).toBe(kept)
    // Dropping it replaces the entry: Back does not lead to the refused day.
    expect(window.history.length).toBe(before)
    const refusal = useAtlasStore.getState().addressRefusals.find((item) => item.param === 'asOf')
    expect(refusal?.reason ?? '').toMatch(reason)
    expect(useAtlasStore.getState().view.asOf).toBe(asOf)
  })

  it('writes the address once the page is idle, not in the change’s task', () => {
    start('?q=meta')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    expect(window.location.search).toBe('?q=meta')
    expect(window.history.length).toBe(before)
    idle()
    expect(window.location.search).toBe('?q=meta&sort=-name')
  })

  it('on the page, writes in the first idle period, not after the next frame', async () => {
    const idleCallbacks: (() => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback))
    try {
      window.history.replaceState(null, '', '/?q=meta')
      stop = startUrlSync(window)
      useAtlasStore.getState().sortMembers('-name')
      // A frame and the task after it: where the write was made before it waited for an idle period.
      await new Promise<void>((resolve) =>
        typeof requestAnimationFrame === 'function'
          ? requestAnimationFrame(() => setTimeout(resolve, 0))
          : setTimeout(resolve, 0),
      )
      expect(window.location.search).toBe('?q=meta')
      expect(idleCallbacks).toHaveLength(1)
      idleCallbacks[0]?.()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(window.location.search).toBe('?q=meta&sort=-name')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it.each<[string, (state: ReturnType<typeof useAtlasStore.getState>) => void, number, string]>([
    [
      'two deliberate changes: one entry',
      (state) => {
        state.sortMembers('-name')
        state.sortMembers('name')
      },
      1,
      '?sort=name',
    ],
    [
      'typing, then a sort: one entry, as the sort alone makes',
      (state) => {
        state.searchMembers('me')
        state.sortMembers('-name')
      },
      1,
      '?q=me&sort=-name',
    ],
    [
      'typing only: no entry',
      (state) => {
        state.searchMembers('m')
        state.searchMembers('me')
      },
      0,
      '?q=me',
    ],
    [
      'a change and its undoing: nothing to write',
      (state) => {
        state.toggleSector('healthcare')
        state.toggleSector('healthcare')
      },
      0,
      '',
    ],
  ])('makes the changes of one frame one write: %s', (_, act, entries, search) => {
    start('')
    const before = window.history.length
    act(useAtlasStore.getState())
    expect(writes).toHaveLength(1)
    idle()
    expect(window.history.length).toBe(before + entries)
    expect(window.location.search).toBe(search)
  })

  it('writes nothing once stopped, and Back wins over a write still to come', () => {
    start('?q=meta')
    useAtlasStore.getState().sortMembers('-name')
    stop()
    idle()
    expect(window.location.search).toBe('?q=meta')

    start('?sort=-name')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('name')
    // Back, as the browser does it: the address is the earlier entry's, then popstate.
    window.history.replaceState(null, '', '/?q=ibm&sort=-name')
    window.dispatchEvent(new PopStateEvent('popstate'))
    // Typed before the frame: it replaces the entry Back led to; the sort from before Back is no step.
    useAtlasStore.getState().searchMembers('ibm research')
    idle()
    expect(window.location.search).toBe('?q=ibm+research&sort=-name')
    expect(window.history.length).toBe(before)
    expect(useAtlasStore.getState().view.sort).toBe('-name')
  })

  it('names the view on screen when the address is asked for, its write made first', () => {
    start('?q=meta')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    useAtlasStore.getState().searchMembers('ibm')
    expect(currentAddress()).toBe(`${window.location.origin}/?q=ibm&sort=-name`)
    expect(window.history.length).toBe(before + 1)
    // The write is made once: the scheduled one finds nothing left to write.
    idle()
    expect(window.history.length).toBe(before + 1)
  })

  it('makes the scheduled write at once when asked, before a section’s hash is written', () => {
    start('')
    const before = window.history.length
    useAtlasStore.getState().sortMembers('-name')
    currentAddress()
    expect(window.location.search).toBe('?sort=-name')
    expect(window.history.length).toBe(before + 1)
    // Then the hash, as go-to-section writes it: on the change's entry.
    window.history.replaceState(null, '', '/?sort=-name#members')
    idle()
    expect(window.history.length).toBe(before + 1)
    expect(window.location.hash).toBe('#members')
    currentAddress()
    expect(window.history.length).toBe(before + 1)
  })
})
