/**
 * The numbers a chart draws, as CSV rows: every count as a pair, certain and possible, so a
 * spreadsheet can tell the members the evidence settles from those it only allows.
 */
import type { CsvCell } from '../export/csv'
import { dayToIso } from '../dataset/dates'
import { OTHER_KEY, UNKNOWN_KEY, categoryRange, shareOf, type Breakdown, type TimelineSeries } from './chart-data'

export interface CsvTable {
  readonly header: readonly string[]
  readonly rows: readonly (readonly CsvCell[])[]
}

const roundShare = (share: number) => Math.round(share * 10_000) / 10_000

/**
 * One row per coalition and category (zeros included, so every coalition lists every category).
 * Shares are of the coalition's possible members on the day, whatever their sector, as on screen.
 * A coalition not founded by the day has no members to count, not zero of them: its counts are
 * left empty and `not_founded_until` gives its founding date as the dataset wrote it, as the chart
 * says "Not founded until …" where its bar would be.
 */
export function breakdownCsv(breakdown: Breakdown, asOf: string, keyHeading: string, labelHeading: string): CsvTable {
  return {
    header: [
      'as_of',
      'coalition_id',
      'coalition',
      keyHeading,
      labelHeading,
      'certain',
      'possible',
      'certain_share',
      'possible_share',
      'coalition_possible_members',
      'not_founded_until',
    ],
    rows: breakdown.series.flatMap((series) =>
      breakdown.categories.map((category) => {
        const { certain, possible } = categoryRange(series, category.key)
        const key = category.key === OTHER_KEY ? 'other' : category.key === UNKNOWN_KEY ? 'unknown' : category.key
        const counts = series.notFoundedUntil
          ? ['', '', '', '', '']
          : [
              certain,
              possible,
              roundShare(shareOf(certain, series.base)),
              roundShare(shareOf(possible, series.base)),
              series.base,
            ]
        return [
          asOf,
          series.coalitionId,
          series.name,
          key,
          category.label,
          ...counts,
          series.notFoundedUntil?.text ?? '',
        ]
      }),
    ),
  }
}

/** One row per change: the day (ISO), certain and possible members from then on, and the windows that open (joins) and close (departures) on it. */
export function timelineCsv(series: readonly TimelineSeries[]): CsvTable {
  return {
    header: ['coalition_id', 'coalition', 'date', 'certain', 'possible', 'joins', 'departures'],
    rows: series.flatMap((item) =>
      item.points.map((point) => [
        item.coalitionId,
        item.name,
        dayToIso(point.day),
        point.certain,
        point.possible,
        point.joins,
        point.departures,
      ]),
    ),
  }
}
