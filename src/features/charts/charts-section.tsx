/**
 * The charts (issue 4): members by sector, by country, and over time, each a finished figure that
 * exports as PNG, SVG and CSV. Loaded lazily by the app, so Recharts never delays the first paint.
 */
import { memo, useMemo } from 'react'
import { ChartFigure } from '../../components/chart-figure'
import { SECTOR_PALETTE, sectorColor } from '../../components/sector-palette'
import {
  MAX_CHART_COALITIONS,
  MAX_TIMELINE_COALITIONS,
  OTHER_KEY,
  UNKNOWN_KEY,
  countOnDay,
  countryBreakdown,
  countryRank,
  formatShare,
  sectorBreakdown,
  shareOf,
  timelineDomain,
  timelineRows,
  timelineSeries,
  type Breakdown,
  type BreakdownCategory,
} from '../../domain/charts/chart-data'
import { chartFileBase, chartSubtitle } from '../../domain/charts/chart-text'
import { countryName } from '../../domain/dataset/countries'
import { formatIsoDay } from '../../domain/format/dates'
import { useAtlasStore } from '../../store/atlas-store'
import { BreakdownChart, BreakdownTable } from './breakdown-chart'
import { breakdownLegend } from './chart-view'
import { COUNTRY_PALETTE, OTHER_COLOR, UNKNOWN_COLOR, coalitionColor, coalitionDash, countryColor, distinctColors } from './chart-palettes'
import { CoalitionPicker, MeasureToggle } from './chart-controls'
import { TimelineChart, TimelineTable } from './timeline-chart'
import { useChartInputs, type ChartInputs } from './use-chart-inputs'
import './charts.css'

export default function ChartsSection() {
  const inputs = useChartInputs(MAX_CHART_COALITIONS, { withMeasure: true })
  const timelineInputs = useChartInputs(MAX_TIMELINE_COALITIONS, { withMeasure: false })
  if (!inputs || !timelineInputs) return null
  return (
    <section className="section" id="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <p className="section__lede">
        Members on {formatIsoDay(inputs.asOf)} by sector and by country, and membership over time. Every chart follows the sector filter, the search and the date,
        and downloads as a PNG or SVG figure or as CSV.
      </p>
      <div className="charts-grid">
        <SectorFigure inputs={inputs} />
        <CountryFigure inputs={inputs} />
        <TimelineFigure inputs={timelineInputs} />
      </div>
    </section>
  )
}

function noMembersText(inputs: ChartInputs): string {
  return `No members match these filters on ${formatIsoDay(inputs.asOf)}, so there is nothing to draw.`
}

/** "Model developer is the largest sector (41 members); AI Alliance has the most members shown (57)." */
function breakdownSummary(breakdown: Breakdown, what: readonly [string, string], measure: 'count' | 'share'): string {
  const [largest] = breakdown.categories.filter((category) => category.key !== OTHER_KEY && category.key !== UNKNOWN_KEY)
  const [biggest] = breakdown.series
  const parts = [`${breakdown.total} ${breakdown.total === 1 ? 'membership' : 'memberships'} in ${breakdown.series.length} ${breakdown.series.length === 1 ? 'coalition' : 'coalitions'} across ${breakdown.categories.length} ${breakdown.categories.length === 1 ? what[0] : what[1]}.`]
  if (largest) parts.push(`The largest is ${largest.label} with ${largest.total}.`)
  if (biggest && biggest.total > 0) parts.push(`${biggest.name} has the most members shown (${biggest.total}${measure === 'share' ? `, ${formatShare(shareOf(biggest.total, biggest.base))} of its members` : ''}).`)
  return parts.join(' ')
}

function breakdownCsv(inputs: ChartInputs, breakdown: Breakdown, keyHeading: string, labelHeading: string) {
  return () => ({
    header: ['as_of', 'coalition_id', 'coalition', keyHeading, labelHeading, 'members', 'share_of_coalition_members', 'coalition_members'],
    rows: breakdown.series.flatMap((series) =>
      breakdown.categories.map((category) => {
        const count = series.counts[category.key] ?? 0
        const key = category.key === OTHER_KEY ? 'other' : category.key === UNKNOWN_KEY ? 'unknown' : category.key
        return [inputs.asOf, series.coalitionId, series.name, key, category.label, count, Math.round(shareOf(count, series.base) * 10_000) / 10_000, series.base]
      }),
    ),
  })
}

