/**
 * A chart as a finished figure: title, subtitle (the filters in force and the date), the chart, an
 * accessible alternative, and Download PNG / SVG / CSV buttons. Exported images carry the title,
 * subtitle and a footer (dataset, updated date, sources, link), like Our World in Data's Grapher.
 *
 * Contract used by every chart in the app (features/charts, features/compare):
 * - `children` renders the chart; it must contain one <svg> (Recharts or hand-drawn).
 * - `csv()` returns the numbers drawn; it is called only when CSV is downloaded.
 * - `empty` replaces the chart with a sentence when there is nothing to draw.
 * - `legend` (optional) describes a legend drawn outside the <svg>, so exported images carry it too.
 * Images export in the light theme unless the person picks "Dark" under "Image theme".
 */
import { useId, useRef, useState, type ReactNode } from 'react'
import type { CsvCell } from '../domain/export/csv'
import type { ExportFooter } from '../domain/export/export-footer'
import { imageFileName } from '../domain/export/file-names'
import type { ExportTheme, LegendItem } from './chart-export/export-figure'
import { downloadBlob } from './download'
import { currentAddress } from '../store/address-write'
import './chart-figure.css'

export interface ChartFigureProps {
  readonly title: string
  readonly subtitle: string
  /** File name without extension, e.g. `members-by-sector-ai-alliance-vs-frontier-model-forum-2024-06-01`. */
  readonly fileBase: string
  /** The foot of an exported image; a function when working it out costs (the sources of 100,000
   *  memberships): it is then called at export, not on every render. */
  readonly footer: ExportFooter | (() => ExportFooter)
  readonly csv: () => { header: readonly string[]; rows: readonly (readonly CsvCell[])[] }
  /** The accessible alternative (a data table or text summary). */
  readonly summary: ReactNode
  /** When set, shown instead of the chart (e.g. "No members match these filters."). */
  readonly empty?: string | null
  /** Controls shown above the chart (toggles, pickers). */
  readonly controls?: ReactNode
  readonly children: ReactNode
  readonly className?: string
  /** Legend drawn in HTML beside the chart, repeated in exported images. */
  readonly legend?: readonly LegendItem[]
  /** More buttons beside the downloads (the figure's "Embed"). */
  readonly actions?: ReactNode
  /** A "Cite" button for this chart, after its downloads. */
  readonly cite?: ReactNode
}

/** The chart itself: the largest outermost <svg> (legends may hold small ones of their own). */
function largestSvg(container: HTMLElement): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect()
    return box.width * box.height
  }
  const outermost = [...container.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'))
  return outermost.reduce<SVGSVGElement | null>(
    (best, svg) => (best === null || area(svg) > area(best) ? svg : best),
    null,
  )
}

/** The page's address at the moment of export restores exactly the view exported. */
function currentLink(fallback: string): string {
  return typeof window === 'undefined' ? fallback : currentAddress()
}

export function ChartFigure({
  title,
  subtitle,
  fileBase,
  footer,
  csv,
  summary,
  empty,
  controls,
  children,
  className,
  legend,
  actions,
  cite,
}: ChartFigureProps) {
  const titleId = useId()
  const themeId = useId()
  const [theme, setTheme] = useState<ExportTheme>('light')
  const chartRef = useRef<HTMLDivElement>(null)
  const [status, setStatus] = useState<string>('')

  const exportImage = async (format: 'png' | 'svg') => {
    const svg = chartRef.current ? largestSvg(chartRef.current) : null
    if (!svg) {
      setStatus('There is no chart to export.')
      return
    }
    try {
      const { exportFigure } = await import('./chart-export/export-figure')
      const foot = typeof footer === 'function' ? footer() : footer
      const blob = await exportFigure(svg, {
        title,
        subtitle,
        footer: { ...foot, link: currentLink(foot.link) },
        format,
        theme,
        legend,
      })
      const name = imageFileName(fileBase, format, theme)
      downloadBlob(blob, name)
      setStatus(`Downloaded ${name}`)
    } catch (error) {
      setStatus(
        `The ${format.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  const exportCsv = async () => {
    const { csvBlob } = await import('../domain/export/csv')
    const { header, rows } = csv()
    downloadBlob(csvBlob(header, rows), `${fileBase}.csv`)
    setStatus(`Downloaded ${fileBase}.csv`)
  }

  return (
    <figure className={`chart-figure ${className ?? ''}`} aria-labelledby={titleId}>
      <div className="chart-figure__head">
        <div>
          <h3 id={titleId} className="chart-figure__title">
            {title}
          </h3>
          <p className="chart-figure__subtitle">{subtitle}</p>
        </div>
        <div className="chart-figure__downloads">
          <button type="button" className="button" onClick={() => void exportImage('png')} disabled={Boolean(empty)}>
            Download PNG
          </button>
          <button type="button" className="button" onClick={() => void exportImage('svg')} disabled={Boolean(empty)}>
            Download SVG
          </button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={Boolean(empty)}>
            Download CSV
          </button>
          <label className="visually-hidden" htmlFor={themeId}>
            Image theme
          </label>
          <select
            id={themeId}
            className="chart-figure__theme"
            value={theme}
            onChange={(event) => setTheme(event.target.value === 'dark' ? 'dark' : 'light')}
            title="Image theme"
          >
            <option value="light">Light image</option>
            <option value="dark">Dark image</option>
          </select>
          {actions}
          {cite}
        </div>
      </div>
      {controls ? <div className="chart-figure__controls">{controls}</div> : null}
      {empty ? (
        <p className="chart-figure__empty">{empty}</p>
      ) : (
        <div className="chart-figure__chart" ref={chartRef}>
          {children}
        </div>
      )}
      <div className="chart-figure__summary">{summary}</div>
      <p className="chart-figure__status" role="status" aria-live="polite">
        {status}
      </p>
    </figure>
  )
}
