import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { KEY_COLOR, hatchColor } from '../../components/hatch-colors'
import { HatchPattern } from '../../components/hatch-pattern'
import { useIdle } from '../../components/use-idle'
import { useElementWidth } from '../../components/use-element-width'
import {
  OTHER_KEY,
  categoryRange,
  formatShare,
  seriesRange,
  shareOf,
  type Breakdown,
  type BreakdownCategory,
} from '../../domain/charts/chart-data'
import { breakdownKey } from '../../domain/charts/chart-text'
import { formatPercent } from '../../domain/format/percent'
import type { Dataset } from '../../domain/dataset/types'
import { Swatch } from './chart-swatches'
import { AXIS_HEIGHT, BottomAxis, GridLines, LeftAxis } from '../../components/chart-axes'
import { ChartTooltip } from './chart-tooltip'
import { SHARE_TICKS, maxOf, niceTicks } from '../../domain/charts/axis'
import { notFoundedSentence } from '../../domain/format/coverage'
import { barSegments, breakdownRows, breakdownTooltip, type BreakdownRow } from './chart-view'

const formatShareTick = (value: number) => formatPercent(value, 0)

/** Width a tooltip may need beside the pointer (its CSS max-width is 22rem). */
const TOOLTIP_ROOM = 360

/** Recharts clones this element with the hovered bar's payload. */
function BarTooltip({
  breakdown,
  measure,
  active,
  payload,
}: {
  breakdown: Breakdown
  measure: 'count' | 'share'
  active?: boolean
  payload?: readonly { payload?: unknown }[]
}) {
  const row = payload?.[0]?.payload as BreakdownRow | undefined
  return active && row ? <ChartTooltip text={breakdownTooltip(breakdown, row.series, measure)} /> : null
}

/**
 * One coalition's bar: each category's certain members solid, then its possible ones hatched in
 * the same hue. The parts of real categories are filter buttons for the mouse (the legend's buttons
 * are the same for the keyboard).
 */
function StackedBar({
  categories,
  colorOf,
  patternId,
  onCategory,
  clickable,
  ...bar
}: Partial<BarShapeProps> & {
  categories: readonly BreakdownCategory[]
  colorOf: (category: BreakdownCategory) => string
  patternId: (index: number) => string
  onCategory?: (key: string) => void
  clickable: (category: BreakdownCategory) => boolean
}) {
  const row = bar.payload as BreakdownRow | undefined
  const { x = 0, y = 0, width = 0, height = 0 } = bar
  if (!row || !(row.total > 0) || !(width > 0)) return null
  // Recharts hands the shape the whole bar's box (it clones this element with them); the value axis
  // starts at 0, so the bar's width over its total is the axis' scale.
  const scale = width / row.total
  return (
    <g>
      {barSegments(row, categories.length).map((segment) => {
        const category = categories[segment.category] as BreakdownCategory
        const color = colorOf(category)
        const toggle = clickable(category) ? () => onCategory?.(category.key) : undefined
        const certain = segment.part === 'certain'
        const left = x + segment.from * scale
        const length = (segment.to - segment.from) * scale
        return (
          // A path, as Recharts draws its own bars.
          <path
            key={`${segment.part}${segment.category}`}
            className={`charts-segment charts-segment--${segment.part}`}
            data-category={segment.category}
            d={`M${left},${y}h${length}v${height}h${-length}Z`}
            fill={certain ? color : `url(#${patternId(segment.category)})`}
            stroke={certain ? undefined : hatchColor(color)}
            cursor={toggle ? 'pointer' : undefined}
            onClick={toggle}
          />
        )
      })}
    </g>
  )
}

interface BreakdownChartProps {
  readonly dataset: Dataset
  readonly breakdown: Breakdown
  readonly measure: 'count' | 'share'
  readonly title: string
  /** `YYYY-MM-DD` of the day counted, for the key. */
  readonly asOf: string
  /** Keeps this chart's pattern ids apart from another chart's on the same page. */
  readonly idPrefix: string
  readonly colorOf: (category: BreakdownCategory) => string
  /** Makes the bars and legend entries of real categories (not Other/Unknown) filter buttons. */
  readonly onToggle?: (key: string) => void
  readonly isPressed?: (key: string) => boolean
}

