/**
 * The charts: members by sector, by country, and over time, each a finished figure that
 * exports as PNG, SVG and CSV. Loaded lazily by the app, so Recharts never delays the first paint.
 * Every count is a range (membership/windows.ts): the bars draw certain members solid and possible
 * ones hatched, the timeline a line of certain members under a hatched band of possible ones.
 */
import { memo, useCallback, useDeferredValue, useMemo, type ReactNode } from 'react'
import { ChartFigure } from '../../components/chart-figure'
import { OneAfterAnother } from '../../components/one-after-another'
import { useFollowingValue } from '../../components/use-following-value'
import { SectionLoading } from '../../components/page-sections/section-loading'
import { CiteButton } from '../../components/cite/cite-button'
import { EmbedButton } from '../../components/embed/embed-button'
import { SectionHead } from '../../components/page-sections/section-head'
import { usePrinting } from '../../components/page-sections/use-printing'
import { sectionTitleId } from '../../components/page-sections/sections'
import { SECTOR_PALETTE, sectorColor } from '../../components/sector-palette'
import {
  MAX_CHART_COALITIONS,
  MAX_TIMELINE_COALITIONS,
  OTHER_KEY,
  UNKNOWN_KEY,
  countOnDay,
  countryBreakdown,
  countryRank,
  MAX_DRAWN_TIMELINE_ROWS,
  sectorBreakdown,
  timelineDomain,
  timelineRows,
  timelineSeries,
  type Breakdown,
  type BreakdownCategory,
} from '../../domain/charts/chart-data'
import { breakdownCsv, timelineCsv } from '../../domain/charts/chart-csv'
import {
  SHARE_BASE,
  breakdownSummary,
  chartFileBase,
  chartSubtitle,
  timelineSummary,
} from '../../domain/charts/chart-text'
import { countryName } from '../../domain/dataset/countries'
import { formatIsoDay } from '../../domain/format/dates'
import { foundedAfter } from '../../domain/membership/membership'
import type { EmbedView } from '../../domain/embed/embed'
import { embedViewName } from '../../domain/format/embed'
import { useAtlasStore } from '../../store/atlas-store'
import type { CiteRequest } from '../../store/citation'
import { selectCitable, selectLargeDataset } from '../../store/selectors'
import { BreakdownChart, BreakdownTable } from './breakdown-chart'
import { breakdownLegend, timelineLegend } from './chart-view'
import {
  COUNTRY_PALETTE,
  OTHER_COLOR,
  UNKNOWN_COLOR,
  coalitionColor,
  coalitionDash,
  countryColor,
  distinctColors,
} from './chart-palettes'
import { CoalitionPicker, MeasureToggle } from './chart-controls'
import { TimelineChart, TimelineLegend, TimelineTable } from './timeline-chart'
import { useChartInputs, type ChartInputs } from './use-chart-inputs'
import './charts.css'
import { perDataset } from '../../domain/dataset/per-dataset'
import type { Dataset, Organization } from '../../domain/dataset/types'

export type ChartView = Extract<EmbedView, 'sectors' | 'countries' | 'timeline'>

