import { activateOnKeys } from '../../components/activate-keys'
import { ChartFigure } from '../../components/chart-figure'
import { comparisonSourceIds, type Comparison } from '../../domain/compare/coalitions'
import { fitVenn, regionAnchors, regionPaths, vennLayout, type VennRegion } from '../../domain/compare/venn'
import { exportFooter } from '../../domain/export/export-footer'
import type { Dataset } from '../../domain/dataset/types'
import { pluralRange, rangeText, shortRangeText } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { percentRangeText } from '../../domain/format/percent'
import type { ColumnKey } from './compare-columns'
import { COLOR_A, COLOR_B, coalitionLabel, fileBase } from './compare-format'
import { useElementWidth } from '../../components/use-element-width'
import { isolate } from '../../domain/format/isolate'
import { wrapLabel } from '../../domain/charts/axis'
import { currentAddress } from '../../store/address-write'

interface Props {
  readonly dataset: Dataset
  readonly comparison: Comparison
  readonly asOf: string
  readonly dateText: string
  readonly highlight: ColumnKey | null
  readonly onSelect: (key: ColumnKey) => void
}

/** Two circles whose areas are the member counts and whose overlap is the number shared. */
export function CompareVenn({ dataset, comparison, asOf, dateText, highlight, onSelect }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>()
  const { a, b, counts, notFoundedUntil } = comparison
  const ranged = [counts.onlyA, counts.both, counts.onlyB].some((range) => range.certain !== range.possible)
  const missing = notFoundedUntil.a
    ? { coalition: a, founded: notFoundedUntil.a }
    : notFoundedUntil.b
      ? { coalition: b, founded: notFoundedUntil.b }
      : null
  // Before a founding there are not two sets to draw.
  const empty = missing
    ? `${isolate(missing.coalition.name)} was ${notFoundedPhrase(missing.founded)}, so there is no overlap to draw on ${dateText}.`
    : counts.union.possible === 0
      ? `Neither ${isolate(a.name)} nor ${isolate(b.name)} has any members on ${dateText}.`
      : null
  const subtitle = [
    `As of ${dateText}.`,
    `Circle areas are to scale, drawn from every possible member (certain or not)${comparison.family ? '; corporate families counted once' : ''}.`,
    ranged
      ? 'Where a count is a range (1–2), the first number counts members certain on this date, the second every possible one; an uncertain member counts in the range of each region it may be in.'
      : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <ChartFigure
      className="compare-venn"
      title={`Members of ${isolate(a.name)} and ${isolate(b.name)}`}
      subtitle={subtitle}
      fileBase={fileBase(['coalition-atlas', 'venn', a.name, 'vs', b.name, asOf])}
      footer={() => exportFooter(dataset, currentAddress(), comparisonSourceIds(comparison))}
      csv={() => ({
        header: ['region', 'certain', 'possible'],
        rows: [
          [`Only in ${a.name}`, counts.onlyA.certain, counts.onlyA.possible],
          ['In both', counts.both.certain, counts.both.possible],
          [`Only in ${b.name}`, counts.onlyB.certain, counts.onlyB.possible],
        ],
      })}
      summary={
        // With nothing drawn, the sentence shown in its place says all there is.
        empty ? null : (
          <p className="visually-hidden">
            <bdi>{a.name}</bdi> has {pluralRange(counts.a, 'member', 'members')} and <bdi>{b.name}</bdi>{' '}
            {pluralRange(counts.b, 'member', 'members')}; {rangeText(counts.both)} in both, a Jaccard similarity of{' '}
            {percentRangeText(comparison.jaccardCertain, comparison.jaccard)}. Choose a region to go to its list.
          </p>
        )
      }
      empty={empty}
    >
      <div ref={ref} className="venn">
        {width > 0 ? (
          <VennSvg comparison={comparison} width={Math.min(width, 720)} highlight={highlight} onSelect={onSelect} />
        ) : null}
      </div>
    </ChartFigure>
  )
}

const LEGEND_LINE = 18
/** Average advance of a 13px legend character, for wrapping: names run long and SVG text does not wrap. */
const LEGEND_CHAR = 7.4
const OUTSIDE_ROW = 26
const INSIDE_MIN_WIDTH = 34
/** The label box of a count drawn inside its region ("12", "1–2"). */
const insideWidth = (text: string) => 14 + text.length * 9

