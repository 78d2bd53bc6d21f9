import type { LegendItem } from '../../components/chart-export/export-figure'
import { KEY_COLOR } from '../../components/hatch-colors'
import {
  categoryRange,
  countOnDay,
  seriesRange,
  shareOf,
  type Breakdown,
  type BreakdownCategory,
  type TimelineRow,
  type TimelineSeries,
} from '../../domain/charts/chart-data'
import { TIMELINE_KEY, breakdownKey, chartLabel, measureRangeText, shareBaseText } from '../../domain/charts/chart-text'
import type { Dataset } from '../../domain/dataset/types'
import { rangeText } from '../../domain/format/counts'
import { formatDay } from '../../domain/format/dates'
import { notFoundedSentence } from '../../domain/format/coverage'

/**
 * One bar of the stacked chart. Each category `i` is two stacked parts, drawn in this order:
 * `c{i}` its certain members (solid) and `u{i}` those possible but not certain (hatched), so a
 * category's two parts always sit side by side, in the legend's order.
 */
export interface BreakdownRow {
  readonly name: string
  readonly label: string
  /** Index of the coalition in `breakdown.series` (for the tooltip). */
  readonly series: number
  /** The length of the whole bar: every part added up. */
  readonly total: number
  readonly [key: `c${number}` | `u${number}`]: number
}

/** One drawn part of a bar: category `category`'s certain or possible members, from `from` to `to` on the value axis. */
export interface BarSegment {
  readonly category: number
  readonly part: 'certain' | 'possible'
  readonly from: number
  readonly to: number
}

/**
 * The parts of one bar in stacking order, empty ones left out. The chart draws a bar as one
 * Recharts <Bar> whose shape is these parts: a <Bar> per part (two per category, up to 60 on a
 * page) each registered in Recharts' store one by one, re-rendering the chart each time, and
 * mounting the charts of a large dataset took over a second.
 */
export function barSegments(row: BreakdownRow, categoryCount: number): BarSegment[] {
  const segments: BarSegment[] = []
  let at = 0
  for (let category = 0; category < categoryCount; category++) {
    for (const part of ['certain', 'possible'] as const) {
      const value = row[`${part === 'certain' ? 'c' : 'u'}${category}`] ?? 0
      if (value > 0) segments.push({ category, part, from: at, to: (at += value) })
    }
  }
  return segments
}

/** Bar label: the full name unless it is long and the dataset gives a short one. */
export function barLabel(dataset: Dataset, coalitionId: string, name: string): string {
  return chartLabel({ name, shortName: dataset.coalitionById.get(coalitionId)?.shortName })
}

export function breakdownRows(dataset: Dataset, breakdown: Breakdown, measure: 'count' | 'share'): BreakdownRow[] {
  const value = (count: number, base: number) => (measure === 'share' ? shareOf(count, base) : count)
  return breakdown.series.map((series, seriesIndex) => {
    const row: Record<string, number | string> = {
      name: series.name,
      label: barLabel(dataset, series.coalitionId, series.name),
      series: seriesIndex,
    }
    let total = 0
    breakdown.categories.forEach((category, index) => {
      const { certain, possible } = categoryRange(series, category.key)
      total += row[`c${index}`] = value(certain, series.base)
      total += row[`u${index}`] = value(possible - certain, series.base)
    })
    row.total = total
    return row as unknown as BreakdownRow
  })
}

/** The legend as exported: the categories, then (when some members are uncertain) what solid and hatched mean. */
export function breakdownLegend(
  breakdown: Breakdown,
  colorOf: (category: BreakdownCategory) => string,
  asOf: string,
): LegendItem[] {
  const categories = breakdown.categories.map((category) => ({ label: category.label, color: colorOf(category) }))
  if (breakdown.uncertainTotal === 0) return categories
  const key = breakdownKey(asOf)
  return [
    ...categories,
    { label: key.solid, color: KEY_COLOR, newRow: true },
    { label: key.hatched, color: KEY_COLOR, shape: 'hatch' },
  ]
}

/** A tooltip: a heading and "label: value" lines (labels are data text, isolated when drawn). */
export interface TooltipText {
  readonly title: string
  /** Said under the title, e.g. what shares are shares of. */
  readonly note?: string
  readonly lines: readonly { readonly label: string; readonly value: string }[]
}