/**
 * One horizontal bar per coalition, stacked by category, each category in two parts: its certain
 * members solid, then those possible but not certain hatched in the same hue. The legend doubles
 * as the category buttons; a key under it says what solid and hatched mean.
 */
export function BreakdownChart({
  dataset,
  breakdown,
  measure,
  title,
  asOf,
  idPrefix,
  colorOf,
  onToggle,
  isPressed,
}: BreakdownChartProps) {
  const [canvasRef, canvasWidth] = useElementWidth<HTMLDivElement>()
  const idle = useIdle()
  // Every prop handed to Recharts keeps its identity until what it says changes. Recharts' parts
  // report their props to its store in layout effects; a new array or element with the same content
  // is a report all the same, and each report renders the whole chart again within the same task.
  const rows = useMemo(() => breakdownRows(dataset, breakdown, measure), [dataset, breakdown, measure])
  const labelWidth = Math.min(
    200,
    maxOf(rows, (row) => row.label.length * 7 + 12, 70),
  )
  const labels = useMemo(() => rows.map((row) => row.label), [rows])
  const height = 56 + rows.length * 34
  const share = measure === 'share'
  const largest = share ? 1 : maxOf(breakdown.series, (series) => series.total, 0)
  const ticks = useMemo(() => (share ? [...SHARE_TICKS] : niceTicks(largest)), [share, largest])
  const clickable = useCallback(
    (category: BreakdownCategory) => onToggle !== undefined && category.colorIndex >= 0 && category.key !== OTHER_KEY,
    [onToggle],
  )
  const patternId = useCallback((index: number) => `charts-hatch-${idPrefix}-${index}`, [idPrefix])
  const shape = useMemo(
    () => (
      <StackedBar
        categories={breakdown.categories}
        colorOf={colorOf}
        patternId={patternId}
        onCategory={onToggle}
        clickable={clickable}
      />
    ),
    [breakdown.categories, colorOf, patternId, onToggle, clickable],
  )
  const tooltip = useMemo(() => <BarTooltip breakdown={breakdown} measure={measure} />, [breakdown, measure])
  const key = breakdownKey(asOf)
  return (
    <>
      <ul className="charts-legend" aria-label={`${title}: legend${onToggle ? ' and filter' : ''}`}>
        {breakdown.categories.map((category) => (
          <li key={category.key}>
            {clickable(category) ? (
              <button
                type="button"
                className="charts-legend__button"
                aria-pressed={isPressed?.(category.key) ?? false}
                onClick={() => onToggle?.(category.key)}
              >
                <Swatch color={colorOf(category)} />
                <bdi>{category.label}</bdi>
              </button>
            ) : (
              <span className="charts-legend__item">
                <Swatch color={colorOf(category)} />
                <bdi>{category.label}</bdi>
              </span>
            )}
          </li>
        ))}
      </ul>
      {breakdown.uncertainTotal > 0 ? (
        <ul className="charts-legend charts-legend--key" aria-label={`${title}: key`}>
          <li className="charts-legend__item">
            <Swatch color={KEY_COLOR} />
            {key.solid}
          </li>
          <li className="charts-legend__item">
            <Swatch color={KEY_COLOR} hatched />
            {key.hatched}
          </li>
        </ul>
      ) : null}
      {/* Drawn at the width a ResizeObserver reports, not with Recharts' `responsive`: that reads the
          container's size during the commit, which forces a layout of the whole page (250 ms on a large dataset). */}
      <div className="charts-canvas" aria-hidden="true" ref={canvasRef} style={{ minHeight: height }}>
        {canvasWidth > 0 ? (
          <BarChart
            layout="vertical"
            data={rows}
            width={canvasWidth}
            height={height}
            accessibilityLayer={false}
            margin={{ top: 4, right: 16, bottom: 4 + AXIS_HEIGHT, left: 4 + labelWidth }}
            barCategoryGap="22%"
          >
            {/* Inside the chart's own <svg>, so an exported copy carries its patterns. */}
            <defs>
              {breakdown.categories.map((category, index) => (
                <HatchPattern key={category.key} id={patternId(index)} color={hatchColor(colorOf(category))} />
              ))}
            </defs>
            {/* Grid lines and both axes are drawn here (components/chart-axes.tsx): Recharts' own measure labels with a
                page layout each, and report the ticks they drew with one more render of the chart. */}
            <GridLines axis="x" values={ticks} />
            <XAxis type="number" domain={[0, ticks.at(-1) ?? 1]} hide />
            <BottomAxis values={ticks} format={share ? formatShareTick : String} />
            <YAxis type="category" dataKey="series" hide />
            <LeftAxis labels={labels} />
            {/* Once the page is idle (use-idle.ts): mounted with the chart, it forced a layout of the whole page. */}
            {idle ? (
              <Tooltip
                content={tooltip}
                cursor={{ fillOpacity: 0.25 }}
                isAnimationActive={false}
                // Where the bars' area is narrower than a tooltip (a phone: the labels take half the
                // width), it starts at the chart's left edge; beside the pointer it ran off the page.
                position={canvasWidth - labelWidth < TOOLTIP_ROOM ? { x: 0 } : undefined}
              />
            ) : null}
            {/* One <Bar> for the whole stack, drawn part by part (chart-view.ts, barSegments). */}
            <Bar dataKey="total" className="charts-bar" isAnimationActive={false} shape={shape} />
          </BarChart>
        ) : null}
      </div>
    </>
  )
}