function VennSvg({
  comparison,
  width,
  highlight,
  onSelect,
}: {
  comparison: Comparison
  width: number
  highlight: ColumnKey | null
  onSelect: (key: ColumnKey) => void
}) {
  const { a, b, counts } = comparison
  const circlesHeight = Math.round(Math.min(300, Math.max(200, width * 0.45)))
  const fitted = fitVenn(
    vennLayout(counts.a.possible, counts.b.possible, counts.both.possible),
    width,
    circlesHeight,
    6,
  )
  // Each coalition's key, wrapped to the figure's width (at 360 px one line ran out of the picture).
  const legendChars = Math.max(16, Math.floor((width - 26) / LEGEND_CHAR))
  const legendOf = (coalition: typeof a, range: typeof counts.a) =>
    wrapLabel(
      `${isolate(width < 480 ? coalitionLabel(coalition) : coalition.name)}: ${pluralRange(range, 'member', 'members')}`,
      legendChars,
    )
  const legendA = legendOf(a, counts.a)
  const legendB = legendOf(b, counts.b)
  const legendTopB = 6 + legendA.length * LEGEND_LINE + 4
  const legendHeight = legendTopB + legendB.length * LEGEND_LINE + 4
  const circleA = { ...fitted.a, cy: fitted.a.cy + legendHeight }
  const circleB = { ...fitted.b, cy: fitted.b.cy + legendHeight }
  const cy = circleA.cy
  const paths = regionPaths(circleA, circleB)
  const anchors = regionAnchors(circleA, circleB)
  const regions: { key: VennRegion; name: string; short: string; count: string; spoken: string }[] = (
    ['onlyA', 'both', 'onlyB'] as const
  ).map((key) => ({
    key,
    name: key === 'both' ? 'In both' : `Only in ${isolate(key === 'onlyA' ? a.name : b.name)}`,
    short: key === 'both' ? 'Both' : `Only ${coalitionLabel(key === 'onlyA' ? a : b)}`,
    count: shortRangeText(counts[key]),
    spoken: rangeText(counts[key]),
  }))

  // A count that does not fit inside its region goes below the circles, named, one row each, with a
  // leader line to where the region is (or would be).
  const outside = regions.filter(
    (region) =>
      !(paths[region.key] !== '' && anchors[region.key].width >= Math.max(INSIDE_MIN_WIDTH, insideWidth(region.count))),
  )
  const height = legendHeight + circlesHeight + 8 + outside.length * OUTSIDE_ROW
  const placed = new Map<VennRegion, { x: number; y: number; text: string }>()
  outside.forEach((region, row) => {
    const text = `${region.short}: ${region.count}`
    const half = (14 + text.length * 7.4) / 2
    const wanted = Number.isNaN(anchors[region.key].x) ? width / 2 : anchors[region.key].x
    placed.set(region.key, {
      x: Math.min(width - half - 2, Math.max(half + 2, wanted)),
      y: legendHeight + circlesHeight + 8 + row * OUTSIDE_ROW + OUTSIDE_ROW / 2,
      text,
    })
  })

  return (
    <svg
      className="venn__svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Venn diagram; each region is a button"
    >
      <g className="venn__legend" aria-hidden="true">
        {(
          [
            [legendA, 6, COLOR_A],
            [legendB, legendTopB, COLOR_B],
          ] as const
        ).map(([lines, top, color]) => (
          <g key={color}>
            <rect x={4} y={top} width={12} height={12} rx={2} fill={color} />
            <text className="venn__legend-text">
              {lines.map((line, index) => (
                <tspan key={index} x={22} y={top + 11 + index * LEGEND_LINE}>
                  {/* A space ends each line but the last, so the text reads (and copies) as written. */}
                  {index < lines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
      {regions.map((region) => {
        const path = paths[region.key]
        const outsideLabel = placed.get(region.key)
        const x = outsideLabel ? outsideLabel.x : anchors[region.key].x
        const y = outsideLabel ? outsideLabel.y : cy
        const text = outsideLabel ? outsideLabel.text : region.count
        const boxWidth = outsideLabel ? 14 + text.length * 7.4 : insideWidth(text)
        const anchorX = anchors[region.key].x
        return (
          <g
            key={region.key}
            className={`venn__region${highlight === region.key ? ' venn__region--active' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={`${region.name}: ${region.spoken}`}
            onClick={() => onSelect(region.key)}
            onKeyDown={activateOnKeys<SVGGElement>(() => onSelect(region.key))}
          >
            {path && region.key !== 'onlyB' ? (
              <path d={path} fill={COLOR_A} fillOpacity={0.3} fillRule="evenodd" />
            ) : null}
            {path && region.key !== 'onlyA' ? (
              <path d={path} fill={COLOR_B} fillOpacity={0.3} fillRule="evenodd" />
            ) : null}
            {path ? <path d={path} className="venn__hit" fillRule="evenodd" /> : null}
            {outsideLabel && !Number.isNaN(anchorX) ? (
              <line className="venn__leader" x1={anchorX} y1={cy} x2={anchorX} y2={y - 11} />
            ) : null}
            <rect className="venn__label-box" x={x - boxWidth / 2} y={y - 11} width={boxWidth} height={22} rx={5} />
            <text
              className={outsideLabel ? 'venn__count venn__count--outside' : 'venn__count'}
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {text}
            </text>
          </g>
        )
      })}
      <circle
        cx={circleA.cx}
        cy={circleA.cy}
        r={circleA.r}
        fill="none"
        stroke={COLOR_A}
        strokeWidth={2}
        pointerEvents="none"
      />
      <circle
        cx={circleB.cx}
        cy={circleB.cy}
        r={circleB.r}
        fill="none"
        stroke={COLOR_B}
        strokeWidth={2}
        pointerEvents="none"
      />
    </svg>
  )
}
