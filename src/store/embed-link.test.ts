import { describe, expect, it } from 'vitest'
import type { EmbedTarget } from '../domain/embed/embed'
import { buildDataset } from '../test/fixtures'
import type { DatasetOrigin } from './atlas-store'
import { embedRequest, embedUrl, fullViewUrl } from './embed-link'
import { DEFAULT_VIEW, readViewParams, type ViewState } from './view-state'

const PAGE = 'https://atlas.example/tools/atlas/?asOf=2024-06-30&q=meta#charts'

/** A view with every parameter set, so each case shows which ones its view keeps. */
const BUSY: ViewState = {
  ...DEFAULT_VIEW,
  a: 'forum',
  b: 'alliance',
  asOf: '2024-06-30',
  sectors: ['model-developer'],
  q: 'meta',
  coalitions: ['alliance'],
  match: 'all',
  countries: ['US'],
  roles: ['founder'],
  sort: '-joined',
  chart: ['alliance', 'forum'],
  measure: 'share',
  family: true,
  sets: ['alliance', 'forum'],
  org: 'meta',
  from: '2024-01-01',
  to: '2024-06-01',
  interlocks: 'forum',
}

describe('embedUrl: the view alone, with only the parameters it reads', () => {
  it.each<[EmbedTarget, string]>([
    [
      { view: 'sectors' },
      '?embed=sectors&asOf=2024-06-30&q=meta&sector=model-developer&chart=alliance,forum&measure=share',
    ],
    [
      { view: 'countries' },
      '?embed=countries&asOf=2024-06-30&q=meta&sector=model-developer&chart=alliance,forum&measure=share',
    ],
    [{ view: 'timeline' }, '?embed=timeline&asOf=2024-06-30&q=meta&sector=model-developer&chart=alliance,forum'],
    [{ view: 'compare' }, '?embed=compare&a=forum&b=alliance&asOf=2024-06-30&family=on'],
    [{ view: 'overlap' }, '?embed=overlap&asOf=2024-06-30&family=on&sets=alliance,forum'],
    [
      { view: 'members' },
      '?embed=members&asOf=2024-06-30&q=meta&sector=model-developer&coalition=alliance&match=all&country=US&role=founder&sort=-joined',
    ],
    [{ view: 'card', id: 'forum' }, '?embed=card&id=forum&asOf=2024-06-30'],
  ])('%j', (target, search) => {
    expect(embedUrl(PAGE, BUSY, target)).toBe(`https://atlas.example/tools/atlas/${search}`)
  })

  it('writes nothing but the view for the defaults', () => {
    expect(embedUrl('http://127.0.0.1:4173/', DEFAULT_VIEW, { view: 'sectors' })).toBe(
      'http://127.0.0.1:4173/?embed=sectors',
    )
  })

  it.each<[string | null, string]>([
    [
      'https://example.org/my data.json?v=2',
      '?embed=card&id=alliance&data=https:%2F%2Fexample.org%2Fmy+data.json%3Fv%3D2',
    ],
    [null, '?embed=card&id=alliance'],
  ])('keeps the dataset’s link %j', (data, search) => {
    expect(embedUrl(PAGE, { ...DEFAULT_VIEW, data }, { view: 'card', id: 'alliance' })).toBe(
      `https://atlas.example/tools/atlas/${search}`,
    )
  })

  it.each<EmbedTarget>([{ view: 'sectors' }, { view: 'members' }, { view: 'card', id: 'forum' }, { view: 'compare' }])(
    'reads back as the same view, refusing nothing: %j',
    (target) => {
      const url = new URL(embedUrl(PAGE, { ...BUSY, data: 'https://example.org/d.json' }, target))
      const { view, refused } = readViewParams(url.search)
      expect(refused).toEqual([])
      expect(view.embed).toBe(target.view)
      expect(view.id).toBe(target.view === 'card' ? target.id : null)
      expect(view.data).toBe('https://example.org/d.json')
      expect(view.asOf).toBe('2024-06-30')
    },
  )
})

