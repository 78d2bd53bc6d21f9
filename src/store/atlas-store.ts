/**
 * The one store: the dataset's load state and the shared view state. Components read it through the
 * named selectors in selectors.ts; actions live here beside the state they change.
 */
import { create } from 'zustand'
import type { Dataset, Problem } from '../domain/dataset/types'
import { DEFAULT_VIEW, type ParamRefusal, type ViewState } from './view-state'

export type LoadStatus = 'loading' | 'ready' | 'error'

export interface DatasetOrigin {
  readonly kind: 'bundled' | 'file' | 'url'
  /** What the header says: a file name, a URL, or "bundled dataset". */
  readonly label: string
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

export interface AtlasState {
  /** The dataset on screen. A refused document never replaces it. */
  readonly dataset: Dataset | null
  readonly origin: DatasetOrigin | null
  readonly load: LoadState
  readonly view: ViewState
  /** Parameters of the address that were not used, and why (shown until dismissed). */
  readonly addressRefusals: readonly ParamRefusal[]
  /**
   * The search the members table has last put on screen; null while no table has shown one. The
   * charts follow this rather than the search box, so their heavier update starts only once the
   * table has answered, and never shares a render with it.
   */
  readonly shownQuery: string | null

  startLoading(origin: DatasetOrigin): void
  reportProgress(progress: LoadProgress): void
  /** `keepLoadState`: show the dataset but leave the load state (a newer load's progress or refusal) as it is. */
  acceptDataset(dataset: Dataset, origin: DatasetOrigin, warnings: readonly Problem[], keepLoadState?: boolean): void
  refuseDataset(origin: DatasetOrigin, reason: string, problems: readonly Problem[], warnings?: readonly Problem[], problemCount?: number): void
  /** A load that stopped without a verdict (cancelled): the dataset on screen stays, with a sentence. */
  endLoading(notice: string): void
  dismissLoadError(): void
  /** The members table has put the results of this search on screen. */
  searchShown(query: string): void
  setView(patch: Partial<ViewState>): void
  /** Replaces the whole view state, e.g. from the URL on back/forward. */
  replaceView(view: ViewState): void
  /** Says which parameters of the address were not used; an empty list clears the note. */
  noteAddressRefusals(refusals: readonly ParamRefusal[]): void
  swapComparison(): void
  toggleSector(sectorId: string): void
  openOrganization(organizationId: string): void
  closeOrganization(): void
  clearFilters(): void
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
  origin: null,
  load: INITIAL_LOAD,
  view: DEFAULT_VIEW,
  addressRefusals: NO_REFUSALS,
  shownQuery: null,

  startLoading: (origin) =>
    set({ load: { ...INITIAL_LOAD, origin, progress: { phase: 'reading', loaded: 0, total: 0, checked: null } } }),

  reportProgress: (progress) => {
    if (get().load.status === 'loading') set((state) => ({ load: { ...state.load, progress } }))
  },

  acceptDataset: (dataset, origin, warnings, keepLoadState = false) =>
    set((state) => ({
      dataset,
      origin,
      load: keepLoadState ? state.load : { ...INITIAL_LOAD, status: 'ready', origin, warnings: warnings.length ? warnings : NO_PROBLEMS },
      // A new dataset has other ids: a selection that pointed into the old one would show nothing.
      view: state.dataset === null || state.dataset === dataset ? state.view : { ...state.view, org: null },
    })),

  refuseDataset: (origin, reason, problems, warnings = NO_PROBLEMS, problemCount = problems.length) =>
    set({ load: { status: 'error', origin, reason, problems, problemCount, warnings, progress: null, notice: null } }),

  endLoading: (notice) =>
    set((state) => ({
      load: state.dataset ? { ...INITIAL_LOAD, status: 'ready', origin: state.origin, notice } : { ...INITIAL_LOAD, status: 'error', origin: state.load.origin, reason: notice },
    })),

  dismissLoadError: () =>
    set((state) => (state.load.status === 'error' && state.dataset ? { load: { ...INITIAL_LOAD, status: 'ready', origin: state.origin } } : state)),

  searchShown: (query) => {
    if (get().shownQuery !== query) set({ shownQuery: query })
  },

  setView: (patch) => set((state) => ({ view: { ...state.view, ...patch } })),

  replaceView: (view) => set({ view }),

  noteAddressRefusals: (refusals) => set({ addressRefusals: refusals.length ? refusals : NO_REFUSALS }),

  swapComparison: () =>
    set((state) => {
      const dataset = state.dataset
      const [a, b] = dataset ? effectivePair(dataset, state.view) : [state.view.a, state.view.b]
      return { view: { ...state.view, a: b, b: a } }
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
}))

const PREFERRED_PAIR = ['ai-alliance', 'frontier-model-forum'] as const

/** The two coalitions compared: the chosen ones when they exist, else the AI Alliance and the
 *  Frontier Model Forum when the dataset has them, else its first two. */
export function effectivePair(dataset: Dataset, view: Pick<ViewState, 'a' | 'b'>): [string | null, string | null] {
  const ids = dataset.coalitions.map((coalition) => coalition.id)
  const has = (id: string | null): id is string => id !== null && dataset.coalitionById.has(id)
  const defaults = PREFERRED_PAIR.every((id) => dataset.coalitionById.has(id)) ? [...PREFERRED_PAIR] : ids.slice(0, 2)
  const a = has(view.a) ? view.a : (defaults.find((id) => id !== view.b) ?? null)
  const b = has(view.b) ? view.b : (defaults.find((id) => id !== a) ?? ids.find((id) => id !== a) ?? null)
  return [a, b]
}