/** `only`: one chart alone, as an embedded view shows it: no controls that change the view, no "Embed". */
export default function ChartsSection({ only }: { only?: ChartView }) {
  const inputs = useChartInputs(MAX_CHART_COALITIONS, { withMeasure: true })
  const timelineInputs = useChartInputs(MAX_TIMELINE_COALITIONS, { withMeasure: false })
  // The country chart follows in a task of its own, after the sector chart's commit: with the
  // sector chart in one render, a change of measure or filter at 100 coalitions was one task of
  // some 1,700 bars. A deferred value alone did not follow: the inputs change in a deferred render
  // already, where useDeferredValue hands over the new value at once. Following alone, it came as
  // an ordinary update, rendered without a pause: a task of 200–280 ms after a search at 100,000
  // memberships. Deferred after following, it renders in a transition of its own, which yields.
  const countryInputs = useDeferredValue(useFollowingValue(inputs, inputs))
  const large = useAtlasStore(selectLargeDataset)
  if (!inputs || !timelineInputs || !countryInputs) return null
  if (only === 'sectors') return <SectorFigure inputs={inputs} embedded />
  if (only === 'countries') return <CountryFigure inputs={inputs} embedded />
  if (only === 'timeline') return <TimelineFigure inputs={timelineInputs} embedded />
  return (
    <section className="section" id="charts" aria-labelledby={sectionTitleId('charts')}>
      <SectionHead section="charts">Charts</SectionHead>
      <p className="section__lede">
        Members on {formatIsoDay(inputs.asOf)} by sector and by country, and membership over time. Solid marks count the
        certain members, hatched ones those the evidence allows but does not settle. Every chart follows the sector
        filter, the search and the date, and downloads as a PNG or SVG figure or as CSV.
      </p>
      <div className="charts-grid">
        {/* On a large dataset each chart in a commit of its own: Recharts sets up its store and draws
            its SVG as a chart mounts, and three together were one task of half a second. */}
        <OneAfterAnother together={!large} renderPending={() => <SectionLoading what="charts" />}>
          {[
            <SectorFigure key="sectors" inputs={inputs} />,
            <CountryFigure key="countries" inputs={countryInputs} />,
            <TimelineFigure key="timeline" inputs={timelineInputs} />,
          ]}
        </OneAfterAnother>
      </div>
    </section>
  )
}

/** "Embed" for one chart; none on a chart that is itself embedded. */
function chartEmbed(view: ChartView, embedded: boolean) {
  if (embedded) return undefined
  return <EmbedButton name={embedViewName(view)} target={{ view }} />
}

/** A chart's "Cite" button: the chart as it stands, opening at the charts. */
function ChartCite({ what, title }: { what: string; title: string }) {
  const citable = useAtlasStore(selectCitable)
  return (
    <CiteButton
      look="button"
      what={what}
      cite={citable ? ({ view: { kind: 'chart', title }, anchor: 'charts' } satisfies CiteRequest) : null}
    />
  )
}

interface FigureProps {
  readonly inputs: ChartInputs
  /** Shown alone in another site's frame. */
  readonly embedded?: boolean
}

function noMembersText(inputs: ChartInputs): string {
  return `No members match these filters on ${formatIsoDay(inputs.asOf)}, so there is nothing to draw.`
}

function tableCaption(title: string, measure: 'count' | 'share', per: string): string {
  return `${title}: certain and possible members per ${per}${measure === 'share' ? `, as a share of ${SHARE_BASE}` : ''}`
}

/** What differs between the sector and the country chart, apart from their numbers and colours. */
interface BreakdownAbout {
  readonly title: string
  readonly view: Extract<ChartView, 'sectors' | 'countries'>
  /** How the Cite button names the chart. */
  readonly what: string
  /** The CSV's two category columns: the key and its label. */
  readonly csvColumns: readonly [string, string]
  /** A category in the summary, singular and plural. */
  readonly nouns: readonly [string, string]
  /** A category in the table's caption and column heading, and the chart's id prefix. */
  readonly per: 'sector' | 'country'
}

const SECTORS: BreakdownAbout = {
  title: 'Members by sector',
  view: 'sectors',
  what: 'the sector chart',
  csvColumns: ['sector_id', 'sector'],
  nouns: ['sector', 'sectors'],
  per: 'sector',
}

const COUNTRIES: BreakdownAbout = {
  title: 'Members by country',
  view: 'countries',
  what: 'the country chart',
  csvColumns: ['country_code', 'country'],
  nouns: ['country or group', 'countries and groups'],
  per: 'country',
}

interface BreakdownFigureProps extends FigureProps {
  readonly breakdown: Breakdown
  readonly colorOf: (category: BreakdownCategory) => string
  readonly about: BreakdownAbout
  readonly controls?: ReactNode
  /** Said after the summary's numbers. */
  readonly note: string
  readonly onToggle?: (key: string) => void
  readonly isPressed?: (key: string) => boolean
}

