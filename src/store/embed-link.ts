/**
 * The addresses around an embedded view: the one a host frames (the view alone, with only the
 * parameters that view reads) and the one its credit line opens (the whole page, same view).
 */
import { EMBED_HEIGHTS, EMBED_SECTIONS, type EmbedTarget, type EmbedView } from '../domain/embed/embed'
import { embedDatasetNote, embedDayNote, embedFrameTitle, embedViewName } from '../domain/format/embed'
import { comparedPair } from '../domain/compare/pair'
import type { AtlasState } from './atlas-store'
import { DEFAULT_VIEW, serializeViewParams, type ViewState } from './view-state'

/** The parts of the view state each embedded view reads; the rest would only lengthen its address. */
export const EMBED_VIEW_KEYS: Readonly<Record<EmbedView, readonly (keyof ViewState)[]>> = {
  sectors: ['asOf', 'sectors', 'q', 'chart', 'measure'],
  countries: ['asOf', 'sectors', 'q', 'chart', 'measure'],
  // The timeline always counts; its day is the line drawn across it.
  timeline: ['asOf', 'sectors', 'q', 'chart'],
  compare: ['asOf', 'a', 'b', 'family'],
  overlap: ['asOf', 'sets', 'family'],
  members: ['asOf', 'q', 'sectors', 'coalitions', 'match', 'countries', 'roles', 'sort'],
  card: ['asOf'],
}

/** The view state an embedded view is opened with: its own parameters, the dataset's link, and which view. */
export function embedViewState(view: ViewState, target: EmbedTarget, data: string | null): ViewState {
  const kept: Partial<Record<keyof ViewState, unknown>> = {}
  for (const key of EMBED_VIEW_KEYS[target.view]) kept[key] = view[key]
  return {
    ...DEFAULT_VIEW,
    ...(kept as Partial<ViewState>),
    data,
    embed: target.view,
    id: target.view === 'card' ? target.id : null,
  }
}

/** The page's address without its query and anchor: where the atlas is served. */
function pageBase(href: string): URL {
  const url = new URL(href)
  url.search = ''
  url.hash = ''
  return url
}

/** The address of one view alone, for a host to frame. */
export function embedUrl(href: string, view: ViewState, target: EmbedTarget, data: string | null = view.data): string {
  const url = pageBase(href)
  return `${url.href}${serializeViewParams(embedViewState(view, target, data))}`
}

/** The whole page showing what an embedded view shows: the same parameters without `embed` and `id`, opened at the view's section. */
export function fullViewUrl(href: string, view: ViewState): string {
  const url = pageBase(href)
  const search = serializeViewParams({ ...view, embed: null, id: null })
  return `${url.href}${search}${view.embed ? `#${EMBED_SECTIONS[view.embed]}` : ''}`
}

/** Everything the "Embed" dialog needs for one view. */
export interface EmbedRequest {
  /** "sector chart", "AI Alliance card". */
  readonly name: string
  readonly src: string
  /** The frame's `title`, said by screen readers. */
  readonly title: string
  readonly height: number
  /** The atlas's origin: the only one the resize script listens to. */
  readonly origin: string
  /** Which day the view counts. */
  readonly day: string
  /** Why the embedded view will not show the dataset on screen, or null. */
  readonly note: string | null
}

/**
 * The embed of one view as the page shows it now. A dataset loaded from a link keeps its `data`
 * parameter (even when this browser showed it from storage, without one); a file or an import
 * cannot be framed elsewhere, and the request says so. A comparison names its pair outright, so a
 * later change of the default pair cannot change what a host shows.
 */
export function embedRequest(
  href: string,
  state: Pick<AtlasState, 'view' | 'dataset' | 'origin'>,
  target: EmbedTarget,
): EmbedRequest {
  const { dataset, origin } = state
  let view = state.view
  let pair: [string, string] | undefined
  if (target.view === 'compare' && dataset) {
    const [a, b] = comparedPair(dataset, view)
    view = { ...view, a, b }
    if (a && b) pair = [dataset.coalitionById.get(a)?.name ?? a, dataset.coalitionById.get(b)?.name ?? b]
  }
  const coalitionName = target.view === 'card' ? (dataset?.coalitionById.get(target.id)?.name ?? target.id) : undefined
  const data = origin?.kind === 'url' ? origin.label : view.data
  const src = embedUrl(href, view, target, data)
  return {
    name: embedViewName(target.view, coalitionName),
    src,
    title: embedFrameTitle(target.view, { asOf: view.asOf, coalitionName, pair }),
    height: EMBED_HEIGHTS[target.view],
    origin: new URL(src).origin,
    day: embedDayNote(view.asOf),
    note: embedDatasetNote(origin),
  }
}
