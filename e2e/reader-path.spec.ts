/**
 * A reader's path: wording that cannot mislead, a search that forgives a typo, a date
 * field that cannot run away, Back that undoes, exports that match the screen, and a dataset of
 * one's own that survives a reload.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ChartsPage } from './pages/charts-page'
import { DashboardPage } from './pages/dashboard-page'
import { DatasetLoaderPage } from './pages/dataset-loader-page'
import { MembersTablePage, ORGANIZATIONS_AS_SHOWN } from './pages/members-table-page'
import { bundledDataset, type RawDoc } from './support/dataset'

const doc = bundledDataset()
const AS_OF = '2026-11-22'
const PAIR = ['ai-alliance', 'frontier-model-forum']
const example = readFileSync(new URL('../public/data/examples/open-source-security.json', import.meta.url), 'utf8')
const exampleDoc = JSON.parse(example) as { title: string }

/** "22 November 2026" for "2026-11-22". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** The first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period. */
const firstDay = (date: string) => (date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`)

/** The earliest date the dataset states anywhere: founding days, roster checks and every membership bound. */
function earliestDate(source: RawDoc): string {
  const dates: string[] = []
  for (const coalition of source.coalitions) {
    if (coalition.founded) dates.push(firstDay(coalition.founded))
    if (coalition.roster) dates.push(firstDay(coalition.roster.checked))
  }
  for (const m of source.memberships) {
    for (const date of [m.joined, m.left, m.joinedAfter, m.joinedBy, m.leftAfter, m.leftBy])
      if (date) dates.push(firstDay(date))
  }
  return dates.sort()[0] as string
}

const todayIso = () => {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

const nameOf = (id: string) => doc.organizations.find((o) => o.id === id)?.name ?? id
const coalitionName = (id: string) => doc.coalitions.find((c) => c.id === id)?.name ?? id

test.describe('the search', () => {
  for (const [typed, id] of [
    ['Nvidea', 'nvidia'],
    ['antropic', 'anthropic'],
  ] as const) {
    test(`"${typed}" finds ${nameOf(id)}, and the count says close matches were added`, async ({ page }) => {
      const members = new MembersTablePage(page)
      await members.goto(`?asOf=${AS_OF}`)
      // No organization is spelt that way: every row is a close match, and the count says so.
      expect(doc.organizations.some((o) => o.name.toLowerCase().includes(typed.toLowerCase()))).toBe(false)
      await members.search.fill(typed)
      await expect(members.nameButton(nameOf(id))).toBeVisible()
      const shown = await members.bodyRows.count()
      await expect(members.count).toHaveText(
        `${shown} of ${doc.organizations.length} organizations, including ${shown} close ${shown === 1 ? 'match' : 'matches'}`,
      )
    })
  }

  test('an exact match comes before the close ones, whatever the order by name', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&sort=-name`)
    await members.search.fill('nvidia')
    await expect(members.rowNames.first()).toHaveText(nameOf('nvidia'))
  })

  test('typing in the search adds no history entries; Back goes to the view before it', async ({ page }) => {
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    const before = await page.evaluate(() => history.length)
    await members.search.pressSequentially('meta', { delay: 30 })
    await expect(page).toHaveURL(/[?&]q=meta(&|$)/)
    expect(await page.evaluate(() => history.length)).toBe(before)
  })
})

