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
  /** What the reader must know about each side: not founded yet, roster last checked, partial list. */
  readonly notes: Locator

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
    this.notes = this.section.getByRole('list', { name: 'About these figures' })
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    await this.section.waitFor()
  }

  /** A column by its exact name: `Only in AI Alliance`, `In both`, `Only in Frontier Model Forum`. */
  column(name: string): Locator {
    return this.section.getByRole('region', { name, exact: true })
  }

  /** The organization names a column shows, in the order shown (each sector cut to its first names until “Show all”). */
  columnNames(name: string): Promise<string[]> {
    return this.column(name).getByRole('listitem').getByRole('button').allTextContents()
  }

  /** Every organization name of a column: each sector's “Show all” pressed first. */
  async allColumnNames(name: string): Promise<string[]> {
    const more = this.column(name).getByRole('button', { name: /^Show all [\d,]+ in / })
    while ((await more.count()) > 0) await more.first().click()
    return this.columnNames(name)
  }

  /** One organization's entry in a column, found by its name button. */
  entry(column: string, name: string): Locator {
    return this.column(column)
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) })
  }

  /** The "uncertain" mark of an entry whose place is not certain on the day; it opens the reason. */
  uncertainTag(column: string, name: string): Locator {
    return this.entry(column, name).getByText('uncertain', { exact: true })
  }

  /** The disclosure the mark opens: the reason, per membership that is only possible. */
  uncertainty(column: string, name: string): Locator {
    return this.entry(column, name).getByRole('group')
  }

  /** The three columns, in page order, by their names. */
  async columnTitles(): Promise<string[]> {
    return this.section.locator('.compare-columns').getByRole('heading', { level: 3 }).allTextContents()
  }

  /** A Venn region by its name; its accessible name ends in the count, "3" or "3 certain, up to 5". */
  vennRegion(name: string): Locator {
    return this.section.getByRole('button', {
      name: new RegExp(`^${escape(name)}: [\\d,]+( certain, up to [\\d,]+)?$`),
    })
  }

  /** The Venn diagram's picture (its regions are buttons inside it). */
  get venn(): Locator {
    return this.section.getByRole('group', { name: /^Venn diagram/ })
  }

  /** How far the Venn diagram's key runs past the picture's right edge, in px (0 or less: it fits). */
  vennKeyOverflow(): Promise<number> {
    return this.venn.evaluate((svg) => {
      const right = svg.getBoundingClientRect().right
      const texts = [...svg.querySelectorAll('text')].filter((text) => text.closest('[aria-hidden="true"]'))
      return Math.max(...texts.map((text) => text.getBoundingClientRect().right)) - right
    })
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

  /** The matrix's rows: "A + B: 12 organizations", or "…, 2 uncertain" when some are only possibly there. */
  overlapRows(): Locator {
    return this.overlap.getByRole('button', { name: /: [\d,]+ organizations?(, [\d,]+ uncertain)?$/ })
  }

  /** Every combination's size, read from its accessible name. */
  async overlapSizes(): Promise<number[]> {
    const names = await this.overlapRows().evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('aria-label') ?? ''),
    )
    return names.map((name) =>
      Number(/: ([\d,]+) organizations?(, [\d,]+ uncertain)?$/.exec(name)?.[1]?.replaceAll(',', '')),
    )
  }

  /** The stated number of organizations with at least one membership among the chosen coalitions. */
  async overlapTotal(): Promise<number> {
    const text = await this.overlap.getByText(/ha(?:ve|s) at least one membership among these coalitions/).textContent()
    return Number(/([\d,]+) organizations?/.exec(text ?? '')?.[1]?.replaceAll(',', ''))
  }
}
