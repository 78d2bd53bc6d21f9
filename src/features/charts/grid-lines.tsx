import { ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'

/** Under everything else the chart draws (Recharts' own layers start at 0 and above). */
const BEHIND_MARKS = -100

/**
 * Dashed grid lines at given axis values, across the plot area, drawn from the axis' scale.
 * Not Recharts' ReferenceLine: each one reports itself to the chart's store in an effect that runs
 * on every render, and every report renders the chart again. At a change of measure the sector
 * chart's five lines made three commits of the whole chart in the click's task (bench-profile,
 * `--action chart`). Not CartesianGrid either: with the axis' own tick rules it measures labels.
 */
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
