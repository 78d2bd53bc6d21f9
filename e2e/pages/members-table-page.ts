import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'

/** The two choices of the table's Download CSV control, first one first. */
export const MEMBERSHIP_LIST = 'Membership list (one row per membership)'
export const ORGANIZATIONS_AS_SHOWN = 'Organizations as shown'
export type CsvChoice = typeof MEMBERSHIP_LIST | typeof ORGANIZATIONS_AS_SHOWN

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
  /** The Download CSV control's toggle; its choices appear below it. */
  readonly downloadCsv: Locator
  readonly legend: Locator
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
    this.count = this.section
      .getByRole('status')
      .filter({ hasText: /organizations( \([\d,]+ uncertain\))?(, including [\d,]+ close match(es)?)?$/ })
    this.downloadCsv = this.section.getByRole('button', { name: 'Download CSV' })
    this.legend = this.section.getByRole('list', { name: 'Legend' })
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

  /** One choice of the Download CSV control (shown once the control is open). */
  downloadChoice(choice: CsvChoice): Locator {
    return this.section.getByRole('button', { name: choice, exact: true })
  }

  /** The cells of one column, in row order, found by the column's header. */
  async columnCells(name: string): Promise<Locator> {
    const index = await this.columnHeader(name).evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)
    return this.bodyRows.locator(`:scope > :nth-child(${index + 1})`)
  }

  /** Names of the rows whose cell in this column carries the "uncertain" mark. */
  async uncertainNames(columnName: string): Promise<string[]> {
    const index = await this.columnHeader(columnName).evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)
    const marked = this.bodyRows.filter({
      has: this.page.locator(`:scope > :nth-child(${index + 1})`).getByText('uncertain', { exact: true }),
    })
    return (await marked.getByRole('rowheader').allInnerTexts()).map((name) => name.trim())
  }

  async downloadCsvFile(choice: CsvChoice = ORGANIZATIONS_AS_SHOWN): Promise<DownloadedCsv> {
    await this.downloadCsv.click()
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadChoice(choice).click()])
    const path = await download.path()
    const text = readFileSync(path, 'utf8')
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    return { fileName: download.suggestedFilename(), text, rows }
  }
}