/**
 * The numbers drawn, as a table a screen reader can read: one row per coalition and category it
 * has members in, and one "All shown" row per coalition, each with its certain and possible
 * members (or their shares). Long rather than wide; on a narrow screen it scrolls in its own box,
 * which takes the keyboard focus so it can be scrolled without a mouse.
 */
export function BreakdownTable({
  breakdown,
  measure,
  caption,
  categoryHeading,
}: {
  breakdown: Breakdown
  measure: 'count' | 'share'
  caption: string
  categoryHeading: string
}) {
  // Rendered while open only: with 100 coalitions and their categories it was thousands of hidden
  // rows, drawn again on every change of filter or measure.
  const [open, setOpen] = useState(false)
  return (
    <details className="charts-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the data as a table</summary>
      {open ? (
        <BreakdownTableBody
          breakdown={breakdown}
          measure={measure}
          caption={caption}
          categoryHeading={categoryHeading}
        />
      ) : null}
    </details>
  )
}

function BreakdownTableBody({
  breakdown,
  measure,
  caption,
  categoryHeading,
}: {
  breakdown: Breakdown
  measure: 'count' | 'share'
  caption: string
  categoryHeading: string
}) {
  const cell = (count: number, base: number): ReactNode =>
    measure === 'share' ? formatShare(shareOf(count, base)) : count
  const share = measure === 'share'
  return (
    <>
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls sideways on a phone must take the focus, or a keyboard cannot scroll it */}
      <div className="charts-data__scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="charts-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Coalition</th>
              <th scope="col">{categoryHeading}</th>
              <th scope="col">{share ? 'Certain share' : 'Certain'}</th>
              <th scope="col">{share ? 'Possible share' : 'Possible'}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.series.flatMap((series) => [
              ...breakdown.categories
                .filter((category) => (series.counts[category.key] ?? 0) > 0)
                .map((category) => {
                  const range = categoryRange(series, category.key)
                  return (
                    <tr key={`${series.coalitionId}-${category.key}`}>
                      <th scope="row">
                        <bdi>{series.name}</bdi>
                      </th>
                      <td>
                        <bdi>{category.label}</bdi>
                        {category.grouped ? ` (${category.grouped.length})` : ''}
                      </td>
                      <td>{cell(range.certain, series.base)}</td>
                      <td>{cell(range.possible, series.base)}</td>
                    </tr>
                  )
                }),
              <tr key={`${series.coalitionId}-all`} className="charts-table__total">
                <th scope="row">
                  <bdi>{series.name}</bdi>
                </th>
                <td>All shown</td>
                {series.notFoundedUntil ? (
                  <td colSpan={2}>{notFoundedSentence(series.notFoundedUntil)}</td>
                ) : (
                  <>
                    <td>{cell(seriesRange(series).certain, series.base)}</td>
                    <td>{cell(series.total, series.base)}</td>
                  </>
                )}
              </tr>,
            ])}
          </tbody>
        </table>
      </div>
    </>
  )
}
