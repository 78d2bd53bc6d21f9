import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DashboardPage } from './pages/dashboard-page'
import { MEMBERSHIP_LIST, MembersTablePage, ORGANIZATIONS_AS_SHOWN } from './pages/members-table-page'
import {
  bundledDataset,
  FIRST_SEVEN,
  MAX_COALITION_COLUMNS,
  memberRangeOn,
  statusOn,
  withCoalitions,
  type RawDoc,
} from './support/dataset'

/** The bundled document with the fields these tests also read. */
type Doc = Omit<RawDoc, 'organizations' | 'memberships'> & {
  organizations: (RawDoc['organizations'][number] & { aliases?: string[]; country?: string })[]
  memberships: (RawDoc['memberships'][number] & { role: string; sources: string[]; confidence?: string })[]
  sources: { id: string; url: string; title: string }[]
}

const doc = bundledDataset() as Doc
const AS_OF = '2026-11-22'
/** The table's coalition columns: one per coalition, or one "Memberships" strip above eight. */
const coalitionHeaders = (coalitions: readonly { name: string }[]) =>
  coalitions.length > MAX_COALITION_COLUMNS ? ['Memberships'] : coalitions.map((c) => c.name)

/** Serves a smaller copy of the bundled dataset in its place, for layouts only a few coalitions have. */
async function serveDataset(page: Page, smaller: Doc): Promise<void> {
  await page.route('**/data/coalitions.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(smaller) }),
  )
}
// How a reader expects names ordered: case and accents ignored, numbers by value; ties keep the dataset's order.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const namesAscending = doc.organizations.map((o) => o.name).sort((a, b) => collator.compare(a, b))
const namesDescending = doc.organizations.map((o) => o.name).sort((a, b) => collator.compare(b, a))
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axeViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).withTags(AXE_TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Returns after a task and two frames: what the page does in the frame after a commit has been done. */
async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
  })
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
    await expect(
      members.section.getByRole('button', { name: 'Remove filter Sector: Research & academia' }),
    ).toBeVisible()
    for (const cell of await members.bodyRows.locator('td:nth-child(2)').allInnerTexts())
      expect(cell).toBe('Research & academia')

    const csv = await members.downloadCsvFile(ORGANIZATIONS_AS_SHOWN)
    expect(csv.fileName).toBe(`coalition-atlas-members-research-academia-${AS_OF}.csv`)
    expect(csv.text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = csv.rows
    expect(header?.slice(0, 5)).toEqual(['Name', 'Sector', 'Country', 'Coalitions', 'Member since (any coalition)'])
    expect(header?.slice(5)).toEqual(coalitionHeaders(doc.coalitions))
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
    const csv = await members.downloadCsvFile(ORGANIZATIONS_AS_SHOWN)
    expect(csv.rows[0]).toEqual([
      'Name',
      'Country',
      'Coalitions',
      'Member since (any coalition)',
      ...coalitionHeaders(doc.coalitions),
    ])
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
    await members.sortButton('Member since (AI Alliance)').click()
    await members.sortButton('Member since (AI Alliance)').click()
    await expect(members.columnHeader('Member since (AI Alliance)')).toHaveAttribute('aria-sort', 'descending')
    const countText = await members.count.innerText()
    const names = await members.firstNames(10)
    expect(names.length).toBeGreaterThan(1)
    // The address is written after the frame that shows the change.
    await expect(page).toHaveURL(/[?&]sort=-joined(&|$)/)
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
    await expect(again.columnHeader('Member since (AI Alliance)')).toHaveAttribute('aria-sort', 'descending')
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
    // "None" leaves out every possible member, certain or not.
    const inAlliance = new Set(
      doc.memberships
        .filter((m) => m.coalition === 'ai-alliance' && statusOn(doc, m, AS_OF) !== 'none')
        .map((m) => m.organization),
    )
    const expected = doc.organizations.length - inAlliance.size
    await expect(members.count).toHaveText(`${expected} of ${doc.organizations.length} organizations`)
    await expect(members.coalition).toHaveValues(['ai-alliance'])
  })

  test('neutralizes a formula in an organization name in the CSV', async ({ page }) => {
    const evil = structuredClone(doc)
    const target = evil.organizations[0]
    if (!target) throw new Error('the bundled dataset has organizations')
    target.name = '=HYPERLINK("x")'
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(evil) }),
    )
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await members.search.fill('hyperlink')
    await expect(members.rowNames).toHaveText(['=HYPERLINK("x")'])
    const csv = await members.downloadCsvFile(ORGANIZATIONS_AS_SHOWN)
    expect(csv.fileName).toBe(`coalition-atlas-members-search-hyperlink-${AS_OF}.csv`)
    expect(csv.rows).toHaveLength(2)
    expect(csv.rows[1]?.[0]).toBe(`'=HYPERLINK("x")`)
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`)
    // The membership list names the organization on each of its memberships, neutralized the same way.
    const list = await members.downloadCsvFile(MEMBERSHIP_LIST)
    expect(list.fileName).toBe(`coalition-atlas-membership-list-search-hyperlink-${AS_OF}.csv`)
    const memberships = evil.memberships.filter(
      (m) => m.organization === target.id && statusOn(evil, m, AS_OF) !== 'none',
    )
    expect(memberships.length).toBeGreaterThan(0)
    expect(list.rows.slice(1).map((row) => row[0])).toEqual(memberships.map(() => `'=HYPERLINK("x")`))
  })

  test('opens the details by keyboard, with cited sources, and closes with Escape', async ({ page }) => {
    // axe reads the section for 10 to 15 s on a loaded 2-core machine, as in the other axe tests.
    test.slow()
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
      const csv = await members.downloadCsvFile(ORGANIZATIONS_AS_SHOWN)
      const tail = csv.rows.slice(-noCountry.length).map((row) => row[0])
      expect(new Set(tail)).toEqual(new Set(noCountry))
    }
  })

  test('stays where the reader scrolled when the close matcher arrives later', async ({ page }) => {
    // The close matcher (uFuzzy) is fetched once the page is idle; hold it until the reader has scrolled.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let matcherUrl = ''
    await page.route('**/uFuzzy-*.js', async (route) => {
      matcherUrl = route.request().url()
      await held
      await route.continue()
    })
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await expect(members.count).toHaveText(`${doc.organizations.length} of ${doc.organizations.length} organizations`)
    await members.scrollBox.evaluate((box) => box.scrollTo({ top: (box.scrollHeight - box.clientHeight) / 2 }))
    await expect(members.bodyRows.first()).not.toHaveAttribute('aria-rowindex', '2')
    const firstShown = await members.bodyRows.first().getAttribute('aria-rowindex')
    const scrolledTo = await members.scrollBox.evaluate((box) => box.scrollTop)

    await expect.poll(() => matcherUrl).not.toBe('')
    release()
    // Once the module has run, the page has taken it in; a jump to the top would come in the frame
    // after that commit, so two frames later it has happened or never will.
    await page.evaluate(async (src) => {
      await import(src)
    }, matcherUrl)
    await afterTwoFrames(page)
    expect(await members.scrollBox.evaluate((box) => box.scrollTop)).toBe(scrolledTo)
    await expect(members.bodyRows.first()).toHaveAttribute('aria-rowindex', firstShown as string)

    // A new reading (here a new order) still starts from the top, and stays there once its new rows
    // are measured (measured rows once scrolled the box back down to where it had been).
    await members.sortButton('Name').click()
    await expect(members.bodyRows.first()).toHaveAttribute('aria-rowindex', '2')
    await afterTwoFrames(page)
    expect(await members.scrollBox.evaluate((box) => box.scrollTop)).toBe(0)
    await expect(members.bodyRows.first()).toHaveAttribute('aria-rowindex', '2')
  })

  test('has no accessibility violations with filters set', async ({ page }) => {
    // axe reads the section for 10 to 15 s on a loaded 2-core machine, as in the other axe tests.
    test.slow()
    const members = new MembersTablePage(page)
    await members.goto(
      `?asOf=${AS_OF}&sector=research-academia,model-developer&coalition=ai-alliance&role=member&sort=-joined,name`,
    )
    await expect(members.count).toHaveText(/^\d+ of \d+ organizations$/)
    await members.section.getByRole('button', { name: 'Columns' }).click()
    expect(await axeViolations(page, '#members')).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with uncertain marks and the download choices open (${scheme})`, async ({
      page,
    }) => {
      // axe reads the section for 10 to 15 s on a loaded 2-core machine, as in the other axe tests.
      test.slow()
      await page.emulateMedia({ colorScheme: scheme })
      const members = new MembersTablePage(page)
      const range = memberRangeOn(doc, 'partnership-on-ai', '2016-09-28')
      await members.goto('?asOf=2016-09-28&coalition=partnership-on-ai')
      await expect(members.count).toHaveText(new RegExp(`\\(${range.possible - range.certain} uncertain\\)$`))
      await members.downloadCsv.click()
      await expect(members.downloadChoice(MEMBERSHIP_LIST)).toBeVisible()
      expect(await axeViolations(page, '#members')).toEqual([])
    })
  }

  test('at 360 px, a column sorted by its header shows beside the Name column, not under it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    // The clicked button takes the focus, and the browser scrolls the table sideways to show it.
    await members.sortButton('Coalitions').click()
    await expect(members.columnHeader('Coalitions')).toHaveAttribute('aria-sort', 'descending')
    const name = await members.columnHeader('Name').boundingBox()
    await expect
      .poll(async () => {
        const coalitions = await members.columnHeader('Coalitions').boundingBox()
        return coalitions && name ? Math.round(coalitions.x - (name.x + name.width)) : null
      })
      .toBeGreaterThanOrEqual(0)
  })

  test('fits a 360 px phone without sideways page scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&sector=research-academia`)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})

