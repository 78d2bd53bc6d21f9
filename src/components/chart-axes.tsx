import type { ReactElement } from 'react'
import { ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'

// Grid lines and axes drawn from the axis' scale, inside a Recharts chart whose own axes are hidden
// (<XAxis hide>, <YAxis hide>: they still give the scale). Recharts' own parts each report to the
// chart's store after they render, and every report renders the whole chart again in the same task:
// - a <ReferenceLine> reports itself in an effect that runs on every render;
// - a shown axis reports the ticks it drew whenever they move (a change of measure, a search that
//   drops a coalition): one more render of every bar. bench-profile at 100,000 memberships, a search
//   keystroke: three commits of the sector chart with Recharts' axes, two with these.
// Not CartesianGrid either: with the axis' own tick rules it measures labels in the page.

/** What a category label is handed: the point Recharts would hand its own tick, and the label. */
export interface TickProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly payload?: { readonly value?: unknown }
}

/** Under everything else the chart draws (Recharts' own layers start at 0 and above). */
const BEHIND_MARKS = -100

/** Recharts' defaults, so a drawn axis sits where its own would: the bottom axis' height, tick length and the gap after a tick. */
export const AXIS_HEIGHT = 30
const TICK_SIZE = 6
const TICK_MARGIN = 2

/** Dashed grid lines at given axis values, across the plot area. */
export function GridLines({ axis, values }: { axis: 'x' | 'y'; values: readonly number[] }) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const area = usePlotArea()
  const scale = axis === 'x' ? xScale : yScale
  if (!scale || !area) return null
  return (
    <ZIndexLayer zIndex={BEHIND_MARKS}>
      <g className="charts-gridline">
        {values.map((value) => {
          const at = scale(value)
          if (at === undefined || !Number.isFinite(at)) return null
          return axis === 'x' ? (
            <line key={value} x1={at} x2={at} y1={area.y} y2={area.y + area.height} />
          ) : (
            <line key={value} x1={area.x} x2={area.x + area.width} y1={at} y2={at} />
          )
        })}
      </g>
    </ZIndexLayer>
  )
}

/**
 * A bottom value axis (line, tick marks, labels) at given values. The chart keeps AXIS_HEIGHT of
 * bottom margin for it, the room its own axis would have taken.
 */
export function BottomAxis({
  values,
  format,
  className = '',
}: {
  values: readonly number[]
  format: (value: number) => string
  className?: string
}) {
  const scale = useXAxisScale()
  const area = usePlotArea()
  if (!scale || !area) return null
  const y = area.y + area.height
  return (
    <g className={`recharts-cartesian-axis recharts-xAxis xAxis ${className}`}>
      <line className="recharts-cartesian-axis-line" x1={area.x} x2={area.x + area.width} y1={y} y2={y} />
      <g className="recharts-cartesian-axis-ticks">
        {values.map((value) => {
          const at = scale(value)
          if (at === undefined || !Number.isFinite(at)) return null
          return (
            <g key={value} className="recharts-cartesian-axis-tick">
              <line className="recharts-cartesian-axis-tick-line" x1={at} x2={at} y1={y} y2={y + TICK_SIZE} />
              <text
                x={at}
                y={y + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
                className="recharts-text recharts-cartesian-axis-tick-value"
              >
                {format(value)}
              </text>
            </g>
          )
        })}
      </g>
    </g>
  )
}

/** A category label ending 6 px short of the tick's point, in one line. */
function PlainCategoryTick({ x, y, payload }: TickProps) {
  return (
    <text x={Number(x) - 6} y={Number(y)} dy="0.35em" textAnchor="end" className="recharts-cartesian-axis-tick-value">
      {String(payload?.value ?? '')}
    </text>
  )
}

/**
 * A left category axis for a <YAxis type="category" hide> whose dataKey is each row's index: labels
 * may repeat (two coalitions with one short name), indexes do not. `tick` draws a label at the point
 * Recharts would hand its own tick. The chart keeps the labels' width as left margin.
 */
export function LeftAxis({
  labels,
  tick: Tick = PlainCategoryTick,
  tickLines = false,
  className = '',
}: {
  labels: readonly string[]
  tick?: (props: TickProps) => ReactElement | null
  tickLines?: boolean
  className?: string
}) {
  const scale = useYAxisScale()
  const area = usePlotArea()
  if (!scale || !area) return null
  const x = area.x - TICK_SIZE - TICK_MARGIN
  return (
    <g className={`recharts-cartesian-axis recharts-yAxis yAxis ${className}`}>
      <line className="recharts-cartesian-axis-line" x1={area.x} x2={area.x} y1={area.y} y2={area.y + area.height} />
      <g className="recharts-cartesian-axis-ticks">
        {labels.map((label, index) => {
          const at = scale(index, { position: 'middle' })
          if (at === undefined || !Number.isFinite(at)) return null
          return (
            <g key={index} className="recharts-cartesian-axis-tick">
              {tickLines ? (
                <line
                  className="recharts-cartesian-axis-tick-line"
                  x1={area.x - TICK_SIZE}
                  x2={area.x}
                  y1={at}
                  y2={at}
                />
              ) : null}
              <Tick x={x} y={at} payload={{ value: label }} />
            </g>
          )
        })}
      </g>
    </g>
  )
}

/** A left value axis (line, tick marks, labels) at given values; the chart keeps `width` of left margin for it. */
export function LeftValueAxis({ values, format }: { values: readonly number[]; format: (value: number) => string }) {
  const scale = useYAxisScale()
  const area = usePlotArea()
  if (!scale || !area) return null
  return (
    <g className="recharts-cartesian-axis recharts-yAxis yAxis">
      <line className="recharts-cartesian-axis-line" x1={area.x} x2={area.x} y1={area.y} y2={area.y + area.height} />
      <g className="recharts-cartesian-axis-ticks">
        {values.map((value) => {
          const at = scale(value)
          if (at === undefined || !Number.isFinite(at)) return null
          return (
            <g key={value} className="recharts-cartesian-axis-tick">
              <line className="recharts-cartesian-axis-tick-line" x1={area.x - TICK_SIZE} x2={area.x} y1={at} y2={at} />
              <text
                x={area.x - TICK_SIZE - TICK_MARGIN}
                y={at}
                dy="0.355em"
                textAnchor="end"
                className="recharts-text recharts-cartesian-axis-tick-value"
              >
                {format(value)}
              </text>
            </g>
          )
        })}
      </g>
    </g>
  )
}
