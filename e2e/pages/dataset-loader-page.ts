import type { Locator, Page } from '@playwright/test'

/** The "Use your own data" controls and what they report. */
export class DatasetLoaderPage {
  readonly page: Page
  readonly panelToggle: Locator
  readonly fileInput: Locator
  readonly linkInput: Locator
  readonly loadLink: Locator
  readonly reset: Locator
  /** The banner shown over a dataset kept in this browser, and its own Reset button. */
  readonly keptBanner: Locator
  readonly keptReset: Locator
  readonly alert: Locator
  readonly datasetTitle: Locator
  /** The progress line of a load in progress, and its Cancel button. */
  readonly loadingStatus: Locator
  readonly cancel: Locator

  constructor(page: Page) {
    this.page = page
    this.panelToggle = page.getByText('Use your own data')
    this.fileInput = page.getByLabel('Load dataset')
    this.linkInput = page.getByLabel('Dataset link')
    this.loadLink = page.getByRole('button', { name: 'Load link' })
    // The panel's button; the kept dataset's banner has one of the same name.
    this.reset = page.locator('details').getByRole('button', { name: 'Reset to bundled dataset' })
    this.keptBanner = page.getByRole('region', { name: 'Dataset kept in this browser' })
    this.keptReset = this.keptBanner.getByRole('button', { name: 'Reset to bundled dataset' })
    this.alert = page.getByRole('alert')
    this.datasetTitle = page.getByRole('heading', { level: 1 })
    this.loadingStatus = page.getByRole('region', { name: 'Dataset loading' }).getByRole('status')
    this.cancel = page.getByRole('button', { name: 'Cancel' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('region', { name: 'Coalitions', exact: true }).waitFor()
    if (!(await this.fileInput.isVisible())) await this.panelToggle.click()
  }

  async loadFile(name: string, contents: string | Buffer): Promise<void> {
    await this.open()
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
    })
  }

  /** For files too large to hand over as a buffer (Playwright's limit is 50 MB). */
  async loadFilePath(path: string): Promise<void> {
    await this.open()
    await this.fileInput.setInputFiles(path)
  }

  async loadFromLink(url: string): Promise<void> {
    await this.open()
    await this.linkInput.fill(url)
    await this.loadLink.click()
  }

  async resetToBundled(): Promise<void> {
    await this.open()
    await this.reset.click()
  }

  coalitionCardNames(): Locator {
    return this.page.getByRole('region', { name: 'Coalitions', exact: true }).getByRole('heading', { level: 3 })
  }
}
