import type { Presence } from '../../domain/compare/coalitions'
import type { PartialDate } from '../../domain/dataset/dates'
import type { Coalition } from '../../domain/dataset/types'
import { exportFileName } from '../../domain/export/file-names'
import { periodPhrase } from '../../domain/format/membership'

/**
 * When a membership began (and ended), worded as everywhere else: "joined 5 December 2023", "joined
 * in May 2024 (day unknown)", "member by 16 May 2017; start unknown". The role is shown beside it.
 */
export function presenceText(presence: Presence, founded: PartialDate | undefined): string {
  return periodPhrase(presence.membership, presence.membership.role, founded)
}

export function coalitionLabel(coalition: Coalition): string {
  return coalition.shortName ?? coalition.name
}

/** A clause from src/domain/format as a figure's value: "Not founded until 5 December 2023". */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}

/** Colours of A and B in every comparison chart: Okabe–Ito blue and vermilion, readable on both themes. */
export const COLOR_A = '#0072B2'
export const COLOR_B = '#D55E00'

/** A file name without its extension, for ChartFigure (which adds .png, .svg or .csv). */
export function fileBase(parts: readonly (string | null | undefined)[]): string {
  return exportFileName(parts, 'x').slice(0, -2)
}
