import type { LegendItem } from '../../components/chart-export/export-figure'
import { shareOf, type Breakdown, type BreakdownCategory } from '../../domain/charts/chart-data'
import { dayToIso } from '../../domain/dataset/dates'
import type { Dataset } from '../../domain/dataset/types'

export interface BreakdownRow {
  readonly name: string
  readonly label: string
  readonly [key: `k${number}`]: number
}

const LONG_NAME = 22

/** Bar label: the full name unless it is long and the dataset gives a short one. */
export function barLabel(dataset: Dataset, coalitionId: string, name: string): string {
  const short = dataset.coalitionById.get(coalitionId)?.shortName
  return name.length > LONG_NAME && short ? short : name
}

export function breakdownRows(dataset: Dataset, breakdown: Breakdown, measure: 'count' | 'share'): BreakdownRow[] {
  return breakdown.series.map((series) => {
    const row: Record<string, number | string> = { name: series.name, label: barLabel(dataset, series.coalitionId, series.name) }
    breakdown.categories.forEach((category, index) => {
      const count = series.counts[category.key] ?? 0
      row[`k${index}`] = measure === 'share' ? shareOf(count, series.base) : count
    })
    return row as unknown as BreakdownRow
  })
}

export function breakdownLegend(breakdown: Breakdown, colorOf: (category: BreakdownCategory) => string): LegendItem[] {
  return breakdown.categories.map((category) => ({ label: category.label, color: colorOf(category) }))
}

/** 1 January of each year in the domain, every few years when the span is long. */
export function yearTicks(domain: { start: number; end: number }): number[] {
  const first = Number(dayToIso(domain.start).slice(0, 4)) + 1
  const last = Number(dayToIso(domain.end).slice(0, 4))
  const years = Math.max(0, last - first + 1)
  const step = Math.max(1, Math.ceil(years / 8))
  const ticks: number[] = []
  for (let year = first; year <= last; year += step) ticks.push(Date.UTC(year, 0, 1) / 86_400_000)
  return ticks
}


/**
 * Round axis ticks from 0 to at least `max` (about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ), computed
 * here so Recharts never has to measure a label for every value it might show.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw && Number.isInteger(candidate)) ?? Math.ceil(raw))
  const ticks: number[] = []
  for (let value = 0; value < max + step; value += step) ticks.push(value)
  return ticks.at(-1)! >= max ? ticks : [...ticks, ticks.at(-1)! + step]
}

export const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1] as const
