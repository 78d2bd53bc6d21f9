import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { MembersTablePage } from './pages/members-table-page'
import { bundledDataset, type RawDoc } from './support/dataset'

/** The bundled document with the fields these tests also read. */
type Doc = Omit<RawDoc, 'organizations' | 'memberships'> & {
  organizations: (RawDoc['organizations'][number] & { aliases?: string[]; country?: string })[]
  memberships: (RawDoc['memberships'][number] & { role: string; sources: string[] })[]
  sources: { id: string; url: string; title: string }[]
}

const doc = bundledDataset() as Doc
const AS_OF = '2026-11-22'
// How a reader expects names ordered: case and accents ignored, numbers by value; ties keep the dataset's order.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const namesAscending = doc.organizations.map((o) => o.name).sort((a, b) => collator.compare(a, b))
const namesDescending = doc.organizations.map((o) => o.name).sort((a, b) => collator.compare(b, a))
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axeViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).withTags(AXE_TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('the members table', () => {
  test('sorts by name ascending by default and descending on a click', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await expect(members.count).toHaveText(`${doc.organizations.length} of ${doc.organizations.length} organizations`)
    await expect(members.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
    expect(await members.firstNames(5)).toEqual(namesAscending.slice(0, 5))

    await members.sortButton('Name').click()
    await expect(members.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending')
    await expect(page).toHaveURL(/[?&]sort=-name(&|$)/)
    await expect(members.rowNames.first()).toHaveText(namesDescending[0] as string)
    expect(await members.firstNames(5)).toEqual(namesDescending.slice(0, 5))

    await members.sortButton('Name').click()
    await expect(members.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
    await expect(members.rowNames.first()).toHaveText(namesAscending[0] as string)
  })

  test('filters by sector; the count, the rows and the CSV agree', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    const research = doc.organizations.filter((o) => o.sector === 'research-academia')
    expect(research.length).toBeGreaterThan(0)

    await members.sector.selectOption(['Research & academia'])
    await expect(members.count).toHaveText(`${research.length} of ${doc.organizations.length} organizations`)
    await expect(page).toHaveURL(/[?&]sector=research-academia(&|$)/)
    await expect(members.section.getByRole('button', { name: 'Remove filter Sector: Research & academia' })).toBeVisible()
    for (const cell of await members.bodyRows.locator('td:nth-child(2)').allInnerTexts()) expect(cell).toBe('Research & academia')

    const csv = await members.downloadCsvFile()
    expect(csv.fileName).toBe(`coalition-atlas-members-research-academia-${AS_OF}.csv`)
    expect(csv.text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = csv.rows
    expect(header?.slice(0, 5)).toEqual(['Name', 'Sector', 'Country', 'Coalitions', 'Member since'])
    expect(header?.slice(5)).toEqual(doc.coalitions.map((c) => c.name))
    expect(rows).toHaveLength(research.length)
    expect(rows.map((row) => row[0])).toEqual(research.map((o) => o.name).sort((a, b) => collator.compare(a, b)))
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['Research & academia']))
    // The first rows of the CSV are the cells on screen.
    const shown = await members.bodyRows.first().locator('th, td').allInnerTexts()
    expect(rows[0]?.slice(0, 5)).toEqual(shown.slice(0, 5).map((text) => (text.includes('—') ? '' : text.trim())))

    await members.section.getByRole('button', { name: 'Remove filter Sector: Research & academia' }).click()
    await expect(members.count).toHaveText(`${doc.organizations.length} of ${doc.organizations.length} organizations`)
  })

  test('exports only the visible columns, in the order shown', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&sort=-coalitions`)
    await members.section.getByRole('button', { name: 'Columns' }).click()
    await members.section.getByRole('button', { name: 'Sector', pressed: true }).click()
    await expect(members.columnHeader('Sector')).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(members.section.getByRole('button', { name: 'Columns' })).toBeFocused()
    await expect(members.section.getByRole('button', { name: 'Sector', pressed: false })).toHaveCount(0)
    const csv = await members.downloadCsvFile()
    expect(csv.rows[0]).toEqual(['Name', 'Country', 'Coalitions', 'Member since', ...doc.coalitions.map((c) => c.name)])
    const counts = csv.rows.slice(1).map((row) => Number(row[2]))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(csv.rows.slice(1, 4).map((row) => row[0])).toEqual(await members.firstNames(3))
  })

  test('finds Meta when searching for Facebook, ignoring case and accents', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await members.search.fill('Facebook')
    await expect(members.count).toHaveText(`1 of ${doc.organizations.length} organizations`)
    await expect(members.rowNames).toHaveText(['Meta'])
    await expect(page).toHaveURL(/[?&]q=Facebook(&|$)/)
    const epfl = doc.organizations.find((o) => o.aliases?.some((alias) => /Ecole Polytechnique/i.test(alias)))
    if (epfl) {
      await members.search.fill('école POLYTECHNIQUE fédérale')
      await expect(members.rowNames).toHaveText([epfl.name])
    }
  })

  test('restores filters and order from a copied link', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await members.sector.selectOption(['model-developer', 'research-academia'])
    await members.coalition.selectOption(['AI Alliance'])
    await members.match.selectOption('Member of all')
    await members.country.selectOption(['United States'])
    await members.sortButton('Member since').click()
    await members.sortButton('Member since').click()
    await expect(members.columnHeader('Member since')).toHaveAttribute('aria-sort', 'descending')
    const countText = await members.count.innerText()
    const names = await members.firstNames(10)
    expect(names.length).toBeGreaterThan(1)
    const link = page.url()
    expect(link).toContain('sector=model-developer,research-academia')
    expect(link).toContain('coalition=ai-alliance')
    expect(link).toContain('match=all')
    expect(link).toContain('country=US')
    expect(link).toContain('sort=-joined')

    const fresh = await page.context().newPage()
    const again = new MembersTablePage(fresh)
    await fresh.goto(link)
    await again.table.waitFor()
    await expect(again.count).toHaveText(countText)
    await expect(again.columnHeader('Member since')).toHaveAttribute('aria-sort', 'descending')
    await expect(again.sector).toHaveValues(['model-developer', 'research-academia'])
    await expect(again.coalition).toHaveValues(['ai-alliance'])
    await expect(again.match).toHaveValue('all')
    await expect(again.country).toHaveValues(['US'])
    expect(await again.firstNames(10)).toEqual(names)
    await fresh.close()
  })

  test('finds absentees with "member of none"', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&coalition=ai-alliance&match=none`)
    const inAlliance = new Set(doc.memberships.filter((m) => m.coalition === 'ai-alliance' && (m.joined ?? '') <= AS_OF && (m.left === undefined || m.left > AS_OF)).map((m) => m.organization))
    const expected = doc.organizations.length - inAlliance.size
    await expect(members.count).toHaveText(`${expected} of ${doc.organizations.length} organizations`)
    await expect(members.coalition).toHaveValues(['ai-alliance'])
  })

  test('neutralizes a formula in an organization name in the CSV', async ({ page }) => {
    const evil = structuredClone(doc)
    const target = evil.organizations[0]
    if (!target) throw new Error('the bundled dataset has organizations')
    target.name = '=HYPERLINK("x")'
    await page.route('**/data/coalitions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(evil) }))
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await members.search.fill('hyperlink')
    await expect(members.rowNames).toHaveText(['=HYPERLINK("x")'])
    const csv = await members.downloadCsvFile()
    expect(csv.fileName).toBe(`coalition-atlas-members-search-hyperlink-${AS_OF}.csv`)
    expect(csv.rows).toHaveLength(2)
    expect(csv.rows[1]?.[0]).toBe(`'=HYPERLINK("x")`)
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`)
  })

  test('opens the details by keyboard, with cited sources, and closes with Escape', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&q=facebook`)
    const meta = members.nameButton('Meta')
    await meta.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Meta' })
    await expect(dialog).toBeVisible()
    await expect(page).toHaveURL(/[?&]org=meta(&|$)/)
    const metaMemberships = doc.memberships.filter((m) => m.organization === 'meta')
    await expect(dialog.getByRole('article')).toHaveCount(metaMemberships.length)
    await expect(dialog).toContainText('Facebook')
    await expect(dialog).toContainText('Joined in May 2024 (day unknown)')
    const links = dialog.getByRole('article').getByRole('link')
    const citedSources = new Set(metaMemberships.flatMap((m) => m.sources))
    expect(await links.count()).toBeGreaterThanOrEqual(citedSources.size)
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank')
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//)
    }
    expect(await axeViolations(page, 'dialog')).toEqual([])

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(meta).toBeFocused()
    await expect(page).not.toHaveURL(/[?&]org=/)
  })

  test('opens the parent organization from the details', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&org=red-hat`)
    const dialog = page.getByRole('dialog', { name: 'Red Hat' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'IBM' }).click()
    await expect(page.getByRole('dialog', { name: 'IBM' })).toBeVisible()
    await expect(page).toHaveURL(/[?&]org=ibm(&|$)/)
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('dialog')).toBeHidden()
  })

  test('sorts by keyboard alone with Enter, Space and Shift', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await members.sortButton('Country').focus()
    await page.keyboard.press('Enter')
    await expect(members.columnHeader('Country')).toHaveAttribute('aria-sort', 'ascending')
    await expect(members.columnHeader('Name')).toHaveAttribute('aria-sort', 'none')
    await expect(page).toHaveURL(/[?&]sort=country(&|$)/)
    await page.keyboard.press('Space')
    await expect(members.columnHeader('Country')).toHaveAttribute('aria-sort', 'descending')
    await expect(page).toHaveURL(/[?&]sort=-country(&|$)/)

    await members.sortButton('Coalitions').focus()
    await page.keyboard.press('Shift+Enter')
    await expect(page).toHaveURL(/[?&]sort=-country,-coalitions(&|$)/)
    await expect(members.columnHeader('Country')).toHaveAttribute('aria-sort', 'descending')
    await expect(members.columnHeader('Coalitions')).toHaveAttribute('aria-sort', 'descending')
    await page.keyboard.press('Shift+Space')
    await expect(page).toHaveURL(/[?&]sort=-country,coalitions(&|$)/)
    // Organizations without a country come last in both directions.
    const noCountry = doc.organizations.filter((o) => !o.country).map((o) => o.name)
    if (noCountry.length) {
      const csv = await members.downloadCsvFile()
      const tail = csv.rows.slice(-noCountry.length).map((row) => row[0])
      expect(new Set(tail)).toEqual(new Set(noCountry))
    }
  })

  test('has no accessibility violations with filters set', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&sector=research-academia,model-developer&coalition=ai-alliance&role=member&sort=-joined,name`)
    await expect(members.count).toHaveText(/^\d+ of \d+ organizations$/)
    await members.section.getByRole('button', { name: 'Columns' }).click()
    expect(await axeViolations(page, '#members')).toEqual([])
  })

  test('fits a 360 px phone without sideways page scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&sector=research-academia`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})

const BIG = '/tmp/coalition-atlas-members-big.json'

test.describe('the members table at scale', () => {
  test.describe.configure({ timeout: 120_000 })
  test.skip(!existsSync(new URL('../scripts/gen-data.mjs', import.meta.url)), 'scripts/gen-data.mjs (the dataset generator) is not in this tree')

  test.beforeAll(() => {
    if (existsSync(BIG)) return
    execFileSync(process.execPath, [new URL('../scripts/gen-data.mjs', import.meta.url).pathname, '--orgs', '10000', '--coalitions', '100', '--memberships', '100000', '--seed', '1', '--out', BIG])
  })

  test('keeps at most 60 rows in the DOM while scrolling, sorting and searching', async ({ page }) => {
    const body = readFileSync(BIG)
    await page.route('**/data/coalitions.json', (route) => route.fulfill({ contentType: 'application/json', body }))
    const members = new MembersTablePage(page)
    await page.goto(`./?asOf=${AS_OF}`)
    await expect(members.count).toHaveText('10,000 of 10,000 organizations', { timeout: 60_000 })
    expect(await members.allBodyRows.count()).toBeLessThanOrEqual(60)
    // More than eight coalitions: the per-coalition columns collapse into one strip.
    await expect(members.columnHeader('Memberships')).toBeVisible()

    for (const fraction of [0.25, 0.5, 1]) {
      await members.scrollBox.evaluate((box, f) => box.scrollTo({ top: (box.scrollHeight - box.clientHeight) * f }), fraction)
      await expect(members.bodyRows.last()).toBeVisible()
      expect(await members.allBodyRows.count()).toBeLessThanOrEqual(60)
    }
    await expect(members.bodyRows.last()).toHaveAttribute('aria-rowindex', '10001')
    await members.scrollBox.evaluate((box) => box.scrollTo({ top: 0 }))
    await expect(members.bodyRows.first()).toHaveAttribute('aria-rowindex', '2')

    // Sorting and searching still work at this size. How fast they are is measured by `npm run bench`,
    // never asserted here: a timing assertion in the test suite would pass or fail with machine load.
    const firstName = () => members.bodyRows.first().locator('th').textContent()
    const before = await firstName()
    await members.sortButton('Coalitions').click()
    await expect.poll(firstName).not.toBe(before)
    await members.search.fill('zel')
    await expect(members.count).not.toHaveText('10,000 of 10,000 organizations')
    await expect(members.count).toHaveText(/^[\d,]+ of 10,000 organizations$/)
    expect(await members.allBodyRows.count()).toBeLessThanOrEqual(60)
  })
})
