/**
 * The shared view state every feature reads, and its URL form. Every view is a shareable link:
 * the query string mirrors this state, defaults left out so links stay short.
 */
import { EMBED_VIEWS, isEmbedView, type EmbedView } from '../domain/embed/embed'
import { CONTENT_HASH_PATTERN, HASH_LENGTH } from '../domain/cite/content-hash'

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
  /** The Changes section's two days, `YYYY-MM-DD`; null for the defaults (a year before To; today). */
  readonly from: string | null
  readonly to: string | null
  /** The coalition whose members' other coalitions are shown; null for the default (the AI Alliance, else the first). */
  readonly interlocks: string | null
  /** One view shown alone, to be framed by another site; null for the whole page. */
  readonly embed: EmbedView | null
  /** The coalition an embedded card shows (`embed=card` only). */
  readonly id: string | null
  /** The content hash of the dataset a cited link was made from (HASH_LENGTH hex digits); the page says when the one on screen differs. */
  readonly v: string | null
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
  from: null,
  to: null,
  interlocks: null,
  embed: null,
  id: null,
  v: null,
})

/** Parameter names in the order they are written, listed in the README. */
export const URL_PARAMS = [
  'embed',
  'id',
  'a',
  'b',
  'asOf',
  'q',
  'sector',
  'coalition',
  'match',
  'country',
  'role',
  'sort',
  'chart',
  'measure',
  'family',
  'sets',
  'org',
  'data',
  'from',
  'to',
  'interlocks',
  'v',
] as const

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

function list(value: string | null, valid: (item: string) => boolean = (item) => ID.test(item)): readonly string[] {
  if (!value) return NONE
  const items = [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(valid),
    ),
  ]
  return items.length ? items : NONE
}

/** A query parameter the page could not use, and why, in words. */
export interface ParamRefusal {
  readonly param: string
  /** The value as written, shortened. */
  readonly value: string
  readonly reason: string
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text)

/** Reads a query string into a full view state; anything malformed falls back to its default. */
export function parseViewParams(search: string): ViewState {
  return readViewParams(search).view
}

/**
 * Reads a query string, and says which parameters were not used and why, so junk in an address is
 * refused in words (and dropped from the address) rather than ignored in silence.
 */
