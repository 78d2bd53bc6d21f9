/**
 * The shared view state every feature reads, and its URL form. Every view is a shareable link:
 * the query string mirrors this state, defaults left out so links stay short.
 */

export const MATCH_MODES = ['any', 'all', 'none'] as const
export type MatchMode = (typeof MATCH_MODES)[number]
export const MEASURES = ['count', 'share'] as const
export type Measure = (typeof MEASURES)[number]

export interface ViewState {
  /** Coalitions compared side by side; null means "the default pair for this dataset". */
  readonly a: string | null
  readonly b: string | null
  /** `YYYY-MM-DD`; null means today. */
  readonly asOf: string | null
  readonly sectors: readonly string[]
  readonly q: string
  readonly coalitions: readonly string[]
  readonly match: MatchMode
  readonly countries: readonly string[]
  readonly roles: readonly string[]
  /** Column ids, comma-separated, `-` for descending (e.g. `-joined,name`); empty for the default order. */
  readonly sort: string
  /** Coalitions shown in the charts; empty means all. */
  readonly chart: readonly string[]
  readonly measure: Measure
  /** Count subsidiaries under their parent in comparisons. */
  readonly family: boolean
  /** Coalitions in the overlap matrix; empty means all. */
  readonly sets: readonly string[]
  /** Organization whose details panel is open. */
  readonly org: string | null
  /** http(s) URL of a user dataset to load instead of the bundled one. */
  readonly data: string | null
}

const NONE: readonly string[] = Object.freeze([])

export const DEFAULT_VIEW: ViewState = Object.freeze({
  a: null,
  b: null,
  asOf: null,
  sectors: NONE,
  q: '',
  coalitions: NONE,
  match: 'any',
  countries: NONE,
  roles: NONE,
  sort: '',
  chart: NONE,
  measure: 'count',
  family: false,
  sets: NONE,
  org: null,
  data: null,
})

/** Parameter names in the order they are written, listed in the README. */
export const URL_PARAMS = ['a', 'b', 'asOf', 'q', 'sector', 'coalition', 'match', 'country', 'role', 'sort', 'chart', 'measure', 'family', 'sets', 'org', 'data'] as const

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

function list(value: string | null, valid: (item: string) => boolean = (item) => ID.test(item)): readonly string[] {
  if (!value) return NONE
  const items = [...new Set(value.split(',').map((item) => item.trim()).filter(valid))]
  return items.length ? items : NONE
}

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return options.find((option) => option === value) ?? fallback
}

/** Reads a query string into a full view state; anything malformed falls back to its default. */
export function parseViewParams(search: string): ViewState {
  const params = new URLSearchParams(search)
  const id = (name: string) => {
    const value = params.get(name)
    return value && ID.test(value) ? value : null
  }
  const asOf = params.get('asOf')
  const data = params.get('data')
  return {
    a: id('a'),
    b: id('b'),
    asOf: asOf && ISO_DAY.test(asOf) ? asOf : null,
    sectors: list(params.get('sector')),
    q: (params.get('q') ?? '').slice(0, 200),
    coalitions: list(params.get('coalition')),
    match: oneOf(params.get('match'), MATCH_MODES, 'any'),
    // Country codes are upper case; a lower-case link still means the same country.
    countries: list(params.get('country')?.toUpperCase() ?? null, (code) => /^[A-Z]{2}$/.test(code)),
    roles: list(params.get('role'), (role) => role.length > 0 && role.length <= 40),
    sort: /^-?[A-Za-z0-9:_-]+(,-?[A-Za-z0-9:_-]+)*$/.test(params.get('sort') ?? '') ? (params.get('sort') ?? '') : '',
    chart: list(params.get('chart')),
    measure: oneOf(params.get('measure'), MEASURES, 'count'),
    family: params.get('family') === 'on',
    sets: list(params.get('sets')),
    org: id('org'),
    data: data && /^https?:\/\//i.test(data) ? data : null,
  }
}

/** The query string (with `?`, or empty) for a view state. */
export function serializeViewParams(view: ViewState): string {
  const params = new URLSearchParams()
  const put = (name: (typeof URL_PARAMS)[number], value: string | null) => {
    if (value) params.set(name, value)
  }
  put('a', view.a)
  put('b', view.b)
  put('asOf', view.asOf)
  put('q', view.q.trim() ? view.q : null)
  put('sector', view.sectors.join(','))
  put('coalition', view.coalitions.join(','))
  put('match', view.match === 'any' ? null : view.match)
  put('country', view.countries.join(','))
  put('role', view.roles.join(','))
  put('sort', view.sort)
  put('chart', view.chart.join(','))
  put('measure', view.measure === 'count' ? null : view.measure)
  put('family', view.family ? 'on' : null)
  put('sets', view.sets.join(','))
  put('org', view.org)
  put('data', view.data)
  // Commas and colons (`sort=c:ai-alliance`) are safe in a query string; leaving them readable keeps shared links legible.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text ? `?${text}` : ''
}
