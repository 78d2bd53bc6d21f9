import type { Presence } from '../../domain/compare/coalitions'
import { formatPartialDate } from '../../domain/format/dates'
import type { Coalition } from '../../domain/dataset/types'
import { exportFileName } from '../../domain/export/file-names'

/** "founder since 5 December 2023", "member since May 2024 (approximate date)", "member, join date unknown". */
export function presenceText(presence: Presence): string {
  const { role, joined } = presence.membership
  if (!joined) return `${role}, join date unknown`
  return `${role} since ${formatPartialDate(joined)}${joined.precision === 'day' ? '' : ' (approximate date)'}`
}

export function coalitionLabel(coalition: Coalition): string {
  return coalition.shortName ?? coalition.name
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}

/** "12.5%" with one decimal, as the headline figures show it. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/** Colours of A and B in every comparison chart: Okabe–Ito blue and vermilion, readable on both themes. */
export const COLOR_A = '#0072B2'
export const COLOR_B = '#D55E00'

/** A file name without its extension, for ChartFigure (which adds .png, .svg or .csv). */
export function fileBase(parts: readonly (string | null | undefined)[]): string {
  return exportFileName(parts, 'x').slice(0, -2)
}
