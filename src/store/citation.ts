/**
 * "Cite this view": the citation of a view of the dataset on screen, from the store. It names the
 * dataset, its content hash (computed once by the loader), and a link that restores the view: the
 * address on screen with the day pinned (a view "as of today" would count another day tomorrow),
 * `v` set to the hash (so the link can say when the dataset has changed since) and the section's
 * anchor.
 */
import { citation, type Citation, type CitationFacts } from '../domain/cite/citation'
import { todayIso } from '../domain/dataset/dates'
import type { Dataset } from '../domain/dataset/types'
import { citedViewText, type CitedView } from '../domain/format/cite'
import { activeFiltersText, organizationFilterText } from '../domain/format/filters'
import { useAtlasStore, type AtlasState } from './atlas-store'
import { selectActiveFilterCount, selectAsOf } from './selectors'
import { serializeViewParams, type ViewState } from './view-state'
import { currentAddress } from './address-write'

/** Who publishes a citation: the dataset format has no publisher field, so the app's own name. */
export const CITATION_PUBLISHER = 'Coalition Atlas'

export interface CiteRequest {
  readonly view: CitedView
  /** The section's id (`charts`), for the link's anchor; null for the whole page. */
  readonly anchor: string | null
  /** View parameters the view depends on beyond the address's (days a default would move): written into the link. */
  readonly pins?: Partial<ViewState>
}

/** The address of `view` (every parameter it holds, then `pins` over them) opening at `anchor`, from the page at `href`. */
export function citedUrl(href: string, view: ViewState, pins: Partial<ViewState>, anchor: string | null): string {
  const url = new URL(href)
  url.search = serializeViewParams({ ...view, ...pins })
  url.hash = anchor ?? ''
  return url.href
}

/** The filters in force on the view, in words, or null when none narrows it. */
function filtersText(kind: CitedView['kind'], state: AtlasState, dataset: Dataset): string | null {
  const { view } = state
  switch (kind) {
    case 'page':
    case 'members':
      if (selectActiveFilterCount(state) === 0) return null
      return activeFiltersText(
        {
          sectors: view.sectors,
          coalitions: view.coalitions,
          match: view.match,
          countries: view.countries,
          roles: view.roles,
          query: view.q,
        },
        dataset,
      )
    case 'chart':
    case 'changes':
    case 'interlocks': {
      if (view.sectors.length === 0 && view.q.trim() === '') return null
      return organizationFilterText(
        view.sectors.map((id) => dataset.sectorById.get(id)?.label ?? id),
        view.q,
      )
    }
    case 'compare':
      return view.family ? 'Subsidiaries counted under their parent.' : null
  }
}

/** The citation of a view of the dataset on screen, or null while there is none (or it has no hash). */
export function citationFor(state: AtlasState, request: CiteRequest, href: string, today: string): Citation | null {
  const { dataset, datasetHash } = state
  if (dataset === null || datasetHash === null) return null
  const asOf = selectAsOf(state)
  const facts: CitationFacts = {
    title: dataset.title,
    publisher: CITATION_PUBLISHER,
    updated: dataset.updated,
    hash: datasetHash,
    url: citedUrl(href, state.view, { asOf, ...request.pins, v: datasetHash }, request.anchor),
    accessed: today,
    license: dataset.license,
    view: citedViewText(request.view, asOf, filtersText(request.view.kind, state, dataset)),
  }
  return citation(facts)
}

/** The citation of a view as the page stands now, read today: what a Cite button shows when pressed. */
export function currentCitation(request: CiteRequest): Citation | null {
  return citationFor(useAtlasStore.getState(), request, currentAddress(), todayIso())
}
