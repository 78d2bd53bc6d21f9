import { afterEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../test/fixtures'
import { useAtlasStore } from './atlas-store'
import { citationFor, citedUrl, type CiteRequest } from './citation'
import { parseViewParams, type ViewState } from './view-state'
import { patchView } from '../test/view'

const HASH = '3f9a0c1b2d4e'
const PAGE = 'https://atlas.example/tools/atlas/?sector=model-developer#members'

afterEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true)
})

describe('citedUrl', () => {
  it.each<[string, string, Parameters<typeof citedUrl>[2], string | null, string]>([
    [
      'pins the day and the hash, and opens at the section',
      'https://atlas.example/',
      { asOf: '2024-05-01', v: HASH },
      'charts',
      'https://atlas.example/?asOf=2024-05-01&v=3f9a0c1b2d4e#charts',
    ],
    [
      'keeps the view’s parameters, under a path',
      PAGE,
      { asOf: '2024-05-01', v: HASH },
      'compare',
      'https://atlas.example/tools/atlas/?asOf=2024-05-01&sector=model-developer&v=3f9a0c1b2d4e#compare',
    ],
    [
      'drops the anchor for the whole page',
      PAGE,
      { v: HASH },
      null,
      'https://atlas.example/tools/atlas/?sector=model-developer&v=3f9a0c1b2d4e',
    ],
    [
      'replaces a v the address already had',
      'https://atlas.example/?v=000000000000',
      { v: HASH },
      null,
      'https://atlas.example/?v=3f9a0c1b2d4e',
    ],
  ])('%s', (_case, href, pins, anchor, expected) => {
    const view = parseViewParams(new URL(href).search)
    expect(citedUrl(href, view, pins, anchor)).toBe(expected)
    // The link reads back as the view it cites.
    expect(parseViewParams(new URL(expected).search)).toEqual({ ...view, ...pins })
  })
})

describe('citationFor', () => {
  const accept = (hash: string | null = HASH) => {
    const dataset = buildDataset()
    useAtlasStore.getState().acceptDataset(dataset, { kind: 'file', label: 'mine.json' }, [])
    if (hash !== null) useAtlasStore.getState().noteDatasetHash(dataset, hash)
  }
  const cite = (request: CiteRequest) =>
    citationFor(useAtlasStore.getState(), request, 'https://atlas.example/', '2026-12-01')

  it('is null while there is no dataset, or no hash for it', () => {
    expect(cite({ view: { kind: 'page' }, anchor: null })).toBeNull()
    accept(null)
    expect(cite({ view: { kind: 'page' }, anchor: null })).toBeNull()
  })

  it.each<[string, Partial<ViewState>, CiteRequest, string]>([
    [
      'the whole page, as of a chosen day',
      { asOf: '2024-06-01' },
      { view: { kind: 'page' }, anchor: null },
      'Coalition Atlas. “Test coalitions” (updated 1 June 2024; content hash 3f9a0c1b2d4e). All views as of 1 June 2024. https://atlas.example/?asOf=2024-06-01&v=3f9a0c1b2d4e (accessed 1 December 2026). Licence: not stated in the dataset.',
    ],
    [
      'the members table with every filter in words',
      { asOf: '2024-06-01', sectors: ['research-academia'], coalitions: ['alliance'], q: 'cern' },
      { view: { kind: 'members' }, anchor: 'members' },
      'Coalition Atlas. “Test coalitions” (updated 1 June 2024; content hash 3f9a0c1b2d4e). Member organizations, as of 1 June 2024. Sector: Research & academia. A member of Alliance. Search: “cern”. https://atlas.example/?asOf=2024-06-01&q=cern&sector=research-academia&coalition=alliance&v=3f9a0c1b2d4e#members (accessed 1 December 2026). Licence: not stated in the dataset.',
    ],
    [
      'a chart, with the filters it follows (not the coalition filter)',
      { asOf: '2024-06-01', sectors: ['model-developer'], coalitions: ['alliance'] },
      { view: { kind: 'chart', title: 'Members by sector' }, anchor: 'charts' },
      'Coalition Atlas. “Test coalitions” (updated 1 June 2024; content hash 3f9a0c1b2d4e). Members by sector, as of 1 June 2024. Sector: Model developer. https://atlas.example/?asOf=2024-06-01&sector=model-developer&coalition=alliance&v=3f9a0c1b2d4e#charts (accessed 1 December 2026). Licence: not stated in the dataset.',
    ],
    [
      'the changes, their two days pinned',
      { asOf: '2024-06-01' },
      {
        view: { kind: 'changes', from: '2023-06-01', to: '2024-06-01' },
        anchor: 'changes',
        pins: { from: '2023-06-01', to: '2024-06-01' },
      },
      'Coalition Atlas. “Test coalitions” (updated 1 June 2024; content hash 3f9a0c1b2d4e). Changes between 1 June 2023 and 1 June 2024. https://atlas.example/?asOf=2024-06-01&from=2023-06-01&to=2024-06-01&v=3f9a0c1b2d4e#changes (accessed 1 December 2026). Licence: not stated in the dataset.',
    ],
  ])('%s', (_case, view, request, expected) => {
    accept()
    patchView(view)
    const citation = cite(request)
    expect(citation?.text).toBe(expected)
    expect(citation?.bibtex).toContain(`  url = {${citation?.facts.url ?? ''}},`)
    expect(citation?.bibtex).toContain('  urldate = {2026-12-01}')
  })

  it('pins today when the view has no day: a link to “today” would count another day tomorrow', () => {
    accept()
    const url = new URL(cite({ view: { kind: 'members' }, anchor: 'members' })?.facts.url ?? '')
    expect(url.searchParams.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(useAtlasStore.getState().view.asOf).toBeNull()
  })

  it('states the licence the dataset gives', () => {
    const dataset = buildDataset((doc) => {
      doc.license = 'CC-BY-4.0'
    })
    useAtlasStore.getState().acceptDataset(dataset, { kind: 'file', label: 'mine.json' }, [])
    useAtlasStore.getState().noteDatasetHash(dataset, HASH)
    expect(cite({ view: { kind: 'page' }, anchor: null })?.text).toMatch(/ Licence: CC-BY-4\.0\.$/)
  })
})
