import type { Locator, Page } from '@playwright/test'

/** The dashboard as a person sees it: named regions and controls, found by role and label. */
export class DashboardPage {
  readonly page: Page
  readonly datasetTitle: Locator
  readonly coalitionsRegion: Locator
  readonly asOf: Locator
  readonly quickDates: Locator
  readonly errorState: Locator

  constructor(page: Page) {
    this.page = page
    this.datasetTitle = page.getByRole('heading', { level: 1 })
    this.coalitionsRegion = page.getByRole('region', { name: 'Coalitions', exact: true })
    this.asOf = page.getByLabel('As of')
    this.quickDates = page.getByLabel('Quick dates')
    this.errorState = page.getByRole('alert')
  }

  /** Opens the dashboard with an optional query string (e.g. `?asOf=2023-12-05`), and returns at once:
   *  for pages that may never show data (a broken link, a refused dataset). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
  }

  /** Opens the dashboard and waits for the coalition cards. They are drawn after the first paint, in
   *  a task after the first rows', with code fetched then; on a busy machine that can take longer
   *  than one expectation waits. */
  async open(query = ''): Promise<void> {
    await this.goto(query)
    await this.waitForData()
  }

  async waitForData(): Promise<void> {
    await this.coalitionsRegion.waitFor()
  }

  coalitionCard(name: string): Locator {
    return this.coalitionsRegion.getByRole('article', { name, exact: true })
  }

  memberCount(name: string): Locator {
    return this.coalitionCard(name).getByTestId('member-count')
  }

  cards(): Locator {
    return this.coalitionsRegion.getByRole('article')
  }
}
