/**
 * The one store: the dataset's load state and the shared view state. Components read it through the
 * named selectors in selectors.ts; actions live here beside the state they change.
 */
import { create } from 'zustand'
import type { Dataset, Problem } from '../domain/dataset/types'
import { comparedPair } from '../domain/compare/pair'
import { interlocksCoalitionId } from '../domain/interlocks/default-coalition'
import { DEFAULT_VIEW, type ParamRefusal, type ViewState } from './view-state'

export type LoadStatus = 'loading' | 'ready' | 'error'

export interface DatasetOrigin {
  /** `import`: a document the spreadsheet importer made from a sheet or pasted rows. */
  readonly kind: 'bundled' | 'file' | 'url' | 'import'
  /** What the header says: a file name, a URL, or "bundled dataset". */
  readonly label: string
  /** Set when the document is kept in this browser (dataset-storage.ts): the day it was loaded,
   *  and whether this page showed it from there at start rather than loading it itself. */
  readonly kept?: { readonly savedOn: string; readonly restored: boolean }
}

/** How far a load has got: reading bytes, checking them, or building the dataset from them. */
export interface LoadProgress {
  readonly phase: 'reading' | 'checking' | 'building'
  /** Bytes received so far, and expected (0 when unknown). */
  readonly loaded: number
  readonly total: number
  /** Share of the checks done (0–1) while checking; null otherwise. */
  readonly checked: number | null
}

export interface LoadState {
  readonly status: LoadStatus
  /** The origin of the document being loaded or last refused. */
  readonly origin: DatasetOrigin | null
  /** One sentence when the last document was refused. */
  readonly reason: string | null
  /** The first problems found; `problemCount` says how many there are in all. */
  readonly problems: readonly Problem[]
  readonly problemCount: number
  /** Fields the format does not name, in the dataset on screen or the one refused. */
  readonly warnings: readonly Problem[]
  readonly progress: LoadProgress | null
  /** A sentence about the last load that is not an error, e.g. that it was cancelled. */
  readonly notice: string | null
}

/** The filters of the members table the sections below follow (see AtlasState.shown). */
export interface ShownFilters {
  readonly query: string
  readonly sectors: readonly string[]
}

export interface AtlasState {
  /** The dataset on screen. A refused document never replaces it. */
  readonly dataset: Dataset | null
  /**
   * The content hash of the document the dataset on screen was read from (domain/cite/content-hash.ts),
   * computed once by the loader, for citations; null while a large document's is still being computed
   * in the worker (a moment after its dataset is shown), or for a dataset put in the store without one.
   */
  readonly datasetHash: string | null
  readonly origin: DatasetOrigin | null
  readonly load: LoadState
  readonly view: ViewState
  /** Parameters of the address that were not used, and why (shown until dismissed). */
  readonly addressRefusals: readonly ParamRefusal[]
  /**
   * The search and sector filter the members table has last put on screen; null while no table has
   * shown any. The sections below follow these rather than the controls, so their heavier updates
   * start only once the table has answered, and never share a render with it.
   */
  readonly shown: ShownFilters | null

