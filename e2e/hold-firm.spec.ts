/**
 * Hostile and extreme inputs: every load settles with the controls usable, a newer load wins, a
 * silent link gives way, and junk in the address is refused in words.
 */
import { expect, test } from './fixtures'
import { DatasetLoaderPage } from './pages/dataset-loader-page'
import { bundledDataset } from './support/dataset'

const bundled = bundledDataset()
const SILENT = 'https://silent.example.org/never.json'

test.describe('holding firm', () => {
  test('a link that never answers shows the bundled data meanwhile, then gives way with a sentence after 30 seconds', async ({
    page,
    dashboard,
  }) => {
    await page.clock.install()
    await page.route(SILENT, () => {
      // Never answered.
    })
    await dashboard.goto(`?data=${encodeURIComponent(SILENT)}`)
    const loader = new DatasetLoaderPage(page)
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(loader.loadingStatus).toContainText(SILENT)
    await expect(loader.cancel).toBeEnabled()
    await page.clock.runFor(31_000)
    await expect(loader.alert).toContainText('sent nothing for 30 seconds, so loading it was abandoned')
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(page).not.toHaveURL(/[?&]data=/)
  })

  test('Cancel stops a link that is loading, and the dataset on screen stays', async ({ page }) => {
    await page.route(SILENT, () => {})
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFromLink(SILENT)
    await expect(loader.loadingStatus).toContainText(SILENT)
    await loader.cancel.click()
    await expect(page.getByRole('status').filter({ hasText: 'was cancelled' })).toBeVisible()
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(page).not.toHaveURL(/[?&]data=/)
  })

  test('a newer file wins over a link still loading', async ({ page, baseURL }) => {
    const link = new URL('data/examples/open-source-security.json', baseURL).href
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(link, async (route) => {
      await held
      await route.continue()
    })
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFromLink(link)
    await expect(loader.loadingStatus).toContainText(link)
    const mine = { ...bundled, title: 'My own coalitions' }
    await loader.loadFile('mine.json', JSON.stringify(mine))
    await expect(loader.datasetTitle).toHaveText('My own coalitions')
    release()
    // The older link was aborted: its answer must not replace the newer file.
    await expect(loader.loadingStatus).toHaveCount(0)
    await expect(loader.datasetTitle).toHaveText('My own coalitions')
  })

  test('a file of 170,000 empty memberships is refused with its true problem count, and the controls stay usable', async ({
    page,
  }) => {
    // Checking 170,000 broken items takes seconds on a loaded machine; the bound only has to end the test.
    test.setTimeout(120_000)
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    const huge = JSON.stringify({ ...bundled, memberships: Array.from({ length: 170_000 }, () => ({})) })
    await loader.loadFile('empty-memberships.json', huge)
    await expect(loader.alert).toContainText('680,000 problems', { timeout: 60_000 })
    await expect(loader.alert).toContainText('memberships[0].organization: is required')
    await expect(loader.alert).toContainText('more.')
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await loader.open()
    await expect(loader.fileInput).toBeEnabled()
    await expect(loader.loadLink).toBeDefined()
  })

  test('junk in the address is refused in words and dropped from it', async ({ page, dashboard }) => {
    await dashboard.goto('?data=javascript:alert(1)&asOf=2024-02-30&sector=research-academia')
    const notice = page.getByRole('alert').filter({ hasText: 'Part of the address was not used' })
    await expect(notice).toContainText('only http and https links can be loaded')
    await expect(notice).toContainText('is not a real calendar day')
    await expect(page).toHaveURL(/\?sector=research-academia$/)
    await expect(dashboard.datasetTitle).toHaveText(bundled.title)
  })

  test('a 6,000-character dataset link does not widen the page', async ({ page }) => {
    const long = `https://example.org/${'x'.repeat(6000)}.json`
    await page.route(long, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: 'not json' }))
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFromLink(long)
    await expect(loader.alert).toContainText('is not valid JSON')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(1280)
  })
})
