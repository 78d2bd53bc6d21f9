import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import { AXIS_HEIGHT, BottomAxis, LeftAxis, type TickProps } from '../../components/chart-axes'
import { ChartFigure } from '../../components/chart-figure'
import { comparisonSourceIds, sectorShares, type Comparison } from '../../domain/compare/coalitions'
import { exportFooter } from '../../domain/export/export-footer'
import type { Dataset } from '../../domain/dataset/types'
import { shortRangeText } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { formatPercent } from '../../domain/format/percent'
import { maxOf, shareTicksUpTo, wrapLabel } from '../../domain/charts/axis'
import { COLOR_A, COLOR_B, fileBase } from './compare-format'
import { useElementWidth } from '../../components/use-element-width'
import { isolate } from '../../domain/format/isolate'
import { currentAddress } from '../../store/address-write'

interface Props {
  readonly dataset: Dataset
  readonly comparison: Comparison
  readonly asOf: string
  readonly dateText: string
}

interface Row {
  /** The row's place: the category axis' key (labels may repeat). */
  readonly index: number
  readonly label: string
  readonly a: number
  readonly b: number
  readonly aShare: number
  readonly bShare: number
}

/** Per sector, the share of A's members against the share of B's, as paired bars. */
export function CompareSectorChart({ dataset, comparison, asOf, dateText }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>()
  const { a, b, counts, notFoundedUntil } = comparison
  const rows = useMemo<Row[]>(
    () =>
      sectorShares(comparison).map((share, index) => ({
        index,
        label: share.sector.label,
        a: share.a,
        b: share.b,
        aShare: share.aShare,
        bShare: share.bShare,
      })),
    [comparison],
  )
  const empty =
    rows.length === 0 ? `Neither ${isolate(a.name)} nor ${isolate(b.name)} has any members on ${dateText}.` : null
  const unit = comparison.family ? 'organizations or families' : 'organizations'
  return (
    <ChartFigure
      className="compare-sectors"
      title={`Sector make-up: ${isolate(a.name)} vs ${isolate(b.name)}`}
      subtitle={`Share of each coalition’s members in each sector, as of ${dateText}, counting every possible member (${isolate(a.name)}: ${
        notFoundedUntil.a ? notFoundedPhrase(notFoundedUntil.a) : shortRangeText(counts.a)
      }, ${isolate(b.name)}: ${notFoundedUntil.b ? notFoundedPhrase(notFoundedUntil.b) : `${shortRangeText(counts.b)} ${unit}`}).`}
      fileBase={fileBase(['coalition-atlas', 'sector-make-up', a.name, 'vs', b.name, asOf])}
      footer={() => exportFooter(dataset, currentAddress(), comparisonSourceIds(comparison))}
      csv={() => ({
        header: ['sector', `${a.name} members`, `${a.name} share`, `${b.name} members`, `${b.name} share`],
        rows: rows.map((row) => [row.label, row.a, round(row.aShare), row.b, round(row.bShare)]),
      })}
      empty={empty}
      summary={
        <details className="compare-details">
          <summary>Show the numbers</summary>
          <div className="compare-table-wrap">
            <table className="compare-table">
              <caption className="visually-hidden">
                Members per sector, {a.name} and {b.name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Sector</th>
                  <th scope="col">{a.name}</th>
                  <th scope="col">{b.name}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{notFoundedUntil.a ? 'not founded yet' : `${row.a} (${formatPercent(row.aShare)})`}</td>
                    <td>{notFoundedUntil.b ? 'not founded yet' : `${row.b} (${formatPercent(row.bShare)})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      }
    >
      <div ref={ref} className="compare-sectors__chart">
        {width > 0 ? <SectorBars rows={rows} width={width} aName={a.name} bName={b.name} /> : null}
      </div>
    </ChartFigure>
  )
}

const round = (value: number) => Math.round(value * 10_000) / 10_000

const ROW_HEIGHT = 46
const noLines = (): number[] => []
const formatTick = (value: number) => formatPercent(value, 0)
const LEGEND_HEIGHT = 46

function SectorBars({
  rows,
  width,
  aName,
  bName,
}: {
  rows: readonly Row[]
  width: number
  aName: string
  bName: string
}) {
  const axisWidth = width < 480 ? 104 : 170
  const height = rows.length * ROW_HEIGHT + LEGEND_HEIGHT + 36
  const max = maxOf(rows, (row) => Math.max(row.aShare, row.bShare), 0.05)
  const top = Math.min(1, Math.ceil(max * 10) / 10)
  const ticks = shareTicksUpTo(top)
  const labels = useMemo(() => rows.map((row) => row.label), [rows])
  const maxChars = Math.floor(axisWidth / 7)
  const tick = useMemo(() => (props: TickProps) => <SectorTick {...props} maxChars={maxChars} />, [maxChars])
  return (
    <BarChart
      width={width}
      height={height}
      data={rows as Row[]}
      layout="vertical"
      margin={{ top: LEGEND_HEIGHT, right: 44, bottom: 4 + AXIS_HEIGHT, left: 4 + axisWidth }}
      barGap={2}
      barCategoryGap="18%"
      accessibilityLayer={false}
    >
      {/* Vertical lines at the given ticks and no horizontal ones: left to itself the grid works out
          both sets, even one it does not draw, by measuring every axis label in the page. */}
      <CartesianGrid
        horizontal={false}
        horizontalCoordinatesGenerator={noLines}
        // The plot's right edge too, as the grid draws it by default.
        verticalValues={ticks.includes(top) ? ticks : [...ticks, top]}
        className="compare-chart__grid"
      />
      {/* Both axes are drawn here, not by Recharts (components/chart-axes.tsx). */}
      <XAxis type="number" domain={[0, top]} hide />
      <BottomAxis values={ticks} format={formatTick} className="compare-chart__axis" />
      <YAxis type="category" dataKey="index" hide />
      <LeftAxis labels={labels} tick={tick} tickLines className="compare-chart__axis" />
      <Bar
        dataKey="aShare"
        name={aName}
        fill={COLOR_A}
        isAnimationActive={false}
        label={{ position: 'right', formatter: labelFormatter, className: 'compare-chart__value' }}
      />
      <Bar
        dataKey="bShare"
        name={bName}
        fill={COLOR_B}
        isAnimationActive={false}
        label={{ position: 'right', formatter: labelFormatter, className: 'compare-chart__value' }}
      />
      <g className="compare-chart__legend">
        <rect x={8} y={6} width={12} height={12} rx={2} fill={COLOR_A} />
        <text x={26} y={17}>
          {aName}
        </text>
        <rect x={8} y={26} width={12} height={12} rx={2} fill={COLOR_B} />
        <text x={26} y={37}>
          {bName}
        </text>
      </g>
    </BarChart>
  )
}

function labelFormatter(value: unknown): string {
  return typeof value === 'number' ? formatPercent(value, 0) : ''
}

/** Sector names wrap onto at most three lines; Recharts' own wrapping measures text in ways the CSP forbids. */
function SectorTick({ x = 0, y = 0, payload, maxChars }: TickProps & { maxChars: number }) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars)
  const lineHeight = 13
  const start = Number(y) - ((lines.length - 1) * lineHeight) / 2
  return (
    <text x={Number(x) - 6} y={start} textAnchor="end" dominantBaseline="central" className="compare-chart__tick">
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x) - 6} y={start + index * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
