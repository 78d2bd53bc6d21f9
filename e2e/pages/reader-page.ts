import type { Locator, Page } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A reader's way through the page: the "Sections" navigation, each section's "Copy link", the cards' shortcuts, and print. */
export class ReaderPage {
  readonly page: Page
  readonly sectionsNav: Locator
  /** The status beside a section's "Copy link" button. */
  readonly copyStatus: Locator
  /** The members table as printed: every filtered row (the screen's table is hidden in print). */
  readonly printedTable: Locator
  readonly printSummary: Locator
  /** The line under a printed table cut at its row limit. */
  readonly printedNote: Locator
  readonly sidewaysHint: Locator
  readonly membersScrollBox: Locator
  readonly coalitionsRegion: Locator

  constructor(page: Page) {
    this.page = page
    this.sectionsNav = page.getByRole('navigation', { name: 'Sections', exact: true })
    this.copyStatus = page.getByRole('status').filter({ hasText: /^(Link copied|Copy the selected link)$/ })
    this.printedTable = page.getByRole('table', { name: 'Members', exact: true })
    this.printSummary = page.getByRole('region', { name: 'This printout' })
    this.printedNote = page.getByText(/^… and [\d,]+ more rows? not printed$/)
    this.sidewaysHint = page.getByText('Scroll sideways for more columns')
    this.membersScrollBox = page.getByRole('region', { name: 'Members table', exact: true })
    this.coalitionsRegion = page.getByRole('region', { name: 'Coalitions', exact: true })
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    // Both are drawn after the first paint, with code fetched then.
    await this.sectionsNav.waitFor()
    await this.coalitionsRegion.waitFor()
  }

  navLink(name: string): Locator {
    return this.sectionsNav.getByRole('link', { name, exact: true })
  }

  /** A section's heading (level 2): `Coalitions`, `Member organizations`, `Charts`, `Compare two coalitions`, `Sources`. */
  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true })
  }

  copyLink(section: string): Locator {
    return this.page.getByRole('button', { name: `Copy link to ${section}`, exact: true })
  }

  /** The field the link is shown in when the clipboard refuses it. */
  copyField(section: string): Locator {
    return this.page.getByRole('textbox', { name: `Link to ${section}`, exact: true })
  }

  card(name: string): Locator {
    return this.coalitionsRegion.getByRole('article', { name, exact: true })
  }

  showMembers(coalition: string): Locator {
    return this.card(coalition).getByRole('button', { name: `Show members of ${coalition}`, exact: true })
  }

  compare(coalition: string): Locator {
    return this.card(coalition).getByRole('button', { name: `Compare ${coalition}`, exact: true })
  }

  /** One sector's list in a comparison column (`Only in AI Alliance`, `In both`), named by its heading "Sector N". */
  sectorList(column: Locator, sector: string): Locator {
    return column.getByRole('list', { name: new RegExp(`^${escape(sector)} [\\d,]+$`) })
  }

  /** "Show all N" for one sector of one column. */
  showAll(column: Locator, count: number, sector: string, columnName: string): Locator {
    return column.getByRole('button', {
      name: `Show all ${count.toLocaleString('en')} in ${sector} (${columnName})`,
      exact: true,
    })
  }

  showFirst(column: Locator, sector: string, columnName: string): Locator {
    return column.getByRole('button', {
      name: new RegExp(`^Show the first \\d+ in ${escape(sector)} \\(${escape(columnName)}\\)$`),
    })
  }

  /** Rows of the printed table that hold an organization. */
  printedRows(): Locator {
    return this.printedTable.locator('tbody tr')
  }

  /** Buttons, fields, disclosures and navigation a printed page would show: none should be. */
  printedControls(): Locator {
    return this.page.locator(
      'button:visible, input:visible, select:visible, textarea:visible, nav:visible, summary:visible',
    )
  }
}
