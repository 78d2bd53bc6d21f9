import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "Who else members belong to" as a person uses it: the coalition picker, the two rankings, the download. */
export class InterlocksPage {
  readonly page: Page
  readonly section: Locator
  readonly coalition: Locator
  readonly downloadCsv: Locator
  /** Other coalitions, by shared members. */
  readonly ranking: Locator
  /** The chosen coalition's members, by how many other coalitions they belong to. */
  readonly reach: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Who else members belong to', exact: true })
    this.coalition = this.section.getByLabel('Coalition', { exact: true })
    this.downloadCsv = this.section.getByRole('button', { name: /^Download CSV/ })
    this.ranking = this.section.getByRole('list', { name: 'Other coalitions, by shared members' })
    this.reach = this.section.getByRole('list', { name: /, by how many other coalitions they belong to$/ })
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`./${query}`)
    await this.section.waitFor()
  }

  /** The other coalitions' names, in rank order. */
  rankedNames(): Promise<string[]> {
    return this.ranking.locator(':scope > li .interlocks-row__name').allTextContents()
  }

  row(name: string): Locator {
    return this.ranking
      .locator(':scope > li')
      .filter({ has: this.page.locator('.interlocks-row__name', { hasText: new RegExp(`^${escape(name)}$`) }) })
  }

  /** "6 shared members", "4 certain, up to 6 shared members". */
  sharedCount(name: string): Locator {
    return this.row(name).locator('.interlocks-row__count')
  }

  /** The disclosure of a row's shared names: "Show the 6 names shared with Partnership on AI". */
  namesToggle(name: string): Locator {
    return this.section.getByRole('button', { name: new RegExp(`^(Show|Hide) the .* shared with ${escape(name)}$`) })
  }

  /** The shared names, once opened. */
  names(name: string): Locator {
    return this.section.getByRole('list', { name: `Shared with ${name}`, exact: true })
  }

  async download(): Promise<{ fileName: string; rows: Record<string, string>[] }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadCsv.click()])
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    if (parsed.errors.length)
      throw new Error(`CSV did not parse: ${parsed.errors.map((error) => error.message).join('; ')}`)
    return { fileName: download.suggestedFilename(), rows: parsed.data }
  }
}