const SectorFigure = memo(function SectorFigure({ inputs }: { inputs: ChartInputs }) {
  const toggleSector = useAtlasStore((state) => state.toggleSector)
  const { dataset, coalitionIds, day, search, sectors, measure, state } = inputs
  const breakdown = useMemo(() => sectorBreakdown(dataset, coalitionIds, day, search, sectors), [dataset, coalitionIds, day, search, sectors])
  const colors = useMemo(() => {
    // A dataset with more sectors than colours would repeat one within a chart: those take a free one.
    const stable = breakdown.categories.map((category) => (category.colorIndex < 0 ? null : sectorColor(category.colorIndex)))
    const assigned = distinctColors(stable, SECTOR_PALETTE)
    return new Map(breakdown.categories.map((category, index) => [category.key, assigned[index] ?? sectorColor(-1)]))
  }, [breakdown])
  const colorOf = (category: BreakdownCategory) => colors.get(category.key) ?? sectorColor(-1)
  const title = 'Members by sector'
  return (
    <ChartFigure
      title={title}
      subtitle={chartSubtitle('snapshot', state)}
      fileBase={chartFileBase(title, state)}
      footer={inputs.footer}
      csv={breakdownCsv(inputs, breakdown, 'sector_id', 'sector')}
      legend={breakdownLegend(breakdown, colorOf)}
      empty={breakdown.total === 0 ? noMembersText(inputs) : null}
      controls={
        <>
          <CoalitionPicker dataset={dataset} selected={inputs.selected} />
          <MeasureToggle measure={measure} />
        </>
      }
      summary={
        <>
          <p>{breakdownSummary(breakdown, ['sector', 'sectors'], measure)} Choose a sector in the legend, or click its bar, to filter the member table to it.</p>
          <BreakdownTable breakdown={breakdown} measure={measure} caption={`${title}: ${measure === 'share' ? 'share of each coalition’s members' : 'members'} per sector`} categoryHeading="Sector" />
        </>
      }
    >
      <BreakdownChart
        dataset={dataset}
        breakdown={breakdown}
        measure={measure}
        title={title}
        colorOf={colorOf}
        onToggle={toggleSector}
        isPressed={(key) => sectors.includes(key)}
      />
    </ChartFigure>
  )
})

const CountryFigure = memo(function CountryFigure({ inputs }: { inputs: ChartInputs }) {
  const { dataset, coalitionIds, day, search, sectors, measure, state } = inputs
  const breakdown = useMemo(() => countryBreakdown(dataset, coalitionIds, day, search, sectors, countryName), [dataset, coalitionIds, day, search, sectors])
  const colors = useMemo(() => {
    const ranks = countryRank(dataset)
    // Ranks past the palette's length would repeat a colour within one chart: those take a free one.
    const stable = breakdown.categories.map((category) => (category.key === UNKNOWN_KEY || category.key === OTHER_KEY ? null : countryColor(ranks.get(category.key) ?? -1)))
    const assigned = distinctColors(stable, COUNTRY_PALETTE)
    return new Map(breakdown.categories.map((category, index) => [category.key, category.key === UNKNOWN_KEY ? UNKNOWN_COLOR : (assigned[index] ?? OTHER_COLOR)]))
  }, [dataset, breakdown])
  const colorOf = (category: BreakdownCategory) => colors.get(category.key) ?? OTHER_COLOR
  const title = 'Members by country'
  return (
    <ChartFigure
      title={title}
      subtitle={chartSubtitle('snapshot', state)}
      fileBase={chartFileBase(title, state)}
      footer={inputs.footer}
      csv={breakdownCsv(inputs, breakdown, 'country_code', 'country')}
      legend={breakdownLegend(breakdown, colorOf)}
      empty={breakdown.total === 0 ? noMembersText(inputs) : null}
      summary={
        <>
          <p>
            {breakdownSummary(breakdown, ['country or group', 'countries and groups'], measure)}
            {breakdown.categories.some((category) => category.key === OTHER_KEY) ? ' Smaller countries are grouped as “Other”.' : ''}
            {breakdown.categories.some((category) => category.key === UNKNOWN_KEY) ? ' “Unknown” counts organizations without a country in the dataset.' : ''}
          </p>
          <BreakdownTable breakdown={breakdown} measure={measure} caption={`${title}: ${measure === 'share' ? 'share of each coalition’s members' : 'members'} per country`} categoryHeading="Country" />
        </>
      }
    >
      <BreakdownChart dataset={dataset} breakdown={breakdown} measure={measure} title={title} colorOf={colorOf} />
    </ChartFigure>
  )
})

