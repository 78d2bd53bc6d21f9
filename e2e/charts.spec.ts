import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { CHART_TITLES, ChartsPage, pngSize } from './pages/charts-page'
import { bundledDataset, memberCountOn, type RawDoc } from './support/dataset'

const doc = bundledDataset()
const AS_OF = '2024-06-01'
const PAIR = 'ai-alliance,frontier-model-forum'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` padded to the first day of its period (the format's rule, stated independently of the app). */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date)

/** Members of a coalition on a day, per sector, counted straight from the document. */
function sectorCounts(source: RawDoc, coalitionId: string, isoDay: string): Map<string, number> {
  const founded = source.coalitions.find((coalition) => coalition.id === coalitionId)?.founded
  const sectorOf = new Map(source.organizations.map((organization) => [organization.id, organization.sector]))
  const counts = new Map<string, number>()
  for (const membership of source.memberships) {
    if (membership.coalition !== coalitionId) continue
    const start = membership.joined ?? founded
    if (start !== undefined && firstDay(start) > isoDay) continue
    if (membership.left !== undefined && firstDay(membership.left) <= isoDay) continue
    const sector = sectorOf.get(membership.organization) ?? '?'
    counts.set(sector, (counts.get(sector) ?? 0) + 1)
  }
  return counts
}

/** "22 November 2026" for "2026-11-22", as the footer writes the dataset's updated date. */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

test.describe('charts', () => {
  test('shows three figures named by their titles, each with PNG, SVG and CSV downloads', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const title of CHART_TITLES) {
      await expect(charts.figure(title), title).toBeVisible()
      for (const format of ['PNG', 'SVG', 'CSV'] as const) await expect(charts.downloadButton(title, format), `${title} ${format}`).toBeEnabled()
    }
  })

  for (const title of CHART_TITLES) {
    test(`${title}: the PNG decodes and is at least 1200 px wide`, async ({ page }) => {
      const charts = new ChartsPage(page)
      await charts.goto(`?asOf=${AS_OF}&chart=${PAIR}`)
      const file = await charts.download(title, 'PNG')
      expect(file.fileName).toBe(`${title.toLowerCase().replaceAll(' ', '-')}-ai-alliance-vs-frontier-model-forum-${AS_OF}.png`)
      const { width, height } = pngSize(file.bytes)
      expect(width).toBeGreaterThanOrEqual(1200)
      expect(height).toBeGreaterThan(200)
      const decoded = await page.evaluate(async (base64) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        return { width: image.naturalWidth, height: image.naturalHeight }
      }, file.bytes.toString('base64'))
      expect(decoded).toEqual({ width, height })
    })

    test(`${title}: the SVG is a standalone document that renders and carries its title and footer`, async ({ page }) => {
      const charts = new ChartsPage(page)
      await charts.goto(`?asOf=${AS_OF}`)
      const file = await charts.download(title, 'SVG')
      expect(file.fileName).toBe(`${title.toLowerCase().replaceAll(' ', '-')}-all-coalitions-${AS_OF}.svg`)
      const text = file.bytes.toString('utf8')
      expect(text.startsWith('<?xml')).toBe(true)
      expect(text).not.toContain('foreignObject')
      expect(text).not.toContain('var(--')
      const parsed = await page.evaluate(async (svgText) => {
        const xml = new DOMParser().parseFromString(svgText, 'image/svg+xml')
        const image = new Image()
        const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
        image.src = url
        await image.decode()
        URL.revokeObjectURL(url)
        return {
          parserErrors: xml.getElementsByTagName('parsererror').length,
          root: xml.documentElement.localName,
          namespace: xml.documentElement.namespaceURI,
          texts: [...xml.getElementsByTagName('text')].map((node) => node.textContent ?? ''),
          width: image.naturalWidth,
        }
      }, text)
      expect(parsed.parserErrors).toBe(0)
      expect(parsed.root).toBe('svg')
      expect(parsed.namespace).toBe('http://www.w3.org/2000/svg')
      expect(parsed.width).toBeGreaterThan(0)
      expect(parsed.texts).toContain(title)
      expect(parsed.texts.join('\n')).toContain(doc.title)
      expect(parsed.texts.join('\n')).toContain(`Updated ${longDate(doc.updated)}`)
      expect(parsed.texts.join(' ')).toContain(longDate(AS_OF))
    })
  }

  test('the sector CSV holds the member counts the table shows for the same filters', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=${PAIR}`)
    const { fileName, rows } = await charts.downloadCsv('Members by sector')
    expect(fileName).toBe(`members-by-sector-ai-alliance-vs-frontier-model-forum-${AS_OF}.csv`)
    for (const coalitionId of PAIR.split(',')) {
      const expected = sectorCounts(doc, coalitionId, AS_OF)
      const mine = rows.filter((row) => row.coalition_id === coalitionId)
      const drawn = new Map(mine.filter((row) => Number(row.members) > 0).map((row) => [row.sector_id, Number(row.members)]))
      expect(drawn, coalitionId).toEqual(expected)
      const total = mine.reduce((sum, row) => sum + Number(row.members), 0)
      expect(total).toBe(memberCountOn(doc, coalitionId, AS_OF))
      // The member table, filtered to this coalition on the same day, counts the same organizations.
      await page.goto(`./?asOf=${AS_OF}&chart=${PAIR}&coalition=${coalitionId}`)
      await expect(charts.tableCount).toHaveText(new RegExp(`^${total} of `))
    }
  })

  test('with a search and a sector filter, the chart total still equals the table count', async ({ page }) => {
    const charts = new ChartsPage(page)
    const filters = `asOf=${AS_OF}&q=a&sector=research-academia,model-developer`
    await charts.goto(`?${filters}&chart=ai-alliance`)
    const { rows } = await charts.downloadCsv('Members by sector')
    const total = rows.reduce((sum, row) => sum + Number(row.members), 0)
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThan(memberCountOn(doc, 'ai-alliance', AS_OF))
    expect(new Set(rows.filter((row) => Number(row.members) > 0).map((row) => row.sector_id))).toEqual(new Set(['research-academia', 'model-developer']))
    await page.goto(`./?${filters}&coalition=ai-alliance`)
    await expect(charts.tableCount).toHaveText(new RegExp(`^${total} of `))
  })

  test('the country CSV adds up to the same members, and the timeline CSV has one row per change', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=frontier-model-forum`)
    const countries = await charts.downloadCsv('Members by country')
    expect(countries.fileName).toBe(`members-by-country-frontier-model-forum-${AS_OF}.csv`)
    expect(countries.rows.reduce((sum, row) => sum + Number(row.members), 0)).toBe(memberCountOn(doc, 'frontier-model-forum', AS_OF))
    const timeline = await charts.downloadCsv('Membership over time')
    expect(timeline.rows.map((row) => [row.date, row.date_precision, row.members])).toEqual([
      ['2023-07-26', 'day', '4'],
      ['2024-05-01', 'month', '6'],
    ])
  })

  test('the "Research & academia" bar filters the member table to that sector', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&coalition=ai-alliance`)
    const button = charts.sectorButton('Research & academia')
    await expect(button).toHaveAttribute('aria-pressed', 'false')
    await expect(charts.tableCount).toHaveText(new RegExp(`^${memberCountOn(doc, 'ai-alliance', AS_OF)} of `))
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]sector=research-academia(&|$)/)
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    const research = sectorCounts(doc, 'ai-alliance', AS_OF).get('research-academia') ?? 0
    expect(research).toBeGreaterThan(0)
    await expect(charts.tableCount).toHaveText(new RegExp(`^${research} of `))
    await expect(charts.figure('Members by sector')).toContainText('Sector: Research & academia')
    await button.click()
    await expect(page).not.toHaveURL(/sector=/)
  })

  test('clicking a drawn bar segment toggles its sector too', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=ai-alliance`)
    const bars = await charts.sectorBars('Research & academia')
    await expect(bars).toHaveCount(1)
    await bars.first().click()
    await expect(page).toHaveURL(/[?&]sector=research-academia(&|$)/)
    await expect(charts.sectorButton('Research & academia')).toHaveAttribute('aria-pressed', 'true')
  })

  test('switching to shares changes the link and the numbers', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&chart=frontier-model-forum`)
    const table = await charts.dataTable('Members by sector')
    const forum = (label: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) }).getByRole('cell').last()
    const total = forum('All shown')
    await expect(total).toHaveText('6')
    await charts.measure.getByRole('radio', { name: 'Share of members' }).check()
    await expect(page).toHaveURL(/[?&]measure=share(&|$)/)
    await expect(total).toHaveText('100.0%')
    // The share is of the coalition's six members on that day.
    const modelDevelopers = sectorCounts(doc, 'frontier-model-forum', AS_OF).get('model-developer') ?? 0
    await expect(forum('Model developer')).toHaveText(`${((modelDevelopers / 6) * 100).toFixed(1)}%`)
    await expect(charts.figure('Members by sector')).toContainText('as a share of each coalition’s members')
  })

  test('the coalition picker writes the chart parameter', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const coalition of doc.coalitions) {
      if (coalition.id !== 'ai-alliance' && coalition.id !== 'frontier-model-forum') await charts.coalitionCheckbox(coalition.name).uncheck()
    }
    await expect(page).toHaveURL(new RegExp(`[?&]chart=${PAIR}(&|$)`))
    await expect(charts.figure('Members by sector')).toContainText('Members of AI Alliance and Frontier Model Forum on 1 June 2024')
  })

  test('the timeline counts the Frontier Model Forum stepping from 4 to 6 in 2024, month-only dates marked', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    const table = await charts.dataTable('Membership over time')
    const forum = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Frontier Model Forum', exact: true }) })
    await expect(forum).toHaveCount(2)
    await expect(forum.nth(0).getByRole('cell')).toHaveText(['26 July 2023', '4', '0', '4'])
    await expect(forum.nth(1).getByRole('cell')).toHaveText(['May 2024 (month only)', '2', '0', '6'])
    await expect(charts.figure('Membership over time')).toContainText('1 June 2024 marked')
    await expect(charts.figure('Membership over time').getByText(/As of 1 June 2024/)).toBeVisible()
  })

  test('says there is no data instead of drawing empty axes', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}&q=zzzz-no-such-organization`)
    for (const title of CHART_TITLES) {
      const figure = charts.figure(title)
      await expect(figure.getByText(/^No (members|memberships) match these filters/)).toBeVisible()
      await expect(figure.locator('.recharts-surface')).toHaveCount(0)
      await expect(charts.downloadButton(title, 'PNG')).toBeDisabled()
    }
  })

  test('exports a light image while the page is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    const file = await charts.download('Members by sector', 'PNG')
    const corner = await page.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = 4
      canvas.height = 4
      const context = canvas.getContext('2d')
      context?.drawImage(image, 0, 0)
      return [...(context?.getImageData(1, 1, 1, 1).data ?? [])]
    }, file.bytes.toString('base64'))
    expect(corner).toEqual([255, 255, 255, 255])
  })

  test('has no detectable accessibility violations', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const title of CHART_TITLES) await charts.dataTable(title)
    const results = await new AxeBuilder({ page }).include('#charts').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