/** The tooltip of one bar: the coalition, then each category it has members in, and its total. */
export function breakdownTooltip(
  breakdown: Breakdown,
  seriesIndex: number,
  measure: 'count' | 'share',
): TooltipText | null {
  const series = breakdown.series[seriesIndex]
  if (!series) return null
  if (series.notFoundedUntil) return { title: series.name, note: notFoundedSentence(series.notFoundedUntil), lines: [] }
  const lines = breakdown.categories.flatMap((category) => {
    const range = categoryRange(series, category.key)
    return range.possible > 0 ? [{ label: category.label, value: measureRangeText(range, series.base, measure) }] : []
  })
  lines.push({ label: 'All shown', value: measureRangeText(seriesRange(series), series.base, measure) })
  return measure === 'share'
    ? { title: series.name, note: shareBaseText(series.base), lines }
    : { title: series.name, lines }
}

/** The timeline's legend as exported: one line per coalition, then (when some counts are ranges) what line and band mean. */
export function timelineLegend(
  series: readonly TimelineSeries[],
  colorOf: (index: number) => string,
  dashOf: (index: number) => string,
): LegendItem[] {
  const lines: LegendItem[] = series.map((item, index) => ({
    label: item.name,
    color: colorOf(index),
    shape: 'line',
    dash: dashOf(index) || undefined,
  }))
  if (!series.some((item) => item.uncertain)) return lines
  return [
    ...lines,
    { label: TIMELINE_KEY.line, color: KEY_COLOR, shape: 'line', newRow: true },
    { label: TIMELINE_KEY.band, color: KEY_COLOR, shape: 'hatch' },
  ]
}

/** The timeline's tooltip on a day: every coalition that has begun by then, as a range. */
export function timelineTooltip(series: readonly TimelineSeries[], day: number): TooltipText {
  const lines = series.flatMap((item) =>
    startedBy(item, day) ? [{ label: item.name, value: rangeText(countOnDay(item, day)) }] : [],
  )
  return { title: formatDay(day), lines }
}

/** False before a coalition's first change when nothing counts from the beginning: it has no line there, not a line at zero. */
export function startedBy(series: TimelineSeries, day: number): boolean {
  return series.initial.possible > 0 || day >= (series.points[0]?.day ?? Number.POSITIVE_INFINITY)
}

/** Where a value falls on an axis, in pixels (Recharts' axis scales). */
export type AxisScale = (value: number) => number | undefined

/** One coalition on the timeline as SVG path data: its step line of certain members, and its band up to the possible ones. */
export interface TimelinePath {
  readonly line: string
  /** Null for a coalition whose counts are never a range. */
  readonly band: string | null
}

const px = (value: number | undefined) => Math.round((value ?? 0) * 100) / 100

/**
 * The timeline's marks, drawn as one path per line and per band rather than as a Recharts <Line>
 * and <Area> each: those register in Recharts' store one by one and re-render the chart every time,
 * and work out a point object per row for every coalition. Steps hold each count until the next row
 * ("step after"); a coalition has nothing drawn before startedBy.
 */
export function timelinePaths(
  series: readonly TimelineSeries[],
  rows: readonly TimelineRow[],
  x: AxisScale,
  y: AxisScale,
): TimelinePath[] {
  // Each day is placed once for every coalition, and each count once: the scales are Recharts'
  // functions, and calling them for every coalition and row was most of this function's time.
  const rowXs = rows.map((row) => px(x(row.day)))
  const yOf = new Map<number, number>()
  const placeY = (count: number) => {
    let placed = yOf.get(count)
    if (placed === undefined) yOf.set(count, (placed = px(y(count))))
    return placed
  }
  return series.map((item) => {
    const xs: number[] = []
    const certain: number[] = []
    const possible: number[] = []
    rows.forEach((row, index) => {
      if (!startedBy(item, row.day)) return
      xs.push(rowXs[index] as number)
      certain.push(placeY(row.certain[item.coalitionId] ?? 0))
      possible.push(placeY(row.counts[item.coalitionId] ?? 0))
    })
    if (xs.length === 0) return { line: '', band: item.uncertain ? '' : null }
    const forward = (values: readonly number[]) => {
      const parts = [`M${xs[0]},${values[0]}`]
      for (let index = 1; index < xs.length; index++) parts.push(`H${xs[index]}V${values[index]}`)
      return parts.join('')
    }
    if (!item.uncertain) return { line: forward(certain), band: null }
    // The band: along the possible counts, then back along the certain ones, each step mirrored.
    const back: string[] = [`V${certain[xs.length - 1]}`]
    for (let index = xs.length - 1; index > 0; index--) back.push(`V${certain[index - 1]}H${xs[index - 1]}`)
    return { line: forward(certain), band: `${forward(possible)}${back.join('')}Z` }
  })
}