describe('fullViewUrl: the whole page, same parameters without embed and id, at the view’s section', () => {
  it.each<[string, string]>([
    ['?embed=sectors&asOf=2024-06-30&measure=share', '?asOf=2024-06-30&measure=share#charts'],
    ['?embed=timeline', '#charts'],
    ['?embed=compare&a=forum&b=alliance', '?a=forum&b=alliance#compare'],
    ['?embed=overlap&sets=alliance,forum', '?sets=alliance,forum#compare'],
    ['?embed=members&q=meta&sort=-joined', '?q=meta&sort=-joined#members'],
    [
      '?embed=card&id=forum&asOf=2024-06-30&data=https://example.org/d.json',
      '?asOf=2024-06-30&data=https:%2F%2Fexample.org%2Fd.json#coalitions',
    ],
    ['?asOf=2024-06-30', '?asOf=2024-06-30'],
  ])('%s → %s', (search, expected) => {
    const { view } = readViewParams(search)
    expect(fullViewUrl(`https://atlas.example/atlas/index.html${search}#x`, view)).toBe(
      `https://atlas.example/atlas/index.html${expected}`,
    )
  })
})

describe('embedRequest: what the Embed dialog shows', () => {
  const dataset = buildDataset()
  const bundled: DatasetOrigin = { kind: 'bundled', label: 'bundled dataset' }

  it.each<[EmbedTarget, Partial<ViewState>, string, string]>([
    [
      { view: 'sectors' },
      { asOf: '2024-06-30' },
      'sector chart',
      'Members by sector, as of 30 June 2024 (Coalition Atlas)',
    ],
    [{ view: 'timeline' }, {}, 'timeline', 'Membership over time (Coalition Atlas)'],
    [
      { view: 'card', id: 'forum' },
      { asOf: '2024-06-30' },
      'Forum card',
      'Forum, as of 30 June 2024 (Coalition Atlas)',
    ],
    [{ view: 'compare' }, { a: 'forum' }, 'comparison', 'Forum and Alliance compared (Coalition Atlas)'],
    [{ view: 'members' }, {}, 'members table', 'Member organizations (Coalition Atlas)'],
  ])('%j: names the view and titles the frame', (target, patch, name, title) => {
    const request = embedRequest(PAGE, { view: { ...DEFAULT_VIEW, ...patch }, dataset, origin: bundled }, target)
    expect([request.name, request.title]).toEqual([name, title])
    expect(request.origin).toBe('https://atlas.example')
    expect(request.note).toBeNull()
  })

  it('names the compared pair outright when the view leaves it to the defaults', () => {
    // The fixture has neither preferred coalition, so its first two are compared.
    const request = embedRequest(PAGE, { view: DEFAULT_VIEW, dataset, origin: bundled }, { view: 'compare' })
    expect(new URL(request.src).search).toBe('?embed=compare&a=alliance&b=forum')
  })

  it('keeps the link of a dataset shown from this browser’s storage, which has no data parameter', () => {
    const origin: DatasetOrigin = {
      kind: 'url',
      label: 'https://example.org/d.json',
      kept: { savedOn: '2024-06-30', restored: true },
    }
    const request = embedRequest(PAGE, { view: DEFAULT_VIEW, dataset, origin }, { view: 'sectors' })
    expect(new URL(request.src).searchParams.get('data')).toBe('https://example.org/d.json')
    expect(request.note).toBeNull()
  })

  it.each<[DatasetOrigin['kind'], RegExp]>([
    [
      'file',
      /^The dataset on screen was loaded from a file, which another site cannot load: the embedded view will show the bundled dataset\./,
    ],
    ['import', /^The dataset on screen was imported from a spreadsheet, which another site cannot load/],
  ])('says that a dataset from a %s cannot be embedded', (kind, note) => {
    const request = embedRequest(
      PAGE,
      { view: DEFAULT_VIEW, dataset, origin: { kind, label: 'mine.json' } },
      { view: 'sectors' },
    )
    expect(request.note).toMatch(note)
    expect(new URL(request.src).searchParams.has('data')).toBe(false)
  })
})
