import { useState } from 'react'
import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { TimelineRow, TimelineSeries } from '../../domain/charts/chart-data'
import { formatChangeDay } from '../../domain/charts/chart-text'
import { dayToIso } from '../../domain/dataset/dates'
import { formatIsoDay } from '../../domain/format/dates'
import { coalitionColor, coalitionDash } from './chart-palettes'
import { niceTicks, yearTicks } from './chart-view'

interface TimelineChartProps {
  readonly series: readonly TimelineSeries[]
  readonly rows: readonly TimelineRow[]
  readonly domain: { start: number; end: number }
  readonly asOfDay: number
}

/** One step line per coalition; hollow dots mark changes whose date is known only to the month or year. */
export function TimelineChart({ series, rows, domain, asOfDay }: TimelineChartProps) {
  const data = rows.map((row) => {
    const point: Record<string, number | boolean | null> = { day: row.day }
    series.forEach((item, index) => {
      // Before its first change a coalition with no undated members has no line at all, not a line at zero.
      const before = item.initial.possible === 0 && row.day < (item.points[0]?.day ?? Number.POSITIVE_INFINITY)
      point[`c${index}`] = before ? null : (row.counts[item.coalitionId] ?? 0)
    })
    return point
  })
  // Near the right edge the label goes to the line's left, so it is never cut off.
  const countTicks = niceTicks(Math.max(0, ...series.flatMap((item) => item.points.map((point) => point.possible)), ...series.map((item) => item.initial.possible)))
  const labelOnLeft = asOfDay > (domain.start + domain.end) / 2
  return (
    <div className="charts-canvas" aria-hidden="true">
      <LineChart data={data} width="100%" height={340} responsive accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 4, left: 0 }}>
        {countTicks.map((tick) => (
          <ReferenceLine key={tick} y={tick} className="charts-gridline" zIndex={-100} />
        ))}
        <XAxis type="number" dataKey="day" domain={[domain.start, domain.end]} ticks={yearTicks(domain)} interval={0} tickFormatter={(day: number) => dayToIso(day).slice(0, 4)} allowDataOverflow />
        <YAxis allowDecimals={false} width={44} domain={[0, countTicks.at(-1) ?? 1]} ticks={countTicks} interval={0} />
        <Tooltip labelFormatter={(day) => formatIsoDay(dayToIso(Number(day)))} isAnimationActive={false} />
        <ReferenceLine x={asOfDay} className="charts-asof" ifOverflow="extendDomain" label={{ value: `As of ${formatIsoDay(dayToIso(asOfDay))}`, position: labelOnLeft ? 'insideTopRight' : 'insideTopLeft', className: 'charts-asof__label' }} />
        {series.map((item, index) => (
          <Line
            key={item.coalitionId}
            type="stepAfter"
            dataKey={`c${index}`}
            name={item.name}
            stroke={coalitionColor(index)}
            strokeWidth={2.5}
            strokeDasharray={coalitionDash(index) || undefined}
            isAnimationActive={false}
            activeDot={false}
            dot={false}
          />
        ))}
      </LineChart>
    </div>
  )
}

/** The table opens with at most this many changes; the chart's CSV download holds them all. */
const TABLE_LIMIT = 500

/** Every change, as a table: the date as precisely as it is known, the coalition, and its members from then on.
 *  Rows are rendered only while the table is open: a large dataset has tens of thousands of changes. */
export function TimelineTable({ series, caption }: { series: readonly TimelineSeries[]; caption: string }) {
  const [open, setOpen] = useState(false)
  const total = series.reduce((sum, item) => sum + item.points.length, 0)
  const rows = open
    ? series.flatMap((item) => item.points.map((point) => ({ item, point }))).slice(0, TABLE_LIMIT)
    : []
  return (
    <details className="charts-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the data as a table</summary>
      {open ? (
        <div className="charts-data__scroll">
          <table className="charts-table">
            <caption>
              {caption}
              {total > rows.length ? ` The first ${rows.length} of ${total} changes are shown; Download CSV has them all.` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Coalition</th>
                <th scope="col">Date</th>
                <th scope="col">Joined</th>
                <th scope="col">Left</th>
                <th scope="col">Members</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, point }) => (
                <tr key={`${item.coalitionId}-${point.day}`}>
                  <th scope="row">{item.name}</th>
                  <td>{formatChangeDay(point.day, 'day')}</td>
                  <td>{point.joins}</td>
                  <td>{point.departures}</td>
                  <td>{point.possible}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  )
}
