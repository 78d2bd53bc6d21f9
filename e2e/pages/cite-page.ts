import type { Locator, Page } from '@playwright/test'

/** "Cite" buttons, the citation dialog they open, and the notice a cited link gives. */
export class CitePage {
  readonly page: Page
  readonly dialog: Locator
  readonly plainText: Locator
  readonly bibtex: Locator
  readonly copyPlainText: Locator
  readonly copyBibtex: Locator
  readonly status: Locator
  readonly close: Locator
  /** The notice over a cited link opened on a dataset with another content hash. */
  readonly notice: Locator
  readonly dismissNotice: Locator

  constructor(page: Page) {
    this.page = page
    this.dialog = page.getByRole('dialog')
    this.plainText = this.dialog.getByRole('textbox', { name: 'Plain text', exact: true })
    this.bibtex = this.dialog.getByRole('textbox', { name: 'BibTeX', exact: true })
    this.copyPlainText = this.dialog.getByRole('button', { name: 'Copy plain text', exact: true })
    this.copyBibtex = this.dialog.getByRole('button', { name: 'Copy BibTeX', exact: true })
    this.status = this.dialog.getByRole('status')
    this.close = this.dialog.getByRole('button', { name: 'Close', exact: true })
    this.notice = page.getByRole('status').filter({ hasText: 'The numbers may have changed since this view was cited' })
    this.dismissNotice = this.notice.getByRole('button', { name: /^Dismiss/ })
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`./${search}`)
    await this.page.getByRole('region', { name: 'Coalitions', exact: true }).waitFor()
  }

  /** "Cite this view", "Cite the sector chart"… */
  button(what: string): Locator {
    return this.page.getByRole('button', { name: `Cite ${what}`, exact: true })
  }

  async open(what: string): Promise<void> {
    await this.button(what).click()
    await this.dialog.waitFor()
  }

  /** The value of one of the facts the dialog lists ("Content hash", "Link"…). */
  fact(name: string): Locator {
    return this.dialog
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .locator('xpath=following-sibling::dd[1]')
  }

  /** The content hash the open dialog gives. */
  async hash(): Promise<string> {
    return (await this.fact('Content hash').locator('code').textContent()) ?? ''
  }
}