/** The bundled document's memberships of one coalition possible on a day, with their status. */
function possibleOn(coalitionId: string, isoDay: string) {
  return doc.memberships
    .filter((m) => m.coalition === coalitionId)
    .map((m) => ({ m, status: statusOn(doc, m, isoDay) }))
    .filter(({ status }) => status !== 'none')
}

const nameOf = (id: string) => doc.organizations.find((o) => o.id === id)?.name ?? id
const PAI = doc.coalitions.find((c) => c.id === 'partnership-on-ai')
const EARLY = '2016-09-28'

const seven = withCoalitions(doc, FIRST_SEVEN)

test.describe('the members table on days the evidence leaves open', () => {
  test('marks the uncertain members of the Partnership on AI on its founding day, as many as its card leaves open', async ({
    page,
  }) => {
    if (!PAI) throw new Error('the bundled dataset has the Partnership on AI')
    // Seven coalitions, so each has its own column.
    await serveDataset(page, seven)
    const range = memberRangeOn(seven, PAI.id, EARLY)
    // 5 certain, up to 8 in the bundled data; the assertions use `range`, computed by the independent rule.
    expect(range.possible - range.certain).toBeGreaterThan(0)
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${EARLY}&coalition=${PAI.id}`)
    await expect(members.count).toHaveText(
      `${range.possible} of ${doc.organizations.length} organizations (${range.possible - range.certain} uncertain)`,
    )
    await expect(members.bodyRows).toHaveCount(range.possible)
    const uncertain = possibleOn(PAI.id, EARLY)
      .filter(({ status }) => status === 'uncertain')
      .map(({ m }) => nameOf(m.organization))
    expect((await members.uncertainNames(PAI.name)).sort(collator.compare)).toEqual(uncertain.sort(collator.compare))
    // The Member since cell says the same in plain words.
    const openai = members.bodyRows.filter({ has: page.getByRole('rowheader', { name: 'OpenAI', exact: true }) })
    const since = (await members.columnCells(`Member since (${PAI.name})`)).filter({
      has: page.getByText('uncertain', { exact: true }),
    })
    await expect(since).toHaveCount(range.possible - range.certain)
    await expect(
      openai.getByRole('cell').filter({ hasText: 'partner · member by 16 May 2017; start unknown · uncertain' }),
    ).toHaveCount(1)
    await expect(members.legend).toContainText(
      'uncertain: the evidence allows but does not prove membership on this date',
    )

    // The coalition's card says "up to" as many as the table has rows.
    const card = await new DashboardPage(page).memberCount(PAI.name).innerText()
    expect(Number(/(\d+) members?$/.exec(card)?.[1])).toBe(range.possible)
  })

  test('counts, for each coalition, as many rows as its card\'s "up to" and as many uncertain as it leaves open', async ({
    page,
  }) => {
    const day = '2026-06-10'
    const members = new MembersTablePage(page)
    const dashboard = new DashboardPage(page)
    await members.goto(`?asOf=${day}`)
    let open = 0
    for (const coalition of doc.coalitions) {
      const range = memberRangeOn(doc, coalition.id, day)
      open += range.possible - range.certain
      await members.coalition.selectOption([coalition.id])
      const uncertain = range.possible > range.certain ? ` (${range.possible - range.certain} uncertain)` : ''
      await expect(members.count, coalition.name).toHaveText(
        `${range.possible} of ${doc.organizations.length} organizations${uncertain}`,
      )
      const card = await dashboard.memberCount(coalition.name).innerText()
      expect(Number(/(\d+) members?$/.exec(card)?.[1]), coalition.name).toBe(range.possible)
    }
    // The day was chosen because some coalitions then have members the evidence leaves open.
    expect(open).toBeGreaterThan(1)
  })

  test('sorts by a coalition column, named c:<id> in the link, and still reads an old link', async ({ page }) => {
    if (!PAI) throw new Error('the bundled dataset has the Partnership on AI')
    await serveDataset(page, seven)
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${EARLY}&coalition=${PAI.id}`)
    await members.sortButton(PAI.name).click()
    await expect(page).toHaveURL(new RegExp(`[?&]sort=c:${PAI.id}(&|$)`))
    await expect(members.columnHeader(PAI.name)).toHaveAttribute('aria-sort', 'ascending')
    // By start: the founders (28 September 2016) before the partners known only "by 16 May 2017".
    const byStart = possibleOn(PAI.id, EARLY).sort(
      (a, b) =>
        Number(a.status === 'uncertain') - Number(b.status === 'uncertain') ||
        collator.compare(nameOf(a.m.organization), nameOf(b.m.organization)),
    )
    expect(await members.firstNames(byStart.length)).toEqual(byStart.map(({ m }) => nameOf(m.organization)))

    await members.goto(`?asOf=${EARLY}&coalition=${PAI.id}&sort=-${PAI.id}`)
    await expect(members.columnHeader(PAI.name)).toHaveAttribute('aria-sort', 'descending')
    expect(await members.firstNames(3)).toEqual(
      byStart
        .slice(-3)
        .map(({ m }) => nameOf(m.organization))
        .sort(collator.compare),
    )
  })

  test('downloads the membership list: one row per membership, windows as ISO days, status by the rule, source URLs', async ({
    page,
  }) => {
    if (!PAI) throw new Error('the bundled dataset has the Partnership on AI')
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${EARLY}&coalition=${PAI.id}`)
    const csv = await members.downloadCsvFile(MEMBERSHIP_LIST)
    expect(csv.fileName).toBe(`coalition-atlas-membership-list-${PAI.id}-${EARLY}.csv`)
    expect(csv.text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = csv.rows
    expect(header).toEqual([
      'organization',
      'organization_id',
      'sector',
      'country',
      'coalition',
      'coalition_id',
      'role',
      'joined',
      'left',
      'joinedAfter',
      'joinedBy',
      'leftAfter',
      'leftBy',
      'start_earliest',
      'start_latest',
      'end_earliest',
      'end_latest',
      'status_on_day',
      'confidence',
      'source_urls',
    ])
    const expected = possibleOn(PAI.id, EARLY)
    expect(rows).toHaveLength(expected.length)
    const records = rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])))
    expect(records.map((r) => r.organization_id).sort()).toEqual(expected.map(({ m }) => m.organization).sort())
    for (const { m, status } of expected) {
      const record = records.find((r) => r.organization_id === m.organization)
      expect(record, m.organization).toMatchObject({
        organization: nameOf(m.organization),
        coalition: PAI.name,
        coalition_id: PAI.id,
        role: m.role,
        joined: m.joined ?? '',
        joinedBy: m.joinedBy ?? '',
        joinedAfter: m.joinedAfter ?? '',
        left: m.left ?? '',
        status_on_day: status === 'certain' ? 'certain' : 'possible',
        confidence: m.confidence ?? '',
        source_urls: m.sources.map((id) => doc.sources.find((source) => source.id === id)?.url).join(' | '),
      })
    }
    const openai = records.find((r) => r.organization_id === 'openai')
    // "By 16 May 2017", counted from the founding at the earliest; never certain to have ended.
    expect(openai).toMatchObject({
      joinedBy: '2017-05-16',
      start_earliest: PAI.founded,
      start_latest: '2017-05-16',
      end_earliest: '',
      end_latest: '',
      status_on_day: 'possible',
    })
  })

  test('lists every membership possible on a day, its status agreeing with the rule and with its own windows', async ({
    page,
  }) => {
    const day = '2026-06-10'
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${day}`)
    const csv = await members.downloadCsvFile(MEMBERSHIP_LIST)
    expect(csv.fileName).toBe(`coalition-atlas-membership-list-${day}.csv`)
    const [header, ...rows] = csv.rows
    const records = rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])))
    const expected = doc.memberships.filter((m) => statusOn(doc, m, day) !== 'none')
    expect(records).toHaveLength(expected.length)
    expect(records.some((r) => r.status_on_day === 'possible')).toBe(true)
    const isoOrEmpty = /^(\d{4}-\d{2}-\d{2})?$/
    for (const record of records) {
      const m = expected.find(
        (candidate) => candidate.organization === record.organization_id && candidate.coalition === record.coalition_id,
      )
      expect(m, `${record.organization_id} in ${record.coalition_id}`).toBeDefined()
      if (!m) continue
      expect(record.status_on_day).toBe(statusOn(doc, m, day) === 'certain' ? 'certain' : 'possible')
      for (const field of ['start_earliest', 'start_latest', 'end_earliest', 'end_latest'])
        expect(record[field]).toMatch(isoOrEmpty)
      // The windows say the same: certain when start_latest ≤ day < end_earliest (empty: unbounded).
      const startLatest = record.start_latest ?? ''
      const endEarliest = record.end_earliest ?? ''
      const certain = startLatest !== '' && startLatest <= day && (endEarliest === '' || day < endEarliest)
      expect(record.status_on_day, `${record.organization_id} in ${record.coalition_id}`).toBe(
        certain ? 'certain' : 'possible',
      )
      for (const field of ['joined', 'left', 'joinedAfter', 'joinedBy', 'leftAfter', 'leftBy'] as const)
        expect(record[field]).toBe(m[field] ?? '')
      for (const url of (record.source_urls ?? '').split(' | ')) expect(url).toMatch(/^https?:\/\//)
    }
  })

  test('chooses a download by keyboard alone; Escape closes the choices', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${EARLY}&coalition=partnership-on-ai`)
    await members.downloadCsv.focus()
    await page.keyboard.press('Enter')
    await expect(members.downloadCsv).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Tab')
    await expect(members.downloadChoice(MEMBERSHIP_LIST)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(members.downloadChoice(MEMBERSHIP_LIST)).toBeHidden()
    await expect(members.downloadCsv).toBeFocused()

    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(members.downloadChoice(ORGANIZATIONS_AS_SHOWN)).toBeFocused()
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toBe(`coalition-atlas-members-partnership-on-ai-${EARLY}.csv`)
    await expect(members.downloadChoice(ORGANIZATIONS_AS_SHOWN)).toBeHidden()
    await expect(members.downloadCsv).toBeFocused()
  })

  test('says plainly in the details why a membership is uncertain', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${EARLY}&coalition=partnership-on-ai`)
    await members.nameButton('OpenAI').click()
    const dialog = page.getByRole('dialog', { name: 'OpenAI' })
    const membership = dialog
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: /Partnership on AI/ }) })
    await expect(membership).toContainText('perhaps a member on the date')
    await expect(membership).toContainText('Member by 16 May 2017; start unknown')
  })
})

// The generated file is cached between runs under a key of the generator's text and its arguments,
// so a changed generator (or other arguments) never reuses a stale file.
const GENERATOR = new URL('../scripts/gen-data.mjs', import.meta.url)
const GENERATOR_ARGS = ['--orgs', '10000', '--coalitions', '100', '--memberships', '100000', '--seed', '1']
const BIG_KEY = createHash('sha256')
  .update(readFileSync(GENERATOR))
  .update(GENERATOR_ARGS.join(' '))
  .digest('hex')
  .slice(0, 16)
const BIG = join(tmpdir(), `coalition-atlas-members-${BIG_KEY}.json`)

test.describe('the members table at scale', () => {
  test.describe.configure({ timeout: 120_000 })

  test.beforeAll(() => {
    if (existsSync(BIG)) return
    execFileSync(process.execPath, [GENERATOR.pathname, ...GENERATOR_ARGS, '--out', BIG])
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
      await members.scrollBox.evaluate(
        (box, f) => box.scrollTo({ top: (box.scrollHeight - box.clientHeight) * f }),
        fraction,
      )
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