/** The sector or the country chart as a finished figure: the same frame, summary, table and export. */
function BreakdownFigure({
  inputs,
  embedded = false,
  breakdown,
  colorOf,
  about,
  controls,
  note,
  onToggle,
  isPressed,
}: BreakdownFigureProps) {
  const { dataset, measure, state } = inputs
  const { title } = about
  return (
    <ChartFigure
      title={title}
      subtitle={chartSubtitle('snapshot', state)}
      fileBase={chartFileBase(title, state)}
      footer={inputs.footer}
      cite={embedded ? undefined : <ChartCite what={about.what} title={title} />}
      csv={() => breakdownCsv(breakdown, inputs.asOf, ...about.csvColumns)}
      legend={breakdownLegend(breakdown, colorOf, inputs.asOf)}
      empty={breakdown.total === 0 ? noMembersText(inputs) : null}
      actions={chartEmbed(about.view, embedded)}
      controls={controls}
      summary={
        <>
          <p>
            {breakdownSummary(breakdown, about.nouns, measure, inputs.asOf)}
            {note}
          </p>
          <BreakdownTable
            breakdown={breakdown}
            measure={measure}
            caption={tableCaption(title, measure, about.per)}
            categoryHeading={about.per === 'sector' ? 'Sector' : 'Country'}
          />
        </>
      }
    >
      <BreakdownChart
        dataset={dataset}
        breakdown={breakdown}
        measure={measure}
        title={title}
        asOf={inputs.asOf}
        idPrefix={about.per}
        colorOf={colorOf}
        onToggle={onToggle}
        isPressed={isPressed}
      />
    </ChartFigure>
  )
}

const sectorBreakdownOf = perDataset(sectorBreakdown)
const countryBreakdownOf = perDataset(
  (
    dataset: Dataset,
    coalitionIds: readonly string[],
    day: number,
    search: (organization: Organization) => boolean,
    sectors: readonly string[],
  ) => countryBreakdown(dataset, coalitionIds, day, search, sectors, countryName),
)

const SectorFigure = memo(function SectorFigure({ inputs, embedded = false }: FigureProps) {
  const toggleSector = useAtlasStore((state) => state.toggleSector)
  // On paper, and alone in a frame without the table it filters, the legend is a key, not a row of filter buttons.
  const keyOnly = usePrinting() || embedded
  const { dataset, coalitionIds, day, search, sectors } = inputs
  const breakdown = useMemo(
    () => sectorBreakdownOf(dataset, coalitionIds, day, search, sectors),
    [dataset, coalitionIds, day, search, sectors],
  )
  const colors = useMemo(() => {
    // A dataset with more sectors than colours would repeat one within a chart: those take a free one.
    const stable = breakdown.categories.map((category) =>
      category.colorIndex < 0 ? null : sectorColor(category.colorIndex),
    )
    const assigned = distinctColors(stable, SECTOR_PALETTE)
    return new Map(breakdown.categories.map((category, index) => [category.key, assigned[index] ?? sectorColor(-1)]))
  }, [breakdown])
  // Kept while the colours are: the chart's bars are drawn again whenever it changes (breakdown-chart.tsx).
  const colorOf = useCallback((category: BreakdownCategory) => colors.get(category.key) ?? sectorColor(-1), [colors])
  return (
    <BreakdownFigure
      inputs={inputs}
      embedded={embedded}
      breakdown={breakdown}
      colorOf={colorOf}
      about={SECTORS}
      controls={
        embedded ? undefined : (
          <>
            <CoalitionPicker dataset={dataset} />
            <MeasureToggle />
          </>
        )
      }
      note={embedded ? '' : ' Choose a sector in the legend, or click its bar, to filter the member table to it.'}
      onToggle={keyOnly ? undefined : toggleSector}
      isPressed={(key) => sectors.includes(key)}
    />
  )
})

