import type { ReactElement, ReactNode } from 'react'
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

interface PlotArea {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** One tick of a drawn axis: where it falls along the axis (px), and its label, already placed. */
interface DrawnTick {
  readonly key: string | number
  readonly at: number
  readonly label: ReactNode
}

/** Where the scale puts each item, leaving out those it cannot place (outside a category domain, not finite). */
function placed<T>(items: readonly T[], place: (item: T, index: number) => number | undefined) {
  const ticks: { item: T; index: number; at: number }[] = []
  items.forEach((item, index) => {
    const at = place(item, index)
    if (at !== undefined && Number.isFinite(at)) ticks.push({ item, index, at })
  })
  return ticks
}

/** The line along a side of the plot area, a tick mark per tick (when asked), and the labels, with Recharts' classes. */
function DrawnAxis({
  side,
  area,
  ticks,
  tickLines,
  className,
}: {
  side: 'bottom' | 'left'
  area: PlotArea
  ticks: readonly DrawnTick[]
  tickLines: boolean
  className: string
}) {
  const bottom = side === 'bottom'
  const edge = bottom ? area.y + area.height : area.x
  return (
    <g className={`recharts-cartesian-axis ${bottom ? 'recharts-xAxis xAxis' : 'recharts-yAxis yAxis'} ${className}`}>
      {bottom ? (
        <line className="recharts-cartesian-axis-line" x1={area.x} x2={area.x + area.width} y1={edge} y2={edge} />
      ) : (
        <line className="recharts-cartesian-axis-line" x1={edge} x2={edge} y1={area.y} y2={area.y + area.height} />
      )}
      <g className="recharts-cartesian-axis-ticks">
        {ticks.map(({ key, at, label }) => (
          <g key={key} className="recharts-cartesian-axis-tick">
            {!tickLines ? null : bottom ? (
              <line className="recharts-cartesian-axis-tick-line" x1={at} x2={at} y1={edge} y2={edge + TICK_SIZE} />
            ) : (
              <line className="recharts-cartesian-axis-tick-line" x1={edge - TICK_SIZE} x2={edge} y1={at} y2={at} />
            )}
            {label}
          </g>
        ))}
      </g>
    </g>
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
  const y = area.y + area.height + TICK_SIZE + TICK_MARGIN
  const ticks = placed(values, (value) => scale(value)).map(({ item, at }) => ({
    key: item,
    at,
    label: (
      <text x={at} y={y} dy="0.71em" textAnchor="middle" className="recharts-text recharts-cartesian-axis-tick-value">
        {format(item)}
      </text>
    ),
  }))
  return <DrawnAxis side="bottom" area={area} ticks={ticks} tickLines className={className} />
}

/** A left value axis (line, tick marks, labels) at given values; the chart keeps its width as left margin. */
export function LeftValueAxis({ values, format }: { values: readonly number[]; format: (value: number) => string }) {
  const scale = useYAxisScale()
  const area = usePlotArea()
  if (!scale || !area) return null
  const x = area.x - TICK_SIZE - TICK_MARGIN
  const ticks = placed(values, (value) => scale(value)).map(({ item, at }) => ({
    key: item,
    at,
    label: (
      <text x={x} y={at} dy="0.355em" textAnchor="end" className="recharts-text recharts-cartesian-axis-tick-value">
        {format(item)}
      </text>
    ),
  }))
  return <DrawnAxis side="left" area={area} ticks={ticks} tickLines className="" />
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
  const ticks = placed(labels, (_label, index) => scale(index, { position: 'middle' })).map(({ item, index, at }) => ({
    key: index,
    at,
    label: <Tick x={x} y={at} payload={{ value: item }} />,
  }))
  return <DrawnAxis side="left" area={area} ticks={ticks} tickLines={tickLines} className={className} />
}