  startLoading(origin: DatasetOrigin): void
  reportProgress(progress: LoadProgress): void
  /** `keepLoadState`: show the dataset but leave the load state (a newer load's progress or refusal) as it is. Its content hash comes later (noteDatasetHash). */
  acceptDataset(dataset: Dataset, origin: DatasetOrigin, warnings: readonly Problem[], keepLoadState?: boolean): void
  /** The content hash of `dataset`, computed after it was shown (in the worker, or after the next frame); ignored once another dataset is on screen. */
  noteDatasetHash(dataset: Dataset, hash: string): void
  refuseDataset(
    origin: DatasetOrigin,
    reason: string,
    problems: readonly Problem[],
    warnings?: readonly Problem[],
    problemCount?: number,
  ): void
  /** A load that stopped without a verdict (cancelled): the dataset on screen stays, with a sentence. */
  endLoading(notice: string): void
  /** Says whether the dataset on screen (shown from `origin`) is kept in this browser; null: no longer kept. */
  markKept(origin: DatasetOrigin, kept: DatasetOrigin['kept'] | null): void
  dismissLoadError(): void
  /** The members table has put the results of this search and sector filter on screen. */
  filtersShown(query: string, sectors: readonly string[]): void
  /** The shared "as of" day (`YYYY-MM-DD`); null for today. */
  setAsOf(iso: string | null): void
  /** The members table's search text, as typed. */
  searchMembers(query: string): void
  /** One of the members table's list filters: the values kept. */
  filterMembers(field: MemberListFilter, values: readonly string[]): void
  /** How the coalition filter combines its coalitions. */
  matchCoalitions(match: ViewState['match']): void
  /** The members table's order, as the URL writes it ("name", "-c:ai-alliance,name"). */
  sortMembers(sort: string): void
  /** The two coalitions compared. */
  chooseComparison(a: string, b: string): void
  /** Counts corporate families (subsidiaries under their parent) once in the comparison. */
  countFamilies(on: boolean): void
  /** The coalitions the overlap matrix crosses, in any order; every one, or none, is the default (all). */
  chooseOverlapSets(ids: readonly string[]): void
  /** The coalitions the charts draw, in any order; every one, or none, is the default (all). */
  chooseChartCoalitions(ids: readonly string[]): void
  /** Counts or shares in the breakdown charts. */
  setChartMeasure(measure: ViewState['measure']): void
  /** The link of the dataset on screen, kept in the address (null: not from a link). */
  setDataLink(url: string | null): void
  /** Forgets the content hash a cited link carried. */
  dismissCitedHash(): void
  /** Replaces the whole view state, e.g. from the URL on back/forward. */
  replaceView(view: ViewState): void
  /** Says which parameters of the address were not used; an empty list clears the note. */
  noteAddressRefusals(refusals: readonly ParamRefusal[]): void
  swapComparison(): void
  /** The members table shows exactly the members of one coalition: that coalition, "member of any", every other filter cleared. */
  showCoalitionMembers(coalitionId: string): void
  /** Puts a coalition on side A of the comparison, keeping B; when it was B, the two sides swap. */
  compareCoalition(coalitionId: string): void
  toggleSector(sectorId: string): void
  openOrganization(organizationId: string): void
  closeOrganization(): void
  clearFilters(): void
  /** The Changes section's two days (`YYYY-MM-DD`), null for a default (span.ts: spanParams). */
  setChangeSpan(from: string | null, to: string | null): void
  /** The coalition "Who else members belong to" is about; its default is left out of the view. */
  chooseInterlocksCoalition(coalitionId: string): void
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([])
const NO_REFUSALS: readonly ParamRefusal[] = Object.freeze([])

const INITIAL_LOAD: LoadState = {
  status: 'loading',
  origin: null,
  reason: null,
  problems: NO_PROBLEMS,
  problemCount: 0,
  warnings: NO_PROBLEMS,
  progress: null,
  notice: null,
}

export const useAtlasStore = create<AtlasState>()((set, get) => ({
  dataset: null,
  datasetHash: null,
  origin: null,
  load: INITIAL_LOAD,
  view: DEFAULT_VIEW,
  addressRefusals: NO_REFUSALS,
  shown: null,

  startLoading: (origin) =>
    set({ load: { ...INITIAL_LOAD, origin, progress: { phase: 'reading', loaded: 0, total: 0, checked: null } } }),

  reportProgress: (progress) => {
    if (get().load.status === 'loading') set((state) => ({ load: { ...state.load, progress } }))
  },

  acceptDataset: (dataset, origin, warnings, keepLoadState = false) =>
    set((state) => ({
      dataset,
      datasetHash: null,
      origin,
      load: keepLoadState
        ? state.load
        : { ...INITIAL_LOAD, status: 'ready', origin, warnings: warnings.length ? warnings : NO_PROBLEMS },
      // A new dataset has other ids: a selection that pointed into the old one would show nothing.
      view: state.dataset === null || state.dataset === dataset ? state.view : { ...state.view, org: null },
    })),

  noteDatasetHash: (dataset, hash) => set((state) => (state.dataset === dataset ? { datasetHash: hash } : state)),

  refuseDataset: (origin, reason, problems, warnings = NO_PROBLEMS, problemCount = problems.length) =>
    set({ load: { status: 'error', origin, reason, problems, problemCount, warnings, progress: null, notice: null } }),

  endLoading: (notice) =>
    set((state) => ({
      load: state.dataset
        ? { ...INITIAL_LOAD, status: 'ready', origin: state.origin, notice }
        : { ...INITIAL_LOAD, status: 'error', origin: state.load.origin, reason: notice },
    })),

  markKept: (origin, kept) =>
    set((state) => {
      if (state.origin !== origin && !(state.origin?.kind === origin.kind && state.origin.label === origin.label))
        return state
      const { kept: _previous, ...rest } = state.origin
      return { origin: kept ? { ...rest, kept } : rest }
    }),

  dismissLoadError: () =>
    set((state) =>
      state.load.status === 'error' && state.dataset
        ? { load: { ...INITIAL_LOAD, status: 'ready', origin: state.origin } }
        : state,
    ),

  filtersShown: (query, sectors) => {
    const shown = get().shown
    // Unchanged, the sections must see the same object, or they would all render again for nothing.
    if (
      shown &&
      shown.query === query &&
      (shown.sectors === sectors || shown.sectors.join('\u0000') === sectors.join('\u0000'))
    )
      return
    set({ shown: { query, sectors } })
  },

  setAsOf: (iso) => patchView(set, { asOf: iso }),
  searchMembers: (query) => patchView(set, { q: query }),
  filterMembers: (field, values) => patchView(set, { [field]: [...values] }),
  matchCoalitions: (match) => patchView(set, { match }),
  sortMembers: (sort) => patchView(set, { sort }),
  chooseComparison: (a, b) => patchView(set, { a, b }),
  countFamilies: (on) => patchView(set, { family: on }),
  chooseOverlapSets: (ids) => set((state) => ({ view: { ...state.view, sets: inDatasetOrder(state.dataset, ids) } })),
  chooseChartCoalitions: (ids) =>
    set((state) => ({ view: { ...state.view, chart: inDatasetOrder(state.dataset, ids) } })),
  setChartMeasure: (measure) => patchView(set, { measure }),
  setDataLink: (url) => patchView(set, { data: url }),
  dismissCitedHash: () => patchView(set, { v: null }),

  replaceView: (view) => set({ view }),

  noteAddressRefusals: (refusals) => set({ addressRefusals: refusals.length ? refusals : NO_REFUSALS }),

  swapComparison: () =>
    set((state) => {
      const dataset = state.dataset
      const [a, b] = dataset ? comparedPair(dataset, state.view) : [state.view.a, state.view.b]
      return { view: { ...state.view, a: b, b: a } }
    }),

  showCoalitionMembers: (coalitionId) =>
    set((state) => ({
      view: {
        ...state.view,
        sectors: DEFAULT_VIEW.sectors,
        q: '',
        coalitions: [coalitionId],
        match: 'any',
        countries: DEFAULT_VIEW.countries,
        roles: DEFAULT_VIEW.roles,
      },
    })),

  compareCoalition: (coalitionId) =>
    set((state) => {
      const dataset = state.dataset
      if (!dataset?.coalitionById.has(coalitionId)) return state
      const [a, b] = comparedPair(dataset, state.view)
      if (a === coalitionId) return state
      // Both sides are written: a default B left unset would otherwise be chosen again around the new A.
      return { view: { ...state.view, a: coalitionId, b: b === coalitionId ? a : b } }
    }),

  toggleSector: (sectorId) =>
    set((state) => {
      const sectors = state.view.sectors.includes(sectorId)
        ? state.view.sectors.filter((id) => id !== sectorId)
        : [...state.view.sectors, sectorId]
      return { view: { ...state.view, sectors } }
    }),

  openOrganization: (organizationId) => set((state) => ({ view: { ...state.view, org: organizationId } })),

  closeOrganization: () => set((state) => ({ view: { ...state.view, org: null } })),

  clearFilters: () =>
    set((state) => ({
      view: {
        ...state.view,
        sectors: DEFAULT_VIEW.sectors,
        q: '',
        coalitions: DEFAULT_VIEW.coalitions,
        match: 'any',
        countries: DEFAULT_VIEW.countries,
        roles: DEFAULT_VIEW.roles,
      },
    })),

  setChangeSpan: (from, to) => set((state) => ({ view: { ...state.view, from, to } })),

  chooseInterlocksCoalition: (coalitionId) =>
    set((state) => {
      const fallback = state.dataset ? interlocksCoalitionId(state.dataset, null) : null
      return { view: { ...state.view, interlocks: coalitionId === fallback ? null : coalitionId } }
    }),
}))

/** The list filters of the members table that hold several values. */
export type MemberListFilter = 'sectors' | 'coalitions' | 'countries' | 'roles'

type SetState = (partial: (state: AtlasState) => Partial<AtlasState>) => void

function patchView(set: SetState, patch: Partial<ViewState>): void {
  set((state) => ({ view: { ...state.view, ...patch } }))
}

/**
 * A choice of coalitions as the address writes it: in the dataset's order, and empty (the default,
 * every coalition) when it holds every one of them or none, as drawing nothing is never meant.
 */
function inDatasetOrder(dataset: Dataset | null, ids: readonly string[]): string[] {
  if (!dataset) return [...ids]
  const wanted = new Set(ids)
  const kept = dataset.coalitions.filter((coalition) => wanted.has(coalition.id)).map((coalition) => coalition.id)
  return kept.length === 0 || kept.length === dataset.coalitions.length ? [] : kept
}