const CountryFigure = memo(function CountryFigure({ inputs, embedded = false }: FigureProps) {
  const { dataset, coalitionIds, day, search, sectors } = inputs
  const breakdown = useMemo(
    () => countryBreakdownOf(dataset, coalitionIds, day, search, sectors),
    [dataset, coalitionIds, day, search, sectors],
  )
  const colors = useMemo(() => {
    const ranks = countryRank(dataset)
    // Ranks past the palette's length would repeat a colour within one chart: those take a free one.
    const stable = breakdown.categories.map((category) =>
      category.key === UNKNOWN_KEY || category.key === OTHER_KEY ? null : countryColor(ranks.get(category.key) ?? -1),
    )
    const assigned = distinctColors(stable, COUNTRY_PALETTE)
    return new Map(
      breakdown.categories.map((category, index) => [
        category.key,
        category.key === UNKNOWN_KEY ? UNKNOWN_COLOR : (assigned[index] ?? OTHER_COLOR),
      ]),
    )
  }, [dataset, breakdown])
  const colorOf = useCallback((category: BreakdownCategory) => colors.get(category.key) ?? OTHER_COLOR, [colors])
  return (
    <BreakdownFigure
      inputs={inputs}
      embedded={embedded}
      breakdown={breakdown}
      colorOf={colorOf}
      about={COUNTRIES}
      note={
        (breakdown.categories.some((category) => category.key === OTHER_KEY)
          ? ' Smaller countries are grouped as “Other”.'
          : '') +
        (breakdown.categories.some((category) => category.key === UNKNOWN_KEY)
          ? ' “Unknown” counts organizations without a country in the dataset.'
          : '')
      }
    />
  )
})

const TimelineFigure = memo(function TimelineFigure({ inputs, embedded = false }: FigureProps) {
  const { dataset, coalitionIds, day, search, sectors, state } = inputs
  const model = useMemo(() => {
    const sectorSet = sectors.length ? new Set(sectors) : null
    const series = timelineSeries(
      dataset,
      coalitionIds,
      (organization) => search(organization) && (sectorSet === null || sectorSet.has(organization.sectorId)),
    )
    const domain = timelineDomain(series, Math.max(day, dataset.updated.day))
    // The drawing gets about one row per pixel pair (drawnDays); the table and the CSV get every change.
    const rows = domain ? timelineRows(series, domain, MAX_DRAWN_TIMELINE_ROWS) : []
    return { series, domain, rows }
  }, [dataset, coalitionIds, day, search, sectors])
  const title = 'Membership over time'
  const summary = timelineSummary(
    inputs.asOf,
    model.series.map((item) => {
      const coalition = dataset.coalitionById.get(item.coalitionId)
      return {
        name: item.name,
        range: countOnDay(item, day),
        notFoundedUntil: coalition && foundedAfter(coalition, day) ? coalition.founded : undefined,
      }
    }),
    model.series.some((item) => item.uncertain),
  )
  return (
    <ChartFigure
      title={title}
      subtitle={chartSubtitle('timeline', state)}
      fileBase={chartFileBase(title, state)}
      footer={inputs.footer}
      cite={embedded ? undefined : <ChartCite what="the timeline chart" title={title} />}
      csv={() => timelineCsv(model.series)}
      legend={timelineLegend(model.series, coalitionColor, coalitionDash)}
      className="charts-figure--wide"
      actions={chartEmbed('timeline', embedded)}
      empty={model.domain === null ? 'No memberships match these filters, so there is no timeline to draw.' : null}
      summary={
        <>
          <p>{summary}</p>
          <TimelineTable
            series={model.series}
            caption={`${title}: certain and possible members after each change. Joins and departures count the memberships whose start window opens, or whose end window closes, that day.`}
          />
        </>
      }
    >
      <TimelineLegend series={model.series} title={title} />
      {model.domain ? (
        <TimelineChart series={model.series} rows={model.rows} domain={model.domain} asOfDay={day} />
      ) : null}
    </ChartFigure>
  )
})
