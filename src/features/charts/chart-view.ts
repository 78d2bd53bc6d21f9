import type { LegendItem } from '../../components/chart-export/export-figure'
import { KEY_COLOR } from '../../components/hatch-colors'
import {
  categoryRange,
  countOnDay,
  seriesRange,
  shareOf,
  type Breakdown,
  type BreakdownCategory,
  type TimelineSeries,
} from '../../domain/charts/chart-data'
import { TIMELINE_KEY, breakdownKey, chartLabel, measureRangeText, shareBaseText } from '../../domain/charts/chart-text'
import type { Dataset } from '../../domain/dataset/types'
import { rangeText } from '../../domain/format/counts'
import { formatDay } from '../../domain/format/dates'

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
  readonly [key: `c${number}` | `u${number}`]: number
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
    breakdown.categories.forEach((category, index) => {
      const { certain, possible } = categoryRange(series, category.key)
      row[`c${index}`] = value(certain, series.base)
      row[`u${index}`] = value(possible - certain, series.base)
    })
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
