import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'

export interface DownloadedFile {
  readonly fileName: string
  readonly bytes: Buffer
}

/** Spreadsheets in and out, as a person uses them: the panel's controls and the import dialog. */
export class SpreadsheetImportPage {
  readonly page: Page
  readonly panelToggle: Locator
  readonly fileInput: Locator
  readonly pasteRows: Locator
  readonly formatHelp: Locator
  readonly downloadTemplate: Locator
  readonly downloadSpreadsheet: Locator
  readonly downloadJson: Locator
  readonly dialog: Locator
  readonly pasteBox: Locator
  readonly readPasted: Locator
  /** The confirming button: "Import 5 rows", "Import 4 rows, leave out 1". */
  readonly importButton: Locator
  readonly cancel: Locator
  readonly newDataset: Locator
  readonly addToDataset: Locator
  readonly datasetTitleInput: Locator
  readonly sheet: Locator
  /** The "Check" section: how many rows are fine, and each problem. */
  readonly check: Locator
  readonly preview: Locator
  readonly report: Locator
  readonly coalitionsRegion: Locator

  constructor(page: Page) {
    this.page = page
    this.panelToggle = page.getByText('Use your own data')
    this.fileInput = page.getByLabel('Import spreadsheet', { exact: true })
    this.pasteRows = page.getByRole('button', { name: 'Paste rows…' })
    this.formatHelp = page.getByRole('button', { name: 'Format help' })
    this.downloadTemplate = page.getByRole('button', { name: 'Download template' })
    this.downloadSpreadsheet = page.getByRole('button', { name: 'Download dataset as spreadsheet' })
    this.downloadJson = page.getByRole('button', { name: 'Download dataset as JSON' })
    this.dialog = page.getByRole('dialog', { name: 'Import a spreadsheet' })
    this.pasteBox = this.dialog.getByRole('textbox', { name: 'Paste from a spreadsheet' })
    this.readPasted = this.dialog.getByRole('button', { name: 'Read pasted rows' })
    this.importButton = this.dialog.getByRole('button', { name: /^Import / })
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel', exact: true })
    this.newDataset = this.dialog.getByRole('radio', { name: 'A new dataset' })
    this.addToDataset = this.dialog.getByRole('radio', { name: 'Add to the dataset on screen' })
    this.datasetTitleInput = this.dialog.getByRole('textbox', { name: 'Dataset title' })
    this.sheet = this.dialog.getByLabel('Sheet', { exact: true })
    this.check = this.dialog.getByRole('region', { name: 'Check' })
    this.preview = this.dialog.getByRole('table', { name: 'The first rows as they will be read' })
    this.report = this.dialog.getByRole('region', { name: 'What the import does' })
    this.coalitionsRegion = page.getByRole('region', { name: 'Coalitions', exact: true })
  }

  async openPanel(): Promise<void> {
    await this.coalitionsRegion.waitFor()
    if (!(await this.fileInput.isVisible())) await this.panelToggle.click()
  }

  /** Chooses a file in "Import spreadsheet"; the dialog opens on it. */
  async chooseFile(name: string, contents: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.openPanel()
    await this.fileInput.setInputFiles({
      name,
      mimeType,
      buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
    })
    await this.dialog.waitFor()
    await this.waitForCheck()
  }

  async paste(text: string): Promise<void> {
    await this.openPanel()
    await this.pasteRows.click()
    await this.pasteBox.fill(text)
    await this.readPasted.click()
    await this.waitForCheck()
  }

  /**
   * Waits for the rows to be checked: the importer's worker starts, reads the sheet and checks every
   * row first, which on a busy machine takes longer than an assertion's usual wait.
   */
  async waitForCheck(): Promise<void> {
    await this.check.waitFor({ timeout: 30_000 })
    await this.dialog
      .getByRole('status')
      .filter({ hasText: 'Checking the rows' })
      .waitFor({ state: 'hidden', timeout: 30_000 })
  }

  /** The select that says what one column is read as, labelled with the column's header. */
  columnField(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: header, exact: true })
  }

  /** Waits until the rows are checked against the latest choices, then imports. */
  async confirm(): Promise<void> {
    await this.importButton.click()
    await this.dialog.waitFor({ state: 'hidden', timeout: 30_000 })
  }

  /** Drops a file on the page, as a person dragging it from their files would. */
  async drop(name: string, contents: string, mimeType = 'text/csv'): Promise<void> {
    await this.coalitionsRegion.waitFor()
    const transfer = await this.page.evaluateHandle(
      ({ name: fileName, contents: text, mimeType: type }) => {
        const data = new DataTransfer()
        data.items.add(new File([text], fileName, { type }))
        return data
      },
      { name, contents, mimeType },
    )
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer })
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer })
  }

  async download(button: Locator): Promise<DownloadedFile> {
    await this.openPanel()
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()])
    return { fileName: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
  }

  cardCount(name: string): Locator {
    return this.coalitionsRegion.getByRole('article', { name, exact: true }).getByTestId('member-count')
  }
}
