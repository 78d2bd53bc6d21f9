import type { ReactNode } from 'react'
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { OTHER_KEY, formatShare, shareOf, type Breakdown, type BreakdownCategory } from '../../domain/charts/chart-data'
import type { Dataset } from '../../domain/dataset/types'
import { SHARE_TICKS, breakdownRows, niceTicks } from './chart-view'

interface TickProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly payload?: { readonly value?: unknown }
}

/** A category label drawn as plain text (no measuring, no wrapping): long names use the short name instead. */
function CategoryTick({ x, y, payload }: TickProps) {
  return (
    <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" className="recharts-cartesian-axis-tick-value">
      {String(payload?.value ?? '')}
    </text>
  )
}

interface BreakdownChartProps {
  readonly dataset: Dataset
  readonly breakdown: Breakdown
  readonly measure: 'count' | 'share'
  readonly title: string
  readonly colorOf: (category: BreakdownCategory) => string
  /** Makes the bars and legend entries of real categories (not Other/Unknown) filter buttons. */
  readonly onToggle?: (key: string) => void
  readonly isPressed?: (key: string) => boolean
}

/** One horizontal bar per coalition, stacked by category; the legend doubles as the category buttons. */
export function BreakdownChart({ dataset, breakdown, measure, title, colorOf, onToggle, isPressed }: BreakdownChartProps) {
  const rows = breakdownRows(dataset, breakdown, measure)
  const labelWidth = Math.min(200, Math.max(70, ...rows.map((row) => row.label.length * 7 + 12)))
  const height = 56 + rows.length * 34
  const share = measure === 'share'
  const ticks = share ? [...SHARE_TICKS] : niceTicks(Math.max(0, ...breakdown.series.map((series) => series.total)))
  const format = (value: number) => (share ? formatShare(value) : String(value))
  const clickable = (category: BreakdownCategory) => onToggle !== undefined && category.colorIndex >= 0 && category.key !== OTHER_KEY
  return (
    <>
      <ul className="charts-legend" aria-label={`${title}: legend${onToggle ? ' and filter' : ''}`}>
        {breakdown.categories.map((category) => (
          <li key={category.key}>
            {clickable(category) ? (
              <button type="button" className="charts-legend__button" aria-pressed={isPressed?.(category.key) ?? false} onClick={() => onToggle?.(category.key)}>
                <span className="swatch" style={{ background: colorOf(category) }} aria-hidden="true" />
                {category.label}
              </button>
            ) : (
              <span className="charts-legend__item">
                <span className="swatch" style={{ background: colorOf(category) }} aria-hidden="true" />
                {category.label}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="charts-canvas" aria-hidden="true">
        <BarChart
          layout="vertical"
          data={rows}
          width="100%"
          height={height}
          responsive
          accessibilityLayer={false}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          barCategoryGap="22%"
        >
          {/* Grid lines and ticks are given, not measured: Recharts' own measuring costs a page layout per label. */}
          {ticks.map((tick) => (
            <ReferenceLine key={tick} x={tick} className="charts-gridline" zIndex={-100} />
          ))}
          <XAxis type="number" domain={[0, ticks.at(-1) ?? 1]} ticks={ticks} interval={0} tickFormatter={(value: number) => (share ? `${Math.round(value * 100)}%` : String(value))} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tickLine={false} tick={CategoryTick} />
          <Tooltip formatter={(value) => format(Number(value))} cursor={{ fillOpacity: 0.25 }} isAnimationActive={false} />
          {breakdown.categories.map((category, index) => (
            <Bar
              key={category.key}
              dataKey={`k${index}`}
              name={category.label}
              stackId="members"
              fill={colorOf(category)}
              className="charts-bar"
              isAnimationActive={false}
              cursor={clickable(category) ? 'pointer' : undefined}
              onClick={clickable(category) ? () => onToggle?.(category.key) : undefined}
            />
          ))}
        </BarChart>
      </div>
    </>
  )
}

/**
 * The numbers drawn, as a table a screen reader can read: one row per coalition and category it
 * has members in, and one "All shown" row per coalition. Long rather than wide, so it never needs
 * to scroll sideways on a phone.
 */
export function BreakdownTable({ breakdown, measure, caption, categoryHeading }: { breakdown: Breakdown; measure: 'count' | 'share'; caption: string; categoryHeading: string }) {
  const cell = (count: number, base: number): ReactNode => (measure === 'share' ? formatShare(shareOf(count, base)) : count)
  return (
    <details className="charts-data">
      <summary>Show the data as a table</summary>
      <div className="charts-data__scroll">
        <table className="charts-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Coalition</th>
              <th scope="col">{categoryHeading}</th>
              <th scope="col">{measure === 'share' ? 'Share of members' : 'Members'}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.series.flatMap((series) => [
              ...breakdown.categories
                .filter((category) => (series.counts[category.key] ?? 0) > 0)
                .map((category) => (
                  <tr key={`${series.coalitionId}-${category.key}`}>
                    <th scope="row">{series.name}</th>
                    <td>{category.grouped ? `${category.label} (${category.grouped.length})` : category.label}</td>
                    <td>{cell(series.counts[category.key] ?? 0, series.base)}</td>
                  </tr>
                )),
              <tr key={`${series.coalitionId}-all`} className="charts-table__total">
                <th scope="row">{series.name}</th>
                <td>All shown</td>
                <td>{cell(series.total, series.base)}</td>
              </tr>,
            ])}
          </tbody>
        </table>
      </div>
    </details>
  )
}
