import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { ChartsPage } from './pages/charts-page'
import { ComparePage } from './pages/compare-page'
import { DatasetLoaderPage } from './pages/dataset-loader-page'
import { MembersTablePage } from './pages/members-table-page'
import { bundledDataset } from './support/dataset'

const bundled = bundledDataset()
const example = readFileSync(new URL('../public/data/examples/open-source-security.json', import.meta.url), 'utf8')
const exampleDoc = JSON.parse(example) as { title: string; coalitions: { name: string }[] }

/** A valid document with one thing broken, to see the refusal name it. */
function brokenDocument(): string {
  const doc = JSON.parse(example) as { organizations: { id: string }[] }
  doc.organizations[1]!.id = doc.organizations[0]!.id
  return JSON.stringify(doc)
}

test.describe('loading your own dataset', () => {
  test('a valid file replaces the bundled dataset, and reset brings it back', async ({ page }) => {
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFile('open-source-security.json', example)
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    await expect(loader.coalitionCardNames()).toHaveText(exampleDoc.coalitions.map((c) => c.name))
    await expect(page.getByText('From file open-source-security.json')).toBeVisible()
    await loader.resetToBundled()
    await expect(loader.datasetTitle).toHaveText(bundled.title)
  })

  test('every view works with a user dataset about other coalitions', async ({ page }) => {
    const loader = new DatasetLoaderPage(page)
    const members = new MembersTablePage(page)
    const charts = new ChartsPage(page)
    const compare = new ComparePage(page)
    await page.goto('./?asOf=2024-06-30')
    await loader.loadFile('open-source-security.json', example)
    await expect(members.count).toHaveText('28 of 28 organizations')
    await members.search.fill('facebook')
    await expect(members.rowNames).toHaveText(['Meta'])
    // Both sections are drawn afresh for the new dataset after its first paint: wait for them as a
    // person would, then check them.
    await compare.section.waitFor()
    await expect(charts.section.getByRole('figure', { name: 'Members by sector' })).toBeVisible()
    await expect(compare.coalitionA).toHaveValue('core-infrastructure-initiative')
    await expect(compare.coalitionB).toHaveValue('openssf')
    // Who is in both, worked out from the file itself (no dates end in this example).
    const raw = JSON.parse(example) as {
      organizations: { id: string; name: string }[]
      memberships: { organization: string; coalition: string }[]
    }
    const inCoalition = (id: string) =>
      new Set(raw.memberships.filter((m) => m.coalition === id).map((m) => m.organization))
    const cii = inCoalition('core-infrastructure-initiative')
    const both = raw.organizations.filter((o) => cii.has(o.id) && inCoalition('openssf').has(o.id)).map((o) => o.name)
    expect(both.length).toBeGreaterThan(0)
    const shown = await compare.column('In both').getByRole('listitem').getByRole('button').allTextContents()
    expect([...shown].sort()).toEqual([...both].sort())
    await expect(page.getByRole('option', { name: 'AI Alliance' })).toHaveCount(0)
  })

  test('a broken file is refused with its problem and path, and the dataset on screen stays', async ({ page }) => {
    const loader = new DatasetLoaderPage(page)
    const members = new MembersTablePage(page)
    await page.goto('./?asOf=2024-06-30&sector=research-academia')
    await expect(members.count).toHaveText(new RegExp(`^\\d+ of ${bundled.organizations.length} organizations`))
    const countBefore = await members.count.textContent()
    await loader.loadFile('broken.json', brokenDocument())
    await expect(loader.alert).toContainText('broken.json was not loaded.')
    await expect(loader.alert).toContainText(
      'organizations[1].id: "amazon-web-services" is used twice (also organizations[0])',
    )
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(loader.coalitionCardNames()).toHaveCount(bundled.coalitions.length)
    await expect(members.count).toHaveText(countBefore ?? '')
    await expect(page).toHaveURL(/asOf=2024-06-30&sector=research-academia/)
  })

  test('a file refused while the bundled dataset is still loading does not keep that dataset away', async ({
    page,
  }) => {
    const loader = new DatasetLoaderPage(page)
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route('**/data/coalitions.json', async (route) => {
      await held
      await route.continue()
    })
    await page.goto('./')
    await expect(page.getByRole('status').filter({ hasText: 'Loading bundled dataset' })).toBeVisible()
    await loader.panelToggle.click()
    await loader.fileInput.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') })
    await expect(loader.alert).toContainText('The document is empty.')
    release()
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(loader.coalitionCardNames()).toHaveCount(bundled.coalitions.length)
    await expect(loader.alert).toContainText('empty.json was not loaded. The document is empty.')
  })

  const refusals: [string, string, string][] = [
    ['an empty file', '', 'The document is empty.'],
    [
      'a file cut off in the middle',
      example.slice(0, 400),
      'The document is not valid JSON: it ends too early (the file may be cut off)',
    ],
    [
      'an unknown version',
      JSON.stringify({ ...JSON.parse(example), version: 3 }),
      'version: unsupported dataset version 3 (this app reads versions 1 and 2)',
    ],
    [
      'a javascript: link',
      example.replace(
        '"https://www.helpnetsecurity.com/2020/08/03/open-source-security-foundation/"',
        '"javascript:alert(1)"',
      ),
      ': only http and https links are allowed',
    ],
  ]
  for (const [name, contents, message] of refusals) {
    test(`${name} is refused with a clear reason`, async ({ page }) => {
      const loader = new DatasetLoaderPage(page)
      await page.goto('./')
      await loader.loadFile('mine.json', contents)
      await expect(loader.alert).toContainText(message)
      await expect(loader.datasetTitle).toHaveText(bundled.title)
    })
  }

  test('a 60 MB file is refused before it is read', async ({ page }, testInfo) => {
    const path = testInfo.outputPath('huge.json')
    writeFileSync(path, Buffer.alloc(60 * 1024 * 1024, 0x20))
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFilePath(path)
    await expect(loader.alert).toContainText('The file is 60.0 MB; the limit is 50.0 MB.')
    await expect(loader.datasetTitle).toHaveText(bundled.title)
  })

  test('a link loads a dataset and stays in the address so the view can be shared', async ({ page }) => {
    await page.route('https://data.example.org/**', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: example,
        headers: { 'access-control-allow-origin': '*' },
      }),
    )
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFromLink('https://data.example.org/oss.json')
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('https://data.example.org/oss.json')
    await page.reload()
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    await expect(page.getByText('From https://data.example.org/oss.json')).toBeVisible()
  })

  test('a broken link is refused while the dataset on screen stays', async ({ page }) => {
    await page.route('https://data.example.org/**', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: brokenDocument(),
        headers: { 'access-control-allow-origin': '*' },
      }),
    )
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFromLink('https://data.example.org/broken.json')
    await expect(loader.alert).toContainText('https://data.example.org/broken.json was not loaded.')
    await expect(loader.alert).toContainText('organizations[1].id: "amazon-web-services" is used twice')
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(page).not.toHaveURL(/data=/)
  })

  test.describe('a link that fails', () => {
    test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404/] })
    test('names the HTTP status', async ({ page }) => {
      await page.route('https://data.example.org/**', (route) =>
        route.fulfill({ status: 404, body: 'no', headers: { 'access-control-allow-origin': '*' } }),
      )
      const loader = new DatasetLoaderPage(page)
      await page.goto('./')
      await loader.loadFromLink('https://data.example.org/missing.json')
      await expect(loader.alert).toContainText('the server answered 404')
      await expect(loader.datasetTitle).toHaveText(bundled.title)
    })
  })

  test('a page opened with a broken data link explains why and shows the bundled dataset', async ({ page }) => {
    await page.route('https://data.example.org/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><p>Sign in</p>',
        headers: { 'access-control-allow-origin': '*' },
      }),
    )
    const loader = new DatasetLoaderPage(page)
    await page.goto(`./?data=${encodeURIComponent('https://data.example.org/login')}`)
    await expect(loader.alert).toContainText(
      'The document is a web page or XML (it starts with "<"), not JSON. Showing the bundled dataset instead.',
    )
    await expect(loader.datasetTitle).toHaveText(bundled.title)
    await expect(page).not.toHaveURL(/data=/)
  })

  test('a file dropped anywhere on the page is loaded', async ({ page }) => {
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await page.getByRole('region', { name: 'Coalitions', exact: true }).waitFor()
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }))
      return transfer
    }, example)
    await page.dispatchEvent('main', 'dragenter', { dataTransfer })
    await page.dispatchEvent('main', 'drop', { dataTransfer })
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
  })

  test('names with HTML in them are shown as plain text', async ({ page }) => {
    const doc = JSON.parse(example) as { organizations: { name: string }[]; coalitions: { name: string }[] }
    doc.coalitions[0]!.name = '<img src=x onerror=alert(1)>'
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFile('html.json', JSON.stringify(doc))
    await expect(
      page
        .getByRole('region', { name: 'Coalitions', exact: true })
        .getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeVisible()
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
  })
})
