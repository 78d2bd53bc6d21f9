import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'

export interface DownloadedCsv {
  readonly fileName: string
  readonly text: string
  /** Parsed with Papa Parse, header row first. */
  readonly rows: string[][]
}

/** The members table as a person uses it: the section, its filters, the table and the details panel. */
export class MembersTablePage {
  readonly page: Page
  readonly section: Locator
  readonly table: Locator
  readonly search: Locator
  readonly sector: Locator
  readonly coalition: Locator
  readonly country: Locator
  readonly role: Locator
  readonly match: Locator
  readonly count: Locator
  readonly downloadCsv: Locator
  readonly clearFilters: Locator
  readonly details: Locator
  /** Rows that hold an organization (not the spacer rows of the virtual list). */
  readonly bodyRows: Locator
  readonly allBodyRows: Locator
  readonly rowNames: Locator
  readonly scrollBox: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Member organizations' })
    this.table = page.getByRole('table', { name: 'Members', exact: true })
    this.search = this.section.getByLabel('Search', { exact: true })
    this.sector = this.section.getByLabel('Sector', { exact: true })
    this.coalition = this.section.getByLabel('Coalition', { exact: true })
    this.country = this.section.getByLabel('Country', { exact: true })
    this.role = this.section.getByLabel('Role', { exact: true })
    this.match = this.section.getByLabel('Match', { exact: true })
    this.count = this.section.getByRole('status').filter({ hasText: /organizations$/ })
    this.downloadCsv = this.section.getByRole('button', { name: 'Download CSV' })
    this.clearFilters = this.section.getByRole('button', { name: 'Clear filters' })
    this.details = page.getByRole('dialog')
    this.bodyRows = this.table.locator('tbody tr[aria-rowindex]')
    this.allBodyRows = this.table.locator('tbody tr')
    this.rowNames = this.bodyRows.getByRole('rowheader')
    this.scrollBox = this.section.locator('.members-table__scroll')
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    await this.table.waitFor()
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name, exact: true })
  }

  sortButton(name: string): Locator {
    return this.columnHeader(name).getByRole('button')
  }

  /** The first `n` organization names in the table's current order. */
  async firstNames(n: number): Promise<string[]> {
    const names = await this.rowNames.allInnerTexts()
    return names.slice(0, n).map((name) => name.trim())
  }

  nameButton(name: string): Locator {
    return this.table.getByRole('button', { name, exact: true })
  }

  async downloadCsvFile(): Promise<DownloadedCsv> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadCsv.click()])
    const path = await download.path()
    const text = readFileSync(path, 'utf8')
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    return { fileName: download.suggestedFilename(), text, rows }
  }
}
