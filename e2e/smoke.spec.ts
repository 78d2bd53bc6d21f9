import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { bundledDataset, cardCountText, memberRangeOn } from './support/dataset'

const doc = bundledDataset()

test.describe('the dashboard shell', () => {
  test('shows the dataset title and one card per coalition with its member count', async ({ dashboard }) => {
    await dashboard.open('?asOf=2026-11-22')
    await expect(dashboard.datasetTitle).toHaveText(doc.title)
    await expect(dashboard.cards()).toHaveCount(doc.coalitions.length)
    for (const coalition of doc.coalitions) {
      await expect(dashboard.memberCount(coalition.name), coalition.name).toHaveText(
        cardCountText(memberRangeOn(doc, coalition.id, '2026-11-22')),
      )
    }
  })

  test('downloads the bundled dataset once: the early download in boot.js is the one the app uses', async ({
    dashboard,
    page,
  }) => {
    const fetched: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/data/')) fetched.push(new URL(request.url()).pathname)
    })
    await dashboard.open('?asOf=2026-11-22')
    await expect(dashboard.cards()).toHaveCount(doc.coalitions.length)
    expect(fetched).toEqual(['/data/coalitions.json'])
  })

  test("shows the bundled dataset while a dataset link loads, then the link's dataset", async ({
    dashboard,
    page,
    baseURL,
  }) => {
    const link = new URL('data/examples/open-source-security.json', baseURL).href
    // Hold the link's answer until the bundled dataset is on screen.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(link, async (route) => {
      await held
      await route.continue()
    })
    await dashboard.goto(`?data=${encodeURIComponent(link)}`)
    await expect(dashboard.datasetTitle).toHaveText(doc.title)
    await expect(page.getByRole('region', { name: 'Dataset loading' }).getByRole('status')).toContainText(link)
    await dashboard.waitForData()
    release()
    await expect(dashboard.cards()).toHaveCount(2)
    await expect(page).toHaveURL(/[?&]data=/)
  })

  test('counts the AI Alliance launch list and the Forum founders on 5 December 2023', async ({ dashboard }) => {
    await dashboard.open('?asOf=2023-12-05')
    // The fact sheet's numbers: 57 organizations on the launch list; the Forum's four founders.
    await expect(dashboard.memberCount('AI Alliance')).toHaveText('57 members')
    await expect(dashboard.memberCount('Frontier Model Forum')).toHaveText('4 members')
  })

  test('states a range where the evidence leaves members uncertain, and says why', async ({ dashboard }) => {
    // The Partnership on AI's five founders; OpenAI, AAAI and ACLU are known as partners only by 16 May 2017.
    await dashboard.open('?asOf=2016-09-28')
    await expect(dashboard.memberCount('Partnership on AI')).toHaveText('5 certain, up to 8 members')
    const card = dashboard.coalitionCard('Partnership on AI')
    await card.getByText('Why 3 memberships are uncertain').click()
    await expect(card.getByRole('listitem').filter({ hasText: 'OpenAI' })).toHaveText(
      'OpenAI: member by 16 May 2017; start unknown',
    )
    // Before its founding a coalition has no members to count.
    await expect(dashboard.memberCount('AI Alliance')).toHaveText('Not founded until 5 December 2023')
  })

  test('counts the 16 Seoul signatories of the summit day with no range, and the four later ones as possible', async ({
    dashboard,
  }) => {
    await dashboard.open('?asOf=2024-05-21')
    await expect(dashboard.memberCount('Frontier AI Safety Commitments (Seoul)')).toHaveText('16 members')
    await dashboard.asOf.fill('2024-06-30')
    await expect(dashboard.memberCount('Frontier AI Safety Commitments (Seoul)')).toHaveText(
      '16 certain, up to 20 members',
    )
  })

  test('says when a roster was last checked once the date is past it', async ({ dashboard }) => {
    await dashboard.open('?asOf=2026-11-22')
    const forum = doc.coalitions.find((coalition) => coalition.id === 'frontier-model-forum') as unknown as {
      roster: { checked: string }
    }
    await expect(dashboard.coalitionCard('Frontier Model Forum')).toContainText(
      `Roster last checked ${formatDay(forum.roster.checked)}`,
    )
  })

  test('moves every count when the date changes, and puts the date in the link', async ({ dashboard, page }) => {
    await dashboard.open('?asOf=2023-12-05')
    await expect(dashboard.memberCount('Frontier Model Forum')).toHaveText('4 members')
    await dashboard.asOf.fill('2024-06-30')
    await expect(dashboard.memberCount('Frontier Model Forum')).toHaveText('6 members')
    await expect(page).toHaveURL(/asOf=2024-06-30/)
  })

  test('offers quick dates by keyboard', async ({ dashboard, page }) => {
    await dashboard.open('?asOf=2026-11-22')
    await dashboard.quickDates.focus()
    await dashboard.quickDates.selectOption({ label: 'AI Alliance founded (5 December 2023)' })
    await expect(page).toHaveURL(/asOf=2023-12-05/)
    await expect(dashboard.memberCount('AI Alliance')).toHaveText('57 members')
  })

  test('links the header to the sources, each an http(s) link opening in a new tab', async ({ dashboard, page }) => {
    await dashboard.goto()
    await page.getByRole('link', { name: /\d+ sources/ }).click()
    const sources = page.getByRole('region', { name: 'Sources' })
    await expect(sources).toBeInViewport()
    const links = sources.getByRole('link')
    await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(links.first()).toHaveAttribute('target', '_blank')
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^https?:\/\//)
    }
  })

  test('has no detectable accessibility violations', async ({ dashboard, page }) => {
    // axe reads the whole page; on a loaded 2-core machine that alone can take over half a minute.
    test.slow()
    await dashboard.goto()
    await dashboard.waitForData()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  test('fits a 360 px wide phone without sideways scrolling', async ({ dashboard, page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    await dashboard.goto()
    await dashboard.waitForData()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('follows the system dark theme', async ({ dashboard, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await dashboard.goto()
    await dashboard.waitForData()
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number)
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(120)
  })
})

test.describe('a broken dataset', () => {
  test('shows the validator messages instead of a blank page', async ({ dashboard, page }) => {
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 1,
          title: '',
          updated: '2024-13-01',
          sectors: [],
          sources: [],
          coalitions: [],
          organizations: [],
          memberships: [],
        }),
      }),
    )
    await dashboard.goto()
    await expect(dashboard.errorState).toContainText('The dataset could not be shown')
    await expect(dashboard.errorState).toContainText('title: must not be empty')
    await expect(dashboard.errorState).toContainText('updated: "2024-13-01" is not a real calendar date')
    await expect(dashboard.errorState).toContainText('sectors: must list at least one sector')
  })

  test('names a document that is not JSON', async ({ dashboard, page }) => {
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 1, "title": "cut off' }),
    )
    await dashboard.goto()
    await expect(dashboard.errorState).toContainText(
      'The document is not valid JSON: it ends too early (the file may be cut off)',
    )
  })
})

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2024-05" → "May 2024", "2025-10-31" → "31 October 2025", as the page words dates. */
function formatDay(date: string): string {
  const [year, month, day] = date.split('-')
  if (!month) return year as string
  const name = MONTHS[Number(month) - 1]
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`
}
