import { readFileSync } from 'node:fs'
import type { Download, Locator, Page } from '@playwright/test'
import Papa from 'papaparse'

export const CHART_TITLES = ['Members by sector', 'Members by country', 'Membership over time'] as const
export type ChartTitle = (typeof CHART_TITLES)[number]
export type ExportFormat = 'PNG' | 'SVG' | 'CSV'

export interface DownloadedFile {
  readonly fileName: string
  readonly bytes: Buffer
}

/** The charts section as a person uses it: three figures named by their titles, each with its downloads. */
export class ChartsPage {
  readonly page: Page
  readonly section: Locator
  readonly coalitionPicker: Locator
  readonly measure: Locator
  /** The member table's "N of M organizations" line (built by the members table feature). */
  readonly tableCount: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Charts' })
    this.coalitionPicker = this.figure('Members by sector').getByRole('group', { name: 'Coalitions in charts' })
    this.measure = this.figure('Members by sector').getByRole('group', { name: 'Measure' })
    this.tableCount = page.getByText(/^[\d,]+ of [\d,]+ organizations( \([\d,]+ uncertain\))?$/)
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    await this.figure('Members by sector').waitFor()
  }

  figure(title: ChartTitle): Locator {
    return this.page.getByRole('figure', { name: title, exact: true })
  }

  downloadButton(title: ChartTitle, format: ExportFormat): Locator {
    return this.figure(title).getByRole('button', { name: `Download ${format}` })
  }

  /** Clicks a Download button and returns the file it produced. */
  async download(title: ChartTitle, format: ExportFormat): Promise<DownloadedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton(title, format).click(),
    ])
    return { fileName: download.suggestedFilename(), bytes: await readDownload(download) }
  }

  async downloadCsv(title: ChartTitle): Promise<{ fileName: string; rows: Record<string, string>[] }> {
    const file = await this.download(title, 'CSV')
    const text = file.bytes.toString('utf8').replace(/^\uFEFF/, '')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    if (parsed.errors.length)
      throw new Error(`CSV did not parse: ${parsed.errors.map((error) => error.message).join('; ')}`)
    return { fileName: file.fileName, rows: parsed.data }
  }

  /**
   * Points at a chart's drawing, `across` and `down` of the way from its top left corner, and
   * returns the tooltip shown. A tooltip is for the mouse only (the figure's data table says the
   * same), so it has no role: found by its class.
   */
  async hover(title: ChartTitle, across: number, down: number): Promise<Locator> {
    const surface = this.figure(title).locator('.recharts-surface').first()
    await surface.scrollIntoViewIfNeeded()
    const box = await surface.boundingBox()
    if (!box) throw new Error(`${title} has no drawing`)
    await this.page.mouse.move(box.x + box.width * across, box.y + box.height * down)
    return this.figure(title).locator('.charts-tooltip')
  }

  /** The bar/legend button that toggles a sector in the shared sector filter. */
  sectorButton(label: string): Locator {
    return this.figure('Members by sector').getByRole('button', { name: label, exact: true })
  }

  /**
   * The drawn bar segments of one sector's certain members (mouse users click these). They sit in
   * the chart's aria-hidden drawing, so they have no role: found by the legend's order, which is
   * the bars' order.
   */
  async sectorBars(label: string): Promise<Locator> {
    const figure = this.figure('Members by sector')
    const labels = await this.legend('Members by sector').getByRole('listitem').allTextContents()
    const index = labels.findIndex((text) => text.trim() === label)
    if (index < 0) throw new Error(`no legend entry ${label}`)
    return figure.locator(`.charts-segment--certain[data-category="${index}"]`)
  }

  /** The categories (or coalitions) a chart draws. */
  legend(title: ChartTitle): Locator {
    return this.figure(title).getByRole('list', { name: `${title}: legend`, exact: false })
  }

  /** What the chart's marks mean (solid and hatched, line and band); there only when some member is uncertain. */
  key(title: ChartTitle): Locator {
    return this.figure(title).getByRole('list', { name: `${title}: key`, exact: true })
  }

  /** The sentence under the chart title: what is drawn, the filters and the rosters' coverage. */
  subtitle(title: ChartTitle): Locator {
    return this.figure(title).locator('.chart-figure__subtitle')
  }

  /** The summary paragraph under the chart. */
  summary(title: ChartTitle): Locator {
    return this.figure(title).locator('.chart-figure__summary > p')
  }

  /** The hatched bands of possible members on the timeline (drawn, so found by class). */
  timelineBands(): Locator {
    return this.figure('Membership over time').locator('.charts-band')
  }

  /** The labels a chart's axes draw, left axis first then bottom (drawn, so found by class), as an array of texts. */
  async axisLabels(title: ChartTitle): Promise<{ left: string[]; bottom: string[] }> {
    const labels = (axis: string) =>
      this.figure(title).locator(`.${axis} .recharts-cartesian-axis-tick-value`).allTextContents()
    return { left: await labels('yAxis'), bottom: await labels('xAxis') }
  }

  coalitionCheckbox(name: string): Locator {
    return this.coalitionPicker.getByRole('checkbox', { name, exact: true })
  }

  /** Opens a figure's accessible data table and returns it. */
  async dataTable(title: ChartTitle): Promise<Locator> {
    const figure = this.figure(title)
    const details = figure.locator('details', { hasText: 'Show the data as a table' })
    if ((await details.getAttribute('open')) === null) await details.getByText('Show the data as a table').click()
    return figure.getByRole('table')
  }
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path()
  return readFileSync(path)
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex')
  if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
