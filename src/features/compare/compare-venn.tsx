import type { KeyboardEvent } from 'react'
import { ChartFigure } from '../../components/chart-figure'
import { comparisonSourceIds, type Comparison } from '../../domain/compare/coalitions'
import { fitVenn, regionAnchors, regionPaths, vennLayout, type VennRegion } from '../../domain/compare/venn'
import { exportFooter } from '../../domain/export/export-footer'
import type { Dataset } from '../../domain/dataset/types'
import type { ColumnKey } from './compare-columns'
import { COLOR_A, COLOR_B, coalitionLabel, fileBase, percent, plural } from './compare-format'
import { useElementWidth } from './use-element-width'

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
  const { a, b, counts, jaccard } = comparison
  const empty = counts.union.possible === 0 ? `Neither ${a.name} nor ${b.name} has any members on ${dateText}.` : null
  return (
    <ChartFigure
      className="compare-venn"
      title={`Members of ${a.name} and ${b.name}`}
      subtitle={`As of ${dateText}. Circle areas are to scale${comparison.family ? '; corporate families counted once' : ''}.`}
      fileBase={fileBase(['coalition-atlas', 'venn', a.name, 'vs', b.name, asOf])}
      footer={exportFooter(dataset, window.location.href, comparisonSourceIds(comparison))}
      csv={() => ({
        header: ['region', 'organizations'],
        rows: [
          [`Only in ${a.name}`, counts.onlyA.possible],
          ['In both', counts.both.possible],
          [`Only in ${b.name}`, counts.onlyB.possible],
        ],
      })}
      summary={
        <p className="visually-hidden">
          {a.name} has {plural(counts.a.possible, 'member', 'members')} and {b.name} {plural(counts.b.possible, 'member', 'members')}; {counts.both.possible.toLocaleString('en')} in both,
          a Jaccard similarity of {percent(jaccard)}. Choose a region to go to its list.
        </p>
      }
      empty={empty}
    >
      <div ref={ref} className="venn">
        {width > 0 ? <VennSvg comparison={comparison} width={Math.min(width, 720)} highlight={highlight} onSelect={onSelect} /> : null}
      </div>
    </ChartFigure>
  )
}

const LEGEND_HEIGHT = 50
const OUTSIDE_ROW = 26
const INSIDE_MIN_WIDTH = 34

function VennSvg({ comparison, width, highlight, onSelect }: { comparison: Comparison; width: number; highlight: ColumnKey | null; onSelect: (key: ColumnKey) => void }) {
  const { a, b, counts } = comparison
  const circlesHeight = Math.round(Math.min(300, Math.max(200, width * 0.45)))
  const fitted = fitVenn(vennLayout(counts.a.possible, counts.b.possible, counts.both.possible), width, circlesHeight, 6)
  const circleA = { ...fitted.a, cy: fitted.a.cy + LEGEND_HEIGHT }
  const circleB = { ...fitted.b, cy: fitted.b.cy + LEGEND_HEIGHT }
  const cy = circleA.cy
  const paths = regionPaths(circleA, circleB)
  const anchors = regionAnchors(circleA, circleB)
  const regions: { key: VennRegion; name: string; short: string; count: number }[] = [
    { key: 'onlyA', name: `Only in ${a.name}`, short: `Only ${coalitionLabel(a)}`, count: counts.onlyA.possible },
    { key: 'both', name: 'In both', short: 'Both', count: counts.both.possible },
    { key: 'onlyB', name: `Only in ${b.name}`, short: `Only ${coalitionLabel(b)}`, count: counts.onlyB.possible },
  ]

  // A count that does not fit inside its region goes below the circles, named, one row each, with a
  // leader line to where the region is (or would be).
  const outside = regions.filter((region) => !(paths[region.key] !== '' && anchors[region.key].width >= INSIDE_MIN_WIDTH))
  const height = LEGEND_HEIGHT + circlesHeight + 8 + outside.length * OUTSIDE_ROW
  const placed = new Map<VennRegion, { x: number; y: number; text: string }>()
  outside.forEach((region, row) => {
    const text = `${region.short}: ${region.count.toLocaleString('en')}`
    const half = (14 + text.length * 7.4) / 2
    const wanted = Number.isNaN(anchors[region.key].x) ? width / 2 : anchors[region.key].x
    placed.set(region.key, { x: Math.min(width - half - 2, Math.max(half + 2, wanted)), y: LEGEND_HEIGHT + circlesHeight + 8 + row * OUTSIDE_ROW + OUTSIDE_ROW / 2, text })
  })

  const keyDown = (key: ColumnKey) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(key)
    }
  }

  return (
    <svg className="venn__svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Venn diagram; each region is a button">
      <g className="venn__legend" aria-hidden="true">
        <rect x={4} y={6} width={12} height={12} rx={2} fill={COLOR_A} />
        <text x={22} y={17} className="venn__legend-text">
          {width < 480 ? coalitionLabel(a) : a.name}: {plural(counts.a.possible, 'member', 'members')}
        </text>
        <rect x={4} y={28} width={12} height={12} rx={2} fill={COLOR_B} />
        <text x={22} y={39} className="venn__legend-text">
          {width < 480 ? coalitionLabel(b) : b.name}: {plural(counts.b.possible, 'member', 'members')}
        </text>
      </g>
      {regions.map((region) => {
        const path = paths[region.key]
        const outsideLabel = placed.get(region.key)
        const x = outsideLabel ? outsideLabel.x : anchors[region.key].x
        const y = outsideLabel ? outsideLabel.y : cy
        const text = outsideLabel ? outsideLabel.text : region.count.toLocaleString('en')
        const boxWidth = 14 + text.length * (outsideLabel ? 7.4 : 9)
        const anchorX = anchors[region.key].x
        return (
          <g
            key={region.key}
            className={`venn__region${highlight === region.key ? ' venn__region--active' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={`${region.name}: ${region.count}`}
            onClick={() => onSelect(region.key)}
            onKeyDown={keyDown(region.key)}
          >
            {path && region.key !== 'onlyB' ? <path d={path} fill={COLOR_A} fillOpacity={0.3} fillRule="evenodd" /> : null}
            {path && region.key !== 'onlyA' ? <path d={path} fill={COLOR_B} fillOpacity={0.3} fillRule="evenodd" /> : null}
            {path ? <path d={path} className="venn__hit" fillRule="evenodd" /> : null}
            {outsideLabel && !Number.isNaN(anchorX) ? <line className="venn__leader" x1={anchorX} y1={cy} x2={anchorX} y2={y - 11} /> : null}
            <rect className="venn__label-box" x={x - boxWidth / 2} y={y - 11} width={boxWidth} height={22} rx={5} />
            <text className={outsideLabel ? 'venn__count venn__count--outside' : 'venn__count'} x={x} y={y} textAnchor="middle" dominantBaseline="central">
              {text}
            </text>
          </g>
        )
      })}
      <circle cx={circleA.cx} cy={circleA.cy} r={circleA.r} fill="none" stroke={COLOR_A} strokeWidth={2} pointerEvents="none" />
      <circle cx={circleB.cx} cy={circleB.cy} r={circleB.r} fill="none" stroke={COLOR_B} strokeWidth={2} pointerEvents="none" />
    </svg>
  )
}