export function readViewParams(search: string): { view: ViewState; refused: ParamRefusal[] } {
  const params = new URLSearchParams(search)
  const refused: ParamRefusal[] = []
  const refuse = (param: string, value: string, reason: string) =>
    refused.push({ param, value: shorten(value), reason })
  const id = (name: string) => {
    const value = params.get(name)
    if (value === null || value === '') return null
    if (ID.test(value)) return value
    refuse(name, value, 'is not an id (ids are lower-case letters and digits joined by hyphens)')
    return null
  }
  const ids = (name: string, check: (item: string) => boolean = (item) => ID.test(item), what = 'ids') => {
    const value = params.get(name)
    const items = list(value, check)
    const rejected =
      value === null
        ? []
        : value
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item && !check(item))
    if (rejected.length)
      refuse(
        name,
        rejected.join(','),
        `has ${rejected.length === 1 ? 'an item that is not one of the' : 'items that are not'} ${what}`,
      )
    return items
  }
  const choice = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const value = params.get(name)
    if (value === null || value === '') return fallback
    const found = options.find((option) => option === value)
    if (!found) refuse(name, value, `must be ${options.join(' or ')}`)
    return found ?? fallback
  }
  const asOfText = params.get('asOf')
  let asOf: string | null = null
  if (asOfText !== null && asOfText !== '') {
    if (!ISO_DAY.test(asOfText)) refuse('asOf', asOfText, 'is not a day: write YYYY-MM-DD')
    else if (!isRealDay(asOfText)) refuse('asOf', asOfText, 'is not a real calendar day')
    else asOf = asOfText
  }
  const day = (name: 'from' | 'to'): string | null => {
    const text = params.get(name)
    if (text === null || text === '') return null
    if (!ISO_DAY.test(text)) refuse(name, text, 'is not a day: write YYYY-MM-DD')
    else if (!isRealDay(text)) refuse(name, text, 'is not a real calendar day')
    else return text
    return null
  }
  const from = day('from')
  const to = day('to')
  // Days compare as text in this form. The page cannot show changes running backwards.
  const spanInOrder = from === null || to === null || from < to
  if (!spanInOrder) refuse('from', from ?? '', `is not before to (${to ?? ''})`)
  const dataText = params.get('data')
  let data: string | null = null
  if (dataText !== null && dataText !== '') {
    const trimmed = dataText.trim()
    if (/^https?:\/\/[^\s/]/i.test(trimmed) && isHttpUrl(trimmed)) data = trimmed
    else refuse('data', dataText, 'only http and https links can be loaded')
  }
  const sortText = params.get('sort') ?? ''
  const sortOk = sortText === '' || /^-?[A-Za-z0-9:_-]+(,-?[A-Za-z0-9:_-]+)*$/.test(sortText)
  if (!sortOk) refuse('sort', sortText, 'is not a list of column names')
  const q = params.get('q') ?? ''
  if (q.length > 200) refuse('q', q, 'was cut to its first 200 characters')
  const vText = params.get('v')
  let v: string | null = null
  if (vText !== null && vText !== '') {
    // Hex digits mean the same in capitals; a hash copied from a shouting document still matches.
    if (CONTENT_HASH_PATTERN.test(vText.trim().toLowerCase())) v = vText.trim().toLowerCase()
    else refuse('v', vText, `is not a content hash (${HASH_LENGTH} digits 0–9 and letters a–f, as a citation gives it)`)
  }
  const family = params.get('family')
  if (family !== null && family !== '' && family !== 'on') refuse('family', family, 'must be on')
  const embedText = params.get('embed')
  let embed: EmbedView | null = null
  if (embedText !== null && embedText !== '') {
    if (isEmbedView(embedText)) embed = embedText
    else refuse('embed', embedText, `is not a view that opens alone (${EMBED_VIEWS.join(', ')})`)
  }
  const idText = params.get('id')
  let cardId: string | null = null
  if (embed === 'card') {
    cardId = id('id')
    // A card is the one view that needs a coalition: without one there is nothing to show alone.
    if (cardId === null) {
      refuse('embed', embed, 'needs id=<coalition id>: the coalition the card shows')
      embed = null
    }
  } else if (idText !== null && idText !== '') refuse('id', idText, 'is only read with embed=card')
  const view: ViewState = {
    a: id('a'),
    b: id('b'),
    asOf,
    sectors: ids('sector'),
    q: q.slice(0, 200),
    coalitions: ids('coalition'),
    match: choice('match', MATCH_MODES, 'any'),
    // Country codes are upper case; a lower-case link still means the same country.
    countries: list(params.get('country')?.toUpperCase() ?? null, (code) => /^[A-Z]{2}$/.test(code)),
    roles: list(params.get('role'), (role) => role.length > 0 && role.length <= 40),
    sort: sortOk ? sortText : '',
    chart: ids('chart'),
    measure: choice('measure', MEASURES, 'count'),
    family: family === 'on',
    sets: ids('sets'),
    org: id('org'),
    data,
    from: spanInOrder ? from : null,
    to,
    interlocks: id('interlocks'),
    embed,
    id: cardId,
    v,
  }
  const countryText = params.get('country')
  if (countryText) {
    const bad = countryText
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code && !/^[A-Za-z]{2}$/.test(code))
    if (bad.length) refuse('country', bad.join(','), 'has items that are not two-letter country codes')
  }
  return { view, refused }
}

function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** The query string (with `?`, or empty) for a view state. */
export function serializeViewParams(view: ViewState): string {
  const params = new URLSearchParams()
  const put = (name: (typeof URL_PARAMS)[number], value: string | null) => {
    if (value) params.set(name, value)
  }
  // First, so an embedded view's address says so before anything else.
  put('embed', view.embed)
  put('id', view.id)
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
  put('from', view.from)
  put('to', view.to)
  put('interlocks', view.interlocks)
  put('v', view.v)
  // Commas and colons (`sort=c:ai-alliance`) are safe in a query string; leaving them readable keeps shared links legible.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text ? `?${text}` : ''
}
