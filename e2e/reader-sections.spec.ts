import { expect, test } from './fixtures'
import { ComparePage } from './pages/compare-page'
import { InterlocksPage } from './pages/interlocks-page'
import { MembersTablePage } from './pages/members-table-page'
import { ReaderPage } from './pages/reader-page'
import { bundledDataset, memberRangeOn, statusOn } from './support/dataset'

// A reader's path: a journalist's three questions, and the ways to them through a long page.
const doc = bundledDataset()
const DAY = '2024-06-30'
const AIA = 'AI Alliance'
const FMF = 'Frontier Model Forum'
const PAI = 'Partnership on AI'

const count = (n: number) => n.toLocaleString('en')
const sectorLabel = (id: string) => doc.sectors.find((sector) => sector.id === id)?.label ?? id

/** Organizations possibly in a coalition on a day, by the format's rule (e2e/support/dataset.ts). */
function possibleMembers(coalitionId: string, iso: string): Set<string> {
  const ids = new Set<string>()
  for (const m of doc.memberships)
    if (m.coalition === coalitionId && statusOn(doc, m, iso) !== 'none') ids.add(m.organization)
  return ids
}

/** The members table's count line, e.g. "136 of 285 organizations (51 uncertain)". */
function countText(shown: number, uncertain: number): string {
  const base = `${count(shown)} of ${count(doc.organizations.length)} organizations`
  return uncertain > 0 ? `${base} (${count(uncertain)} uncertain)` : base
}

