import { useMemo, useState } from 'react'
import { ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts'
import { KEY_COLOR, hatchColor } from '../../components/hatch-colors'
import { HatchPattern } from '../../components/hatch-pattern'
import { AXIS_HEIGHT, BottomAxis, GridLines, LeftValueAxis } from '../../components/chart-axes'
import { useIdle } from '../../components/use-idle'
import { useElementWidth } from '../../components/use-element-width'
import type { TimelineRow, TimelineSeries } from '../../domain/charts/chart-data'
import { TIMELINE_KEY } from '../../domain/charts/chart-text'
import { dayToIso } from '../../domain/dataset/dates'
import { formatDay } from '../../domain/format/dates'
import { coalitionColor, coalitionDash } from './chart-palettes'
import { LineSwatch, Swatch } from './chart-swatches'
import { ChartTooltip } from './chart-tooltip'
import { niceTicks, yearTicks } from '../../domain/charts/axis'
import { timelinePaths, timelineTooltip } from './chart-view'

interface TimelineChartProps {
  readonly series: readonly TimelineSeries[]
  readonly rows: readonly TimelineRow[]
  readonly domain: { start: number; end: number }
  readonly asOfDay: number
}

/** The legend: one line per coalition, then (when some counts are ranges) what the line and the band mean. */
export function TimelineLegend({ series, title }: { series: readonly TimelineSeries[]; title: string }) {
  return (
    <>
      <ul className="charts-legend" aria-label={`${title}: legend`}>
        {series.map((item, index) => (
          <li key={item.coalitionId}>
            <span className="charts-legend__item">
              <LineSwatch color={coalitionColor(index)} dash={coalitionDash(index)} />
              <bdi>{item.name}</bdi>
            </span>
          </li>
        ))}
      </ul>
      {series.some((item) => item.uncertain) ? (
        <ul className="charts-legend charts-legend--key" aria-label={`${title}: key`}>
          <li className="charts-legend__item">
            <LineSwatch color={KEY_COLOR} dash="" />
            {TIMELINE_KEY.line}
          </li>
          <li className="charts-legend__item">
            <Swatch color={KEY_COLOR} hatched />
            {TIMELINE_KEY.band}
          </li>
        </ul>
      ) : null}
    </>
  )
}

/** Recharts clones this element with the hovered day as its label. */
function DayTooltip({
  series,
  active,
  label,
}: {
  series: readonly TimelineSeries[]
  active?: boolean
  label?: unknown
}) {
  return active && label !== undefined ? <ChartTooltip text={timelineTooltip(series, Number(label))} /> : null
}

const zero = () => 0
const yearOf = (day: number) => dayToIso(day).slice(0, 4)
/** The count axis' room: Recharts' default y axis width with nothing on the chart's left. */
const AXIS_WIDTH = 44

/** Every coalition's band, then every line over them, at the chart's own scales. */
function TimelineMarks({
  series,
  rows,
  patternId,
}: {
  series: readonly TimelineSeries[]
  rows: readonly TimelineRow[]
  patternId: (index: number) => string
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  // Recharts renders the chart two or three times per update with the same scales (they are
  // immutable: a new scale is a new object), and a large dataset's paths took 4–55 ms each time.
  const paths = useMemo(() => (x && y ? timelinePaths(series, rows, x, y) : null), [series, rows, x, y])
  if (!paths) return null
  return (
    <g className="charts-marks">
      {paths.map((path, index) =>
        path.band === null ? null : (
          <path
            key={`${series[index]?.coalitionId}-band`}
            className="charts-band"
            d={path.band}
            fill={`url(#${patternId(index)})`}
            stroke={hatchColor(coalitionColor(index))}
            strokeWidth={1}
          />
        ),
      )}
      {paths.map((path, index) => (
        <path
          key={series[index]?.coalitionId}
          className="charts-line"
          d={path.line}
          fill="none"
          stroke={coalitionColor(index)}
          strokeWidth={2.5}
          strokeDasharray={coalitionDash(index) || undefined}
        />
      ))}
    </g>
  )
}

/**
 * Per coalition, a step line of its certain members and, above it, a hatched band up to its
 * possible members: where a start or end is known only to a month, a year or a window, the band
 * opens on the window's first day and closes on its last.
 */
const TIMELINE_HEIGHT = 340

export function TimelineChart({ series, rows, domain, asOfDay }: TimelineChartProps) {
  const [canvasRef, canvasWidth] = useElementWidth<HTMLDivElement>()
  const idle = useIdle()
  // A loop, not Math.max(...points): a large dataset has more changes than a call takes arguments.
  let top = 0
  for (const item of series) {
    top = Math.max(top, item.initial.possible)
    for (const point of item.points) top = Math.max(top, point.possible)
  }
  // Kept while their values are: a new array is a new report to Recharts' store (breakdown-chart.tsx).
  const countTicks = useMemo(() => niceTicks(top), [top])
  const years = useMemo(() => yearTicks(domain), [domain])
  // Near the right edge the label goes to the line's left, so it is never cut off.
  const labelOnLeft = asOfDay > (domain.start + domain.end) / 2
  const patternId = (index: number) => `charts-hatch-timeline-${index}`
  return (
    // At the width a ResizeObserver reports: Recharts' `responsive` forces a layout of the whole page (see BreakdownChart).
    <div className="charts-canvas" aria-hidden="true" ref={canvasRef} style={{ minHeight: TIMELINE_HEIGHT }}>
      {canvasWidth > 0 ? (
        <ComposedChart
          data={rows as TimelineRow[]}
          width={canvasWidth}
          height={TIMELINE_HEIGHT}
          accessibilityLayer={false}
          margin={{ top: 24, right: 24, bottom: 4 + AXIS_HEIGHT, left: AXIS_WIDTH }}
        >
          <defs>
            {series.map((item, index) => (
              // Neighbouring coalitions' bands lean opposite ways, so where two overlap both stay readable.
              <HatchPattern
                key={item.coalitionId}
                id={patternId(index)}
                color={hatchColor(coalitionColor(index))}
                angle={index % 2 ? -45 : 45}
              />
            ))}
          </defs>
          <GridLines axis="y" values={countTicks} />
          {/* Both axes are drawn here, not by Recharts (components/chart-axes.tsx). */}
          <XAxis type="number" dataKey="day" domain={[domain.start, domain.end]} allowDataOverflow hide />
          <BottomAxis values={years} format={yearOf} />
          <YAxis allowDecimals={false} domain={[0, countTicks.at(-1) ?? 1]} hide />
          <LeftValueAxis values={countTicks} format={String} />
          {/* Once the page is idle (use-idle.ts): mounted with the chart, it forced a layout of the whole page. */}
          {idle ? <Tooltip content={<DayTooltip series={series} />} isAnimationActive={false} /> : null}
          <ReferenceLine
            x={asOfDay}
            className="charts-asof"
            ifOverflow="extendDomain"
            label={{
              value: `As of ${formatDay(asOfDay)}`,
              position: labelOnLeft ? 'insideTopRight' : 'insideTopLeft',
              className: 'charts-asof__label',
            }}
          />
          <TimelineMarks series={series} rows={rows} patternId={patternId} />
          {/* Drawn by TimelineMarks. This unstroked line along zero is what gives Recharts' y axis and tooltip
              something to follow (a hidden one takes the y axis away). */}
          <Line
            dataKey={zero}
            stroke="none"
            legendType="none"
            dot={false}
            activeDot={false}
            tooltipType="none"
            isAnimationActive={false}
          />
        </ComposedChart>
      ) : null}
    </div>
  )
}

/** The table opens with at most this many changes; the chart's CSV download holds them all. */
const TABLE_LIMIT = 500

/**
 * Every change, as a table: the day, the coalition, the windows opening (joins) and closing
 * (departures) on it, and its certain and possible members from then on. Rows are rendered only
 * while the table is open: a large dataset has tens of thousands of changes.
 */
export function TimelineTable({ series, caption }: { series: readonly TimelineSeries[]; caption: string }) {
  const [open, setOpen] = useState(false)
  const total = series.reduce((sum, item) => sum + item.points.length, 0)
  const rows = open ? series.flatMap((item) => item.points.map((point) => ({ item, point }))).slice(0, TABLE_LIMIT) : []
  return (
    <details className="charts-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the data as a table</summary>
      {open ? (
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls sideways on a phone must take the focus, or a keyboard cannot scroll it
        <div className="charts-data__scroll" tabIndex={0} role="group" aria-label={caption}>
          <table className="charts-table">
            <caption>
              {caption}
              {total > rows.length
                ? ` The first ${rows.length} of ${total} changes are shown; Download CSV has them all.`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Coalition</th>
                <th scope="col">Date</th>
                <th scope="col">Certain</th>
                <th scope="col">Possible</th>
                <th scope="col">Joins</th>
                <th scope="col">Departures</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, point }) => (
                <tr key={`${item.coalitionId}-${point.day}`}>
                  <th scope="row">
                    <bdi>{item.name}</bdi>
                  </th>
                  <td>{formatDay(point.day)}</td>
                  <td>{point.certain}</td>
                  <td>{point.possible}</td>
                  <td>{point.joins}</td>
                  <td>{point.departures}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  )
}
