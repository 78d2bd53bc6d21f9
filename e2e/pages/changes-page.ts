import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Changes section as a person uses it: the two days, one entry per coalition, the download. */
export class ChangesPage {
  readonly page: Page
  readonly section: Locator
  readonly from: Locator
  readonly to: Locator
  readonly downloadCsv: Locator
  readonly lastYear: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Changes', exact: true })
    this.from = this.section.getByLabel('From', { exact: true })
    this.to = this.section.getByLabel('To', { exact: true })
    this.downloadCsv = this.section.getByRole('button', { name: /^Download CSV/ })
    this.lastYear = this.section.getByRole('button', { name: 'Last 12 months' })
  }

  async goto(query = ''): Promise<void> {
    await this.open(`./${query}`)
  }

  /** Opens an address and waits for the section: it is drawn after the first paint, after the charts
   *  and the comparison, which on a busy machine takes longer than an expectation waits. */
  async open(address: string): Promise<void> {
    await this.page.goto(address)
    await this.section.waitFor()
  }

  /** Types a day into a field and applies it with Enter, as a person at the keyboard does. */
  async typeDay(field: 'From' | 'To', iso: string): Promise<void> {
    const input = field === 'From' ? this.from : this.to
    await input.fill(iso)
    await input.press('Enter')
  }

  /** One coalition's entry, found by its heading. */
  coalition(name: string): Locator {
    return this.section
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) })
  }

  /** "+28 joined, 4 became certain", or "no changes". */
  summary(name: string): Locator {
    return this.coalition(name).locator('.changes-coalition__summary')
  }

  /** The disclosure of a coalition's organizations: "Show the 32 organizations in AI Alliance". */
  toggle(name: string): Locator {
    return this.section.getByRole('button', { name: new RegExp(`^(Show|Hide) the .* in ${escape(name)}$`) })
  }

  /** A kind's group in an opened coalition: "Joined", "May have joined", … */
  group(name: string, heading: string): Locator {
    return this.coalition(name).getByRole('group', { name: new RegExp(`^${escape(heading)}: [\\d,]+$`) })
  }

  /** The organization names in a kind's group, in the order shown. */
  groupNames(name: string, heading: string): Promise<string[]> {
    return this.group(name, heading).getByRole('listitem').getByRole('button').allTextContents()
  }

  /** The headings of an opened coalition's groups with their counts, e.g. ["Joined: 28", "Became certain: 4"]. */
  async groupLabels(name: string): Promise<string[]> {
    return this.coalition(name)
      .getByRole('group')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label') ?? ''))
  }

  async download(): Promise<{ fileName: string; header: string[]; rows: Record<string, string>[] }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadCsv.click()])
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    if (parsed.errors.length)
      throw new Error(`CSV did not parse: ${parsed.errors.map((error) => error.message).join('; ')}`)
    return { fileName: download.suggestedFilename(), header: parsed.meta.fields ?? [], rows: parsed.data }
  }
}