test.describe('Back and Forward', () => {
  test('Back undoes a sort: the order and the address are back', async ({ page }) => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    const ascending = doc.organizations.map((o) => o.name).sort((a, b) => collator.compare(a, b))
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}`)
    await expect(members.rowNames.first()).toHaveText(ascending[0] as string)
    const firstAddress = page.url()

    await members.sortButton('Name').click()
    await expect(page).toHaveURL(/[?&]sort=-name(&|$)/)
    await expect(members.rowNames.first()).toHaveText(ascending.at(-1) as string)

    await page.goBack()
    await expect(page).toHaveURL(firstAddress)
    await expect(members.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
    await expect(members.rowNames.first()).toHaveText(ascending[0] as string)

    await page.goForward()
    await expect(page).toHaveURL(/[?&]sort=-name(&|$)/)
    await expect(members.rowNames.first()).toHaveText(ascending.at(-1) as string)
  })
})

test.describe('"Member since" follows the coalition filter', () => {
  const ibm = doc.memberships.filter((m) => m.organization === 'ibm' && m.joined)
  const inAlliance = ibm.find((m) => m.coalition === 'ai-alliance')?.joined as string
  const earliest = ibm.map((m) => m.joined as string).sort()[0] as string

  async function ibmSince(members: MembersTablePage, header: string): Promise<string> {
    const cells = await members.columnCells(header)
    const row = members.bodyRows.filter({ has: members.page.getByRole('rowheader', { name: 'IBM', exact: true }) })
    await expect(row).toHaveCount(1)
    const index = await members.columnHeader(header).evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)
    expect(await cells.count()).toBeGreaterThan(0)
    return (await row.locator(`:scope > :nth-child(${index + 1})`).innerText()).trim()
  }

  test('with the AI Alliance filter IBM is a member since it joined the AI Alliance, and the header, sort and CSV say so', async ({
    page,
  }) => {
    // IBM's earliest membership (the Partnership on AI's founding) is years before the AI Alliance.
    expect(earliest < inAlliance).toBe(true)
    const members = new MembersTablePage(page)
    await members.goto(`?asOf=${AS_OF}&q=ibm`)
    expect(await ibmSince(members, 'Member since (any coalition)')).toBe(longDate(earliest))

    await members.coalition.selectOption([coalitionName('ai-alliance')])
    const header = `Member since (${coalitionName('ai-alliance')})`
    await expect(members.columnHeader(header)).toBeVisible()
    expect(await ibmSince(members, header)).toBe(longDate(inAlliance))
    await members.sortButton(header).click()
    await expect(members.columnHeader(header)).toHaveAttribute('aria-sort', 'ascending')
    const csv = await members.downloadCsvFile(ORGANIZATIONS_AS_SHOWN)
    expect(csv.rows[0]).toContain(header)
    const column = csv.rows[0]?.indexOf(header) ?? -1
    expect(csv.rows.find((row) => row[0] === 'IBM')?.[column]).toBe(longDate(inAlliance))

    await members.coalition.selectOption([coalitionName('ai-alliance'), coalitionName('partnership-on-ai')])
    await expect(members.columnHeader('Member since (earliest of 2 chosen)')).toBeVisible()
    expect(await ibmSince(members, 'Member since (earliest of 2 chosen)')).toBe(longDate(earliest))
  })
})

test.describe('the "As of" field', () => {
  const earliest = earliestDate(doc)

  test('applies a typed date on Enter, not on every keystroke', async ({ page }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.goto(`?asOf=${AS_OF}`)
    await dashboard.waitForData()
    await dashboard.asOf.focus()
    // Month, day, year, as an English-language date field takes them.
    await page.keyboard.type('05012024', { delay: 20 })
    await expect(dashboard.asOf).toHaveValue('2024-05-01')
    // Typed, not yet applied: the year went through 0002, 0020 and 0202 and none of them was shown.
    await expect(page).toHaveURL(new RegExp(`[?&]asOf=${AS_OF}(&|$)`))
    await expect(page.getByText(`Counts are for ${longDate(AS_OF)}.`)).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]asOf=2024-05-01(&|$)/)
    await expect(page.getByText(`Counts are for ${longDate('2024-05-01')}.`)).toBeVisible()
  })

  test('refuses a day before the dataset’s earliest date with a sentence beside the field, and the quick dates still work', async ({
    page,
  }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.goto(`?asOf=${AS_OF}`)
    await dashboard.waitForData()
    await dashboard.asOf.focus()
    await page.keyboard.type('01011990', { delay: 20 })
    await page.keyboard.press('Enter')
    const sentence = `1990-01-01 is before the dataset’s earliest date, ${longDate(earliest)}. Counts are still for ${longDate(AS_OF)}.`
    await expect(page.getByText(sentence)).toBeVisible()
    await expect(dashboard.asOf).toHaveAttribute('aria-invalid', 'true')
    await expect(dashboard.asOf).toHaveAccessibleDescription(sentence)
    await expect(page).toHaveURL(new RegExp(`[?&]asOf=${AS_OF}(&|$)`))

    await dashboard.quickDates.selectOption({ label: `Earliest date in the dataset (${longDate(earliest)})` })
    await expect(page).toHaveURL(new RegExp(`[?&]asOf=${earliest}(&|$)`))
    await expect(page.getByText(sentence)).toHaveCount(0)
    await expect(dashboard.asOf).toHaveValue(earliest)
  })

  test('an asOf in the address before the earliest date is refused in words and dropped', async ({ page }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.goto('?asOf=1990-01-01&q=ibm')
    await dashboard.waitForData()
    const notice = page.getByRole('alert').filter({ hasText: 'Part of the address was not used' })
    await expect(notice).toContainText(
      `asOf ("1990-01-01") is before the dataset’s earliest date, ${longDate(earliest)}.`,
    )
    await expect(page).not.toHaveURL(/asOf=/)
    await expect(page).toHaveURL(/[?&]q=ibm(&|$)/)
    await expect(dashboard.asOf).toHaveValue(todayIso())
  })
})

/** The bar segments of the exported sector chart, bar by bar, as indexes into the exported legend; and the legends' labels. */
async function exportedSectorOrder(page: Page, svgText: string) {
  return page.evaluate((text) => {
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml')
    const exported = document.importNode(xml.documentElement, true) as unknown as SVGSVGElement
    document.body.append(exported)
    const probe = document.createElement('span')
    document.body.append(probe)
    const normal = (color: string) => {
      probe.style.color = ''
      probe.style.color = color
      return getComputedStyle(probe).color
    }
    // The exported legend: squares (rx=2) and, after each, its label.
    const children = [...exported.children]
    const legend: { label: string; color: string }[] = []
    children.forEach((node, index) => {
      if (node.localName === 'rect' && node.getAttribute('rx') === '2')
        legend.push({ color: normal(node.getAttribute('fill') ?? ''), label: children[index + 1]?.textContent ?? '' })
    })
    const chart = exported.querySelector('svg') as SVGSVGElement
    const bars = new Map<number, { x: number; index: number }[]>()
    for (const path of chart.querySelectorAll('path')) {
      const fill = path.getAttribute('fill') ?? ''
      const box = path.getBBox()
      if (!fill || fill === 'none' || box.width <= 0 || box.height <= 0) continue
      const pattern = /^url\(\s*["']?#charts-hatch-sector-(\d+)/.exec(fill)?.[1]
      const index = pattern !== undefined ? Number(pattern) : legend.findIndex((item) => item.color === normal(fill))
      const key = Math.round(box.y)
      bars.set(key, [...(bars.get(key) ?? []), { x: box.x, index }])
    }
    exported.remove()
    probe.remove()
    return {
      legend: legend.map((item) => item.label),
      bars: [...bars.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((part) => part.index)),
    }
  }, svgText)
}

test.describe('exports match the screen', () => {
  test('after unticking all but two coalitions, the sector SVG stacks every bar in its legend’s order, which is the screen’s', async ({
    page,
  }) => {
    // Ten clicks, each redrawing every chart and the comparison: more work than one test usually does.
    test.slow()
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const coalition of doc.coalitions) {
      if (!PAIR.includes(coalition.id))
        await charts.coalitionPicker.getByRole('checkbox', { name: coalition.name, exact: true }).uncheck()
    }
    await expect(page).toHaveURL(new RegExp(`[?&]chart=${PAIR.join(',')}(&|$)`))
    const screenLegend = (await charts.legend('Members by sector').getByRole('listitem').allInnerTexts()).map((text) =>
      text.trim(),
    )
    const file = await charts.download('Members by sector', 'SVG')
    const { legend, bars } = await exportedSectorOrder(page, file.bytes.toString('utf8'))
    // The exported legend is the screen's (and then the key's "Solid" square).
    expect(legend.slice(0, screenLegend.length)).toEqual(screenLegend)
    expect(bars).toHaveLength(PAIR.length)
    for (const bar of bars) {
      expect(
        bar.every((index) => index >= 0 && index < screenLegend.length),
        bar.join(' '),
      ).toBe(true)
      expect(bar, 'segments in the legend’s order').toEqual([...bar].sort((a, b) => a - b))
    }
  })

  test('a dark image has its own file name', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=${PAIR.join(',')}`)
    await charts.figure('Members by sector').getByRole('combobox', { name: 'Image theme' }).selectOption('dark')
    const file = await charts.download('Members by sector', 'PNG')
    expect(file.fileName).toBe(`members-by-sector-ai-alliance-vs-frontier-model-forum-${AS_OF}-dark.png`)
  })

  test('an exported SVG carries the credit line: the dataset, its updated date and the view’s link', async ({
    page,
  }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=${PAIR.join(',')}&q=ibm`)
    const file = await charts.download('Members by country', 'SVG')
    const texts = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml')
      return [...xml.documentElement.children]
        .filter((node) => node.localName === 'text')
        .map((node) => node.textContent ?? '')
    }, file.bytes.toString('utf8'))
    // The bundled dataset states no licence, and the credit line says so.
    const line = `${doc.title} · Updated ${longDate(doc.updated)} · Licence not stated`
    expect(texts).toContain(line)
    // The link is the last lines, cut where it must be to fit.
    const credit = texts.slice(texts.indexOf(line))
    expect(credit.join('')).toContain(page.url())
  })
})

test.describe('a dataset of one’s own', () => {
  test('a dataset loaded from a file is still there after a reload, with a banner, and Reset brings back the bundled one', async ({
    page,
  }) => {
    // Four page loads: on a busy 2-core machine running two workers they took 30.1 s in all (CI, 3bd09ce).
    test.slow()
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await loader.loadFile('mine.json', example)
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    const sentence = `Showing mine.json, loaded from a file on ${longDate(todayIso())} and kept in this browser.`
    await expect(loader.keptBanner).toContainText(sentence)

    await page.reload()
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    await expect(loader.keptBanner).toContainText(sentence)

    // The address's view applies to it.
    await page.goto('./?q=google')
    const members = new MembersTablePage(page)
    await expect(loader.datasetTitle).toHaveText(exampleDoc.title)
    await expect(members.search).toHaveValue('google')
    await expect(members.nameButton('Google')).toBeVisible()

    await loader.keptReset.click()
    await expect(loader.datasetTitle).toHaveText(doc.title)
    await expect(loader.keptBanner).toHaveCount(0)
    await page.reload()
    await expect(loader.datasetTitle).toHaveText(doc.title)
    await expect(loader.keptBanner).toHaveCount(0)
  })

  test('a kept dataset that no longer passes the checks is dropped with why', async ({ page }) => {
    const loader = new DatasetLoaderPage(page)
    await page.goto('./')
    await expect(loader.datasetTitle).toHaveText(doc.title)
    // What an older version of the app might have kept: a document this one refuses.
    const broken = JSON.parse(example) as { organizations: { sector: string }[] }
    broken.organizations[0]!.sector = 'no-such-sector'
    await page.evaluate(async (text) => {
      const request = indexedDB.open('coalition-atlas')
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onupgradeneeded = () => request.result.createObjectStore('datasets')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const transaction = db.transaction('datasets', 'readwrite')
      transaction
        .objectStore('datasets')
        .put({ version: 1, text, kind: 'file', label: 'old.json', savedOn: '2026-01-15' }, 'kept-dataset')
      await new Promise((resolve) => (transaction.oncomplete = resolve))
      db.close()
    }, JSON.stringify(broken))
    await page.reload()
    await expect(loader.alert).toContainText('old.json (kept in this browser) was not loaded.')
    await expect(loader.alert).toContainText(
      'It no longer passes the checks, so it was removed from this browser and the bundled dataset is shown instead.',
    )
    await expect(loader.datasetTitle).toHaveText(doc.title)
    await page.reload()
    await expect(loader.datasetTitle).toHaveText(doc.title)
    await expect(loader.alert).toHaveCount(0)
  })
})
