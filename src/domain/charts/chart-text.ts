/**
 * The words around a chart: its subtitle (the filters in force, so an exported image says what it
 * shows) and the file name it is saved under (so a folder of exports says what each holds).
 */
import { dayToIso } from '../dataset/dates'
import { formatIsoDay } from '../format/dates'
import { slugify } from '../export/file-names'

export interface ChartState {
  /** `YYYY-MM-DD` of the "as of" day. */
  readonly asOf: string
  /** Names of the coalitions drawn. */
  readonly coalitionNames: readonly string[]
  /** How many coalitions the dataset has. */
  readonly coalitionCount: number
  /** True when the coalitions were picked (false: all, or the largest when there are too many). */
  readonly chosen: boolean
  /** True when only the largest coalitions are drawn. */
  readonly truncated?: boolean
  /** Labels of the sectors in the sector filter (empty = all). */
  readonly sectorLabels: readonly string[]
  /** Search text as typed. */
  readonly query: string
  readonly measure?: 'count' | 'share'
}

/** "A, B and C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function coalitionsText(state: ChartState): string {
  if (state.truncated) return `the ${state.coalitionNames.length} largest of ${state.coalitionCount} coalitions`
  if (!state.chosen || state.coalitionNames.length === state.coalitionCount) return state.coalitionCount === 1 ? (state.coalitionNames[0] ?? '1 coalition') : `all ${state.coalitionCount} coalitions`
  return listText(state.coalitionNames)
}

function filtersText(state: ChartState): string {
  const parts: string[] = []
  if (state.sectorLabels.length) parts.push(`${state.sectorLabels.length === 1 ? 'Sector' : 'Sectors'}: ${listText(state.sectorLabels)}`)
  const query = state.query.trim()
  if (query) parts.push(`Search: “${query}”`)
  return parts.length ? ` ${parts.join('. ')}.` : ' All sectors, no search.'
}

/**
 * The subtitle of a snapshot chart (`kind: 'snapshot'`, counted on the as-of day) or of the timeline
 * (`kind: 'timeline'`, every day, the as-of day marked).
 */
export function chartSubtitle(kind: 'snapshot' | 'timeline', state: ChartState): string {
  const day = formatIsoDay(state.asOf)
  const measure = state.measure === 'share' ? ' as a share of each coalition’s members' : ''
  const head =
    kind === 'timeline'
      ? `Members of ${coalitionsText(state)}, day by day; ${day} marked.`
      : `Members of ${coalitionsText(state)} on ${day}${measure}.`
  return `${head}${filtersText(state)}`
}

const MAX_BASE_LENGTH = 120
const MAX_NAMED_COALITIONS = 3
const MAX_NAMED_SECTORS = 2

/**
 * File name without extension, e.g. `members-by-sector-ai-alliance-vs-frontier-model-forum-2024-06-01`:
 * the chart, the coalitions (named up to three), the measure, the sector filter and search when set,
 * and the as-of day, which is always kept even when the rest must be shortened.
 */
export function chartFileBase(chart: string, state: ChartState): string {
  const coalitions = state.truncated
    ? `largest-${state.coalitionNames.length}-coalitions`
    : !state.chosen || state.coalitionNames.length === state.coalitionCount
      ? 'all-coalitions'
      : state.coalitionNames.length <= MAX_NAMED_COALITIONS
        ? state.coalitionNames.map(slugify).join('-vs-')
        : `${state.coalitionNames.length}-coalitions`
  const sectors = state.sectorLabels.length > MAX_NAMED_SECTORS ? `${state.sectorLabels.length}-sectors` : state.sectorLabels.map(slugify).join('-')
  const query = slugify(state.query)
  const parts = [slugify(chart), coalitions, state.measure === 'share' ? 'share' : '', sectors, query ? `search-${query}` : ''].filter(Boolean)
  const date = state.asOf
  const head = parts.join('-').slice(0, MAX_BASE_LENGTH - date.length - 1).replace(/-+$/, '')
  return `${head}-${date}`
}

/** The day of a change on the timeline, said as precisely as it is known. */
export function formatChangeDay(day: number, precision: 'day' | 'month' | 'year' | 'unknown'): string {
  const iso = dayToIso(day)
  if (precision === 'month') return `${formatIsoDay(iso).replace(/^\d+ /, '')} (month only)`
  if (precision === 'year') return `${iso.slice(0, 4)} (year only)`
  if (precision === 'unknown') return `${formatIsoDay(iso)} (founding; join date unknown)`
  return formatIsoDay(iso)
}
