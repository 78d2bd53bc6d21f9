import type { Locator, Page } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The comparison section as a person sees it: pickers, columns, Venn regions, absentees, matrix. */
export class ComparePage {
  readonly page: Page
  readonly section: Locator
  readonly coalitionA: Locator
  readonly coalitionB: Locator
  readonly swap: Locator
  readonly family: Locator
  readonly downloadCsv: Locator
  readonly absentees: Locator
  readonly overlap: Locator
  readonly overlapSets: Locator
  readonly asOf: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Compare two coalitions' })
    this.coalitionA = this.section.getByLabel('Coalition A', { exact: true })
    this.coalitionB = this.section.getByLabel('Coalition B', { exact: true })
    this.swap = this.section.getByRole('button', { name: 'Swap', exact: true })
    this.family = this.section.getByRole('checkbox', { name: 'Count subsidiaries under their parent' })
    this.downloadCsv = this.section.getByRole('button', { name: 'Download comparison CSV' })
    this.absentees = this.section.getByRole('region', { name: 'Notable absentees' })
    this.overlap = this.section.getByRole('figure', { name: 'Overlap across coalitions' })
    this.overlapSets = this.overlap.getByRole('group', { name: 'Coalitions in the matrix' })
    this.asOf = page.getByLabel('As of', { exact: true })
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    await this.section.waitFor()
  }

  /** A column by its exact name: `Only in AI Alliance`, `In both`, `Only in Frontier Model Forum`. */
  column(name: string): Locator {
    return this.section.getByRole('region', { name, exact: true })
  }

  /** The organization names listed in a column, in the order shown. */
  columnNames(name: string): Promise<string[]> {
    return this.column(name).getByRole('listitem').getByRole('button').allTextContents()
  }

  /** The three columns, in page order, by their names. */
  async columnTitles(): Promise<string[]> {
    return this.section.locator('.compare-columns').getByRole('heading', { level: 3 }).allTextContents()
  }

  vennRegion(name: string): Locator {
    return this.section.getByRole('button', { name: new RegExp(`^${escape(name)}: \\d+$`) })
  }

  /** A headline figure's value by its term: `Members of AI Alliance`, `Shared`, `Jaccard similarity`. */
  headlineFigure(term: string): Locator {
    return this.section
      .locator('.compare-figures__item')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${escape(term)}$`) }) })
      .getByRole('definition')
  }

  absenteeList(title: string): Locator {
    return this.absentees.getByRole('group', { name: new RegExp(`^${escape(title)} \\d+$`) })
  }

  absenteeNames(title: string): Promise<string[]> {
    return this.absenteeList(title).getByRole('listitem').getByRole('button').allTextContents()
  }

  overlapRows(): Locator {
    return this.overlap.getByRole('button', { name: /: [\d,]+ organizations?$/ })
  }

  /** Every combination's size, read from its accessible name. */
  async overlapSizes(): Promise<number[]> {
    const names = await this.overlapRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''))
    return names.map((name) => Number(/: ([\d,]+) organizations?$/.exec(name)?.[1]?.replaceAll(',', '')))
  }

  /** The stated number of organizations with at least one membership among the chosen coalitions. */
  async overlapTotal(): Promise<number> {
    const text = await this.overlap.getByText(/ha(?:ve|s) at least one membership among these coalitions/).textContent()
    return Number(/([\d,]+) organizations?/.exec(text ?? '')?.[1]?.replaceAll(',', ''))
  }
}