const TimelineFigure = memo(function TimelineFigure({ inputs }: { inputs: ChartInputs }) {
  const { dataset, coalitionIds, day, search, sectors, state } = inputs
  const model = useMemo(() => {
    const sectorSet = sectors.length ? new Set(sectors) : null
    const series = timelineSeries(dataset, coalitionIds, (organization) => search(organization) && (sectorSet === null || sectorSet.has(organization.sectorId)))
    const domain = timelineDomain(series, Math.max(day, dataset.updated.day))
    const rows = domain ? timelineRows(series, domain) : []
    return { series, domain, rows }
  }, [dataset, coalitionIds, day, search, sectors])
  const title = 'Membership over time'
  const approximate = model.series.filter((item) => item.uncertain).length
  const legend = model.series.map((item, index) => ({ label: item.name, color: coalitionColor(index), shape: 'line' as const, dash: coalitionDash(index) || undefined }))
  return (
    <ChartFigure
      title={title}
      subtitle={chartSubtitle('timeline', state)}
      fileBase={chartFileBase(title, state)}
      footer={inputs.footer}
      csv={() => ({
        header: ['coalition_id', 'coalition', 'date', 'date_precision', 'joined', 'left', 'members'],
        rows: model.series.flatMap((item) =>
          item.points.map((point) => [item.coalitionId, item.name, new Date(point.day * 86_400_000).toISOString().slice(0, 10), point.certain === point.possible ? 'certain' : 'range', point.joins, point.departures, point.possible]),
        ),
      })}
      legend={approximate > 0 ? [...legend, { label: 'Date known to the month or year only', color: '#525b67', shape: 'ring' as const }] : legend}
      className="charts-figure--wide"
      empty={model.domain === null ? 'No memberships match these filters, so there is no timeline to draw.' : null}
      summary={
        <>
          <p>
            On {formatIsoDay(inputs.asOf)}: {model.series.map((item) => `${item.name} ${countOnDay(item, day).possible}`).join(', ')}.{' '}
            {approximate > 0
              ? `${approximate} ${approximate === 1 ? 'change has' : 'changes have'} a date known only to the month or year (or not at all): drawn at the first day of the period, or at the founding, and marked with a hollow dot.`
              : 'Every change has an exact date.'}
          </p>
          <TimelineTable series={model.series} caption={`${title}: members after each change`} />
        </>
      }
    >
      <ul className="charts-legend" aria-label={`${title}: legend`}>
        {legend.map((item) => (
          <li key={item.label}>
            <span className="charts-legend__item">
              <svg className="charts-legend__line" viewBox="0 0 24 8" aria-hidden="true" focusable="false">
                <line x1="0" y1="4" x2="24" y2="4" stroke={item.color} strokeWidth="3" strokeDasharray={item.dash} />
              </svg>
              {item.label}
            </span>
          </li>
        ))}
        {approximate > 0 ? (
          <li>
            <span className="charts-legend__item">
              <svg className="charts-legend__line" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <circle cx="12" cy="6" r="4" className="charts-approx-dot" stroke="currentColor" strokeWidth="2" />
              </svg>
              Date known to the month or year only
            </span>
          </li>
        ) : null}
      </ul>
      {model.domain ? <TimelineChart series={model.series} rows={model.rows} domain={model.domain} asOfDay={day} /> : null}
    </ChartFigure>
  )
})