test.describe('the Sections navigation', () => {
  test('names every section and takes the reader to the comparison, marking it', async ({ page }) => {
    // The comparison renders on arrival, the heaviest part of the page.
    test.slow()
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}`)
    await expect(reader.sectionsNav.getByRole('link')).toHaveText([
      'Coalitions',
      'Members',
      'Charts',
      'Compare',
      'Changes',
      'Who else members belong to',
      'Sources',
    ])
    const heading = reader.heading('Compare two coalitions')
    await expect(heading).not.toBeInViewport()
    await reader.navLink('Compare').click()
    await expect(heading).toBeInViewport()
    await expect(heading).toBeFocused()
    await expect(page).toHaveURL(/#compare$/)
    await expect(reader.navLink('Compare')).toHaveAttribute('aria-current', 'location')
    await expect(reader.navLink('Coalitions')).not.toHaveAttribute('aria-current')
    // The heading is not hidden under the sticky navigation and date toolbar.
    const bars = await page.getByRole('region', { name: 'Date' }).boundingBox()
    const top = await heading.boundingBox()
    expect(top?.y).toBeGreaterThanOrEqual((bars?.y ?? 0) + (bars?.height ?? 0))
  })

  test('on a 360 px phone it is one row that stays at the top, and the page does not scroll sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}`)
    await reader.navLink('Sources').click()
    await expect(reader.heading('Sources')).toBeInViewport()
    const nav = await reader.sectionsNav.boundingBox()
    expect(nav?.y).toBe(0)
    expect(nav?.height).toBeLessThanOrEqual(48)
    await expect(reader.navLink('Sources')).toHaveAttribute('aria-current', 'location')
    await expect(reader.navLink('Sources')).toBeInViewport()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('a section’s anchor stays in the address when the view changes', async ({ page }) => {
    const reader = new ReaderPage(page)
    const compare = new ComparePage(page)
    await reader.goto(`?asOf=${DAY}#compare`)
    await compare.coalitionB.selectOption({ label: PAI })
    await expect(page).toHaveURL(/[?&]b=partnership-on-ai(&|#)/)
    await expect(page).toHaveURL(/#compare$/)
  })
})

test.describe('copying a link to a section', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('copies the view’s address with the section’s anchor, and the link opens at the comparison', async ({
    page,
    context,
  }) => {
    // Two pages load the whole dashboard.
    test.slow()
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}&b=partnership-on-ai`)
    await reader.copyLink('Compare').click()
    await expect(reader.copyStatus).toHaveText('Link copied')
    const link = await page.evaluate(() => navigator.clipboard.readText())
    const expected = new URL(page.url())
    expected.hash = 'compare'
    expect(link).toBe(expected.href)

    const second = await context.newPage()
    const problems: string[] = []
    second.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    second.on('pageerror', (error) => problems.push(error.message))
    await second.goto(link)
    const opened = new ComparePage(second)
    await opened.section.waitFor()
    await expect(opened.coalitionB).toHaveValue('partnership-on-ai')
    await expect(
      second.getByRole('heading', { level: 2, name: 'Compare two coalitions', exact: true }),
    ).toBeInViewport()
    await expect(new ReaderPage(second).navLink('Compare')).toHaveAttribute('aria-current', 'location')
    expect(problems).toEqual([])
    await second.close()
  })
})

test.describe('when the clipboard refuses', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      })
    })
  })

  test('shows the link in a field, selected, to copy by hand', async ({ page }) => {
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}&sector=research-academia`)
    await reader.copyLink('Members').click()
    await expect(reader.copyStatus).toHaveText('Copy the selected link')
    const field = reader.copyField('Members')
    await expect(field).toBeFocused()
    const expected = new URL(page.url())
    expected.hash = 'members'
    await expect(field).toHaveValue(expected.href)
    expect(
      await field.evaluate((input: HTMLInputElement) =>
        input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
      ),
    ).toBe(expected.href)
  })

  test('a link asked for in the same task as a change names the view after it', async ({ page }) => {
    const reader = new ReaderPage(page)
    const members = new MembersTablePage(page)
    await reader.goto(`?asOf=${DAY}`)
    const sort = await members.sortButton('Name').elementHandle()
    const copy = await reader.copyLink('Members').elementHandle()
    // One task: the address bar is written only once the page is idle, so it still names the view
    // before the sort when the link is made.
    await page.evaluate(
      ([sortButton, copyButton]) => {
        sortButton?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
        copyButton?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
      },
      [sort, copy] as const,
    )
    await expect(reader.copyField('Members')).toHaveValue(/[?&]sort=-name(&[^#]*)?#members$/)
    await expect(page).toHaveURL(/[?&]sort=-name(&|#|$)/)
  })
})

test.describe('from a coalition card', () => {
  test('“Show members” filters the table to the AI Alliance and takes the reader there', async ({ page }) => {
    const reader = new ReaderPage(page)
    const members = new MembersTablePage(page)
    await reader.goto(`?asOf=${DAY}&sector=healthcare&q=zzz`)
    await reader.showMembers(AIA).click()
    const range = memberRangeOn(doc, 'ai-alliance', DAY)
    await expect(members.count).toHaveText(countText(range.possible, range.possible - range.certain))
    await expect(page).toHaveURL(/[?&]coalition=ai-alliance(&|#|$)/)
    await expect(page).not.toHaveURL(/[?&](sector|q)=/)
    await expect(members.coalition).toHaveValues(['ai-alliance'])
    await expect(reader.heading('Member organizations')).toBeFocused()
    await expect(reader.heading('Member organizations')).toBeInViewport()
    await expect(page).toHaveURL(/#members$/)
  })

  test('“Compare” puts the Partnership on AI on side A; on the card of side B it swaps the two', async ({ page }) => {
    // Two trips down the page and back, the comparison rendered for each pair.
    test.slow()
    const reader = new ReaderPage(page)
    const compare = new ComparePage(page)
    await reader.goto(`?asOf=${DAY}`)
    await compare.section.waitFor()
    await reader.compare(PAI).click()
    await expect(compare.coalitionA).toHaveValue('partnership-on-ai')
    await expect(compare.coalitionB).toHaveValue('frontier-model-forum')
    await expect(reader.heading('Compare two coalitions')).toBeInViewport()
    await expect(reader.heading('Compare two coalitions')).toBeFocused()
    await expect(page).toHaveURL(/[?&]a=partnership-on-ai(&|#|$)/)

    await reader.navLink('Coalitions').click()
    await reader.compare(FMF).click()
    await expect(compare.coalitionA).toHaveValue('frontier-model-forum')
    await expect(compare.coalitionB).toHaveValue('partnership-on-ai')
  })

  test('both actions are named with the coalition for every card', async ({ page }) => {
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}`)
    for (const coalition of doc.coalitions) {
      await expect(reader.showMembers(coalition.name)).toBeVisible()
      await expect(reader.compare(coalition.name)).toBeVisible()
    }
  })
})

test.describe('the comparison answers first', () => {
  test('the figures and “In both” come before the one-sided lists, and those before the Venn diagram', async ({
    page,
  }) => {
    const compare = new ComparePage(page)
    await compare.goto(`?asOf=${DAY}`)
    expect(await compare.columnTitles()).toEqual(['In both', `Only in ${AIA}`, `Only in ${FMF}`])
    const order = await page.evaluate(() => {
      const y = (element: Element | null | undefined) => element?.getBoundingClientRect().top ?? Number.NaN
      const section = document.getElementById('compare')
      const columns = [...(section?.querySelectorAll('.compare-columns > section') ?? [])]
      return {
        figures: y(section?.querySelector('dl')),
        both: y(columns[0]),
        onlyA: y(columns[1]),
        venn: y(section?.querySelector('figure')),
      }
    })
    expect(order.figures).toBeLessThan(order.both)
    expect(order.both).toBeLessThan(order.onlyA)
    expect(order.onlyA).toBeLessThan(order.venn)
  })

  test('a long sector shows its first 12 names, then all of them on request, and back', async ({ page }) => {
    const reader = new ReaderPage(page)
    const compare = new ComparePage(page)
    await compare.goto(`?asOf=${DAY}`)
    // The largest sector of "Only in AI Alliance", from the data: possible members of the Alliance not possibly in the Forum.
    const forum = possibleMembers('frontier-model-forum', DAY)
    const bySector = new Map<string, number>()
    for (const id of possibleMembers('ai-alliance', DAY)) {
      if (forum.has(id)) continue
      const sector = doc.organizations.find((organization) => organization.id === id)?.sector ?? ''
      bySector.set(sector, (bySector.get(sector) ?? 0) + 1)
    }
    const [sectorId, size] = [...bySector].sort((x, y) => y[1] - x[1])[0] as [string, number]
    expect(size).toBeGreaterThan(12)
    const label = sectorLabel(sectorId)
    const columnName = `Only in ${AIA}`
    const column = compare.column(columnName)
    const list = reader.sectorList(column, label)

    await expect(list.getByRole('listitem')).toHaveCount(12)
    await reader.showAll(column, size, label, columnName).click()
    await expect(list.getByRole('listitem')).toHaveCount(size)
    await reader.showFirst(column, label, columnName).click()
    await expect(list.getByRole('listitem')).toHaveCount(12)
  })

  test('a Venn region still takes the reader to its column while the column is cut short', async ({ page }) => {
    const reader = new ReaderPage(page)
    const compare = new ComparePage(page)
    await compare.goto(`?asOf=${DAY}`)
    const column = compare.column(`Only in ${AIA}`)
    await expect(column.getByRole('button', { name: /^Show all / }).first()).toBeVisible()
    await compare.vennRegion(`Only in ${AIA}`).click()
    await expect(column).toBeFocused()
    await expect(column.getByRole('heading', { level: 3 })).toBeInViewport()
    await expect(reader.navLink('Compare')).toHaveAttribute('aria-current', 'location')
  })
})

test.describe('the members table on a phone', () => {
  test('says it scrolls sideways, and the keyboard can scroll it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}`)
    await expect(reader.sidewaysHint).toBeVisible()
    const box = reader.membersScrollBox
    await expect(box).toHaveAttribute('tabindex', '0')
    await box.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
  })

  test('on a wide screen where every column fits, there is no hint', async ({ page }) => {
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}`)
    const fits = await reader.membersScrollBox.evaluate((element) => element.scrollWidth <= element.clientWidth)
    expect(fits).toBe(true)
    await expect(reader.sidewaysHint).toBeHidden()
  })
})

test.describe('printing', () => {
  test('prints every filtered row, the filters in words, the charts, the comparison and the sources, and no control', async ({
    page,
  }) => {
    // The page renders twice over: for print, every row and list in full, then for the screen again.
    test.slow()
    const reader = new ReaderPage(page)
    const members = new MembersTablePage(page)
    const compare = new ComparePage(page)
    await reader.goto(`?asOf=${DAY}&sector=research-academia`)
    await compare.section.waitFor()
    const expected = doc.organizations.filter((organization) => organization.sector === 'research-academia')
    // More rows than the screen's virtualized table ever holds at once.
    expect(expected.length).toBeGreaterThan(40)
    await expect(members.count).toHaveText(countText(expected.length, 0))

    await page.emulateMedia({ media: 'print' })
    await expect(reader.printedRows()).toHaveCount(expected.length)
    const printedNames = (await reader.printedRows().getByRole('rowheader').allInnerTexts()).map((name) => name.trim())
    expect([...printedNames].sort()).toEqual(expected.map((organization) => organization.name).sort())
    await expect(reader.printSummary).toContainText('As of 30 June 2024')
    await expect(reader.printSummary).toContainText('Members table filters: Sector: Research & academia.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title)
    await expect(page.getByRole('figure', { name: 'Members by sector' })).toBeVisible()
    await expect(compare.column('In both')).toBeVisible()
    const sources = (doc as unknown as { sources: { url: string }[] }).sources
    await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(sources.length)
    // Names that open details on screen are printed as text, not dropped with the buttons.
    const alliance = [...possibleMembers('ai-alliance', DAY)].filter((id) =>
      expected.some((organization) => organization.id === id),
    )
    const interlocks = new InterlocksPage(page)
    await expect(interlocks.reach.getByRole('listitem')).toHaveCount(alliance.length)
    const first = interlocks.reach.getByRole('listitem').first()
    expect(expected.map((organization) => organization.name)).toContain(
      (await first.locator('bdi').first().innerText()).trim(),
    )
    await expect(reader.printedControls()).toHaveCount(0)
    await expect(page.getByText('Use your own data')).toBeHidden()

    // Back on screen: the virtualized table again, and the controls.
    await page.emulateMedia({ media: 'screen' })
    await expect(reader.printSummary).toHaveCount(0)
    await expect(members.search).toBeVisible()
    await expect(reader.membersScrollBox).toBeVisible()
  })

  test('past 2,000 rows it prints the first 2,000 and says how many are left out', async ({ page }) => {
    // The whole page over 2,050 organizations, then 2,000 rows again for print.
    test.setTimeout(120_000)
    // The bundled dataset and enough organizations without a membership (a notable absentee is one) to pass the limit.
    const extra = 2050 - doc.organizations.length
    const big = {
      ...doc,
      organizations: [
        ...doc.organizations,
        ...Array.from({ length: extra }, (_, index) => ({
          id: `printed-${index + 1}`,
          name: `Printed organization ${index + 1}`,
          sector: doc.sectors[0]?.id,
        })),
      ],
    }
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }),
    )
    const reader = new ReaderPage(page)
    const members = new MembersTablePage(page)
    await reader.goto(`?asOf=${DAY}`)
    await expect(members.count).toHaveText(/^2,050 of 2,050 organizations/)
    await page.emulateMedia({ media: 'print' })
    // Laying out 2,000 printed rows is one synchronous task of 1.3-1.8 s on an idle 2-core machine
    // (41,000 elements); on a loaded CI machine it once passed the default 5 s wait. What is printed
    // is checked here; how fast is not a test's business.
    await expect(reader.printedRows()).toHaveCount(2000, { timeout: 30_000 })
    await expect(reader.printedNote).toHaveText('… and 50 more rows not printed')
    await expect(reader.printSummary).toContainText(
      'Members table filters: No filters: every organization in the dataset.',
    )
  })

  test('no printed column is cut off: the table fits the page’s width', async ({ page }) => {
    const reader = new ReaderPage(page)
    await reader.goto(`?asOf=${DAY}&sector=research-academia`)
    await page.emulateMedia({ media: 'print' })
    // An A4 page's printable width at 96 dpi, less the margins.
    await page.setViewportSize({ width: 700, height: 1000 })
    await expect(reader.printedRows().first()).toBeVisible()
    const widths = await reader.printedTable.evaluate((table) => ({
      table: table.scrollWidth,
      page: document.documentElement.clientWidth,
    }))
    expect(widths.table).toBeLessThanOrEqual(widths.page)
  })
})
