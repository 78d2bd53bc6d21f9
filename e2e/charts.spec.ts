import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { CHART_TITLES, ChartsPage, pngSize } from './pages/charts-page'
import { bundledDataset, memberCountOn, memberRangeOn, statusOn, type RawDoc } from './support/dataset'

const doc = bundledDataset()
const AS_OF = '2024-06-01'
const PAIR = 'ai-alliance,frontier-model-forum'
/** Days on which some members are possible but not certain: the Frontier Model Forum in May 2024 (Amazon and Meta joined "2024-05"), Partnership on AI at its founding. */
const UNCERTAIN_DAYS = ['2024-05-01', '2016-09-28'] as const

interface Range {
  certain: number
  possible: number
}

/** Certain and possible members of a coalition on a day, per sector (or any key), by the format's rule in e2e/support. */
function rangesBy(
  source: RawDoc,
  coalitionId: string,
  isoDay: string,
  keyOf: (organizationId: string) => string,
): Map<string, Range> {
  const ranges = new Map<string, Range>()
  for (const membership of source.memberships) {
    if (membership.coalition !== coalitionId) continue
    const status = statusOn(source, membership, isoDay)
    if (status === 'none') continue
    const key = keyOf(membership.organization)
    const range = ranges.get(key) ?? { certain: 0, possible: 0 }
    range.possible++
    if (status === 'certain') range.certain++
    ranges.set(key, range)
  }
  return ranges
}

const sectorOf = new Map(doc.organizations.map((organization) => [organization.id, organization.sector]))
const sectorRanges = (coalitionId: string, isoDay: string) =>
  rangesBy(doc, coalitionId, isoDay, (id) => sectorOf.get(id) ?? '?')

/** "16" or "16 certain, up to 20", as the docs say every count is written. */
const rangeWords = ({ certain, possible }: Range) =>
  certain === possible ? `${possible}` : `${certain} certain, up to ${possible}`

/** "May 2024", "2025" or "16 May 2017": a partial date as the app words it. */
function partialDateText(date: string): string {
  if (date.length === 4) return date
  if (date.length === 7)
    return new Date(`${date}-01T00:00:00Z`).toLocaleDateString('en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
  return longDate(date)
}

/** The next ISO day. */
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** "22 November 2026" for "2026-11-22", as the footer writes the dataset's updated date. */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

test.describe('charts', () => {
  test('shows three figures named by their titles, each with PNG, SVG and CSV downloads', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const title of CHART_TITLES) {
      await expect(charts.figure(title), title).toBeVisible()
      for (const format of ['PNG', 'SVG', 'CSV'] as const)
        await expect(charts.downloadButton(title, format), `${title} ${format}`).toBeEnabled()
    }
  })

  for (const title of CHART_TITLES) {
    test(`${title}: the PNG decodes and is at least 1200 px wide`, async ({ page }) => {
      const charts = new ChartsPage(page)
      await charts.goto(`?asOf=${AS_OF}&chart=${PAIR}`)
      const file = await charts.download(title, 'PNG')
      expect(file.fileName).toBe(
        `${title.toLowerCase().replaceAll(' ', '-')}-ai-alliance-vs-frontier-model-forum-${AS_OF}.png`,
      )
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

    test(`${title}: the SVG is a standalone document that renders and carries its title and footer`, async ({
      page,
    }) => {
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
      const expected = sectorRanges(coalitionId, AS_OF)
      const mine = rows.filter((row) => row.coalition_id === coalitionId)
      const drawn = new Map(
        mine
          .filter((row) => Number(row.possible) > 0)
          .map((row) => [row.sector_id, { certain: Number(row.certain), possible: Number(row.possible) }]),
      )
      expect(drawn, coalitionId).toEqual(expected)
      const total = mine.reduce((sum, row) => sum + Number(row.possible), 0)
      expect(total).toBe(memberCountOn(doc, coalitionId, AS_OF))
      // The member table, filtered to this coalition on the same day, counts the same organizations.
      await page.goto(`./?asOf=${AS_OF}&chart=${PAIR}&coalition=${coalitionId}`)
      await expect(charts.tableCount).toHaveText(new RegExp(`^${total} of `))
    }
  })

  for (const day of UNCERTAIN_DAYS) {
    test(`on ${day}, the sector CSV's certain and possible columns are the counts the format's rule gives`, async ({
      page,
    }) => {
      const charts = new ChartsPage(page)
      await charts.goto(`?asOf=${day}`)
      const { rows } = await charts.downloadCsv('Members by sector')
      expect(Object.keys(rows[0] ?? {})).toEqual([
        'as_of',
        'coalition_id',
        'coalition',
        'sector_id',
        'sector',
        'certain',
        'possible',
        'certain_share',
        'possible_share',
        'coalition_possible_members',
        'not_founded_until',
      ])
      let uncertain = 0
      for (const coalition of doc.coalitions) {
        const expected = sectorRanges(coalition.id, day)
        const mine = rows.filter((row) => row.coalition_id === coalition.id && Number(row.possible) > 0)
        expect(
          new Map(mine.map((row) => [row.sector_id, { certain: Number(row.certain), possible: Number(row.possible) }])),
          coalition.id,
        ).toEqual(expected)
        const range = memberRangeOn(doc, coalition.id, day)
        uncertain += range.possible - range.certain
        for (const row of mine) {
          expect(Number(row.coalition_possible_members)).toBe(range.possible)
          // Shares are of the coalition's possible members, for both columns.
          expect(Number(row.certain_share)).toBeCloseTo(Number(row.certain) / range.possible, 4)
          expect(Number(row.possible_share)).toBeCloseTo(Number(row.possible) / range.possible, 4)
        }
      }
      // The day was chosen for its uncertain members: the test would prove nothing without them.
      expect(uncertain).toBeGreaterThan(0)
    })
  }

  test('with a search and a sector filter, the chart total still equals the table count', async ({ page }) => {
    const charts = new ChartsPage(page)
    const filters = `asOf=${AS_OF}&q=a&sector=research-academia,model-developer`
    await charts.goto(`?${filters}&chart=ai-alliance`)
    const { rows } = await charts.downloadCsv('Members by sector')
    const total = rows.reduce((sum, row) => sum + Number(row.possible), 0)
    expect(total).toBeGreaterThan(0)
    expect(total).toBeLessThan(memberCountOn(doc, 'ai-alliance', AS_OF))
    expect(new Set(rows.filter((row) => Number(row.possible) > 0).map((row) => row.sector_id))).toEqual(
      new Set(['research-academia', 'model-developer']),
    )
    await page.goto(`./?${filters}&coalition=ai-alliance`)
    await expect(charts.tableCount).toHaveText(new RegExp(`^${total} of `))
  })

  test('the country CSV adds up to the same members, and the timeline CSV has one row per change of either count', async ({
    page,
  }) => {
    const forum = 'frontier-model-forum'
    const day = UNCERTAIN_DAYS[0]
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${day}&chart=${forum}`)
    const countries = await charts.downloadCsv('Members by country')
    expect(countries.fileName).toBe(`members-by-country-frontier-model-forum-${day}.csv`)
    const range = memberRangeOn(doc, forum, day)
    expect(range.certain).toBeLessThan(range.possible)
    const sum = (column: string) => countries.rows.reduce((total, row) => total + Number(row[column]), 0)
    expect({ certain: sum('certain'), possible: sum('possible') }).toEqual(range)

    const timeline = await charts.downloadCsv('Membership over time')
    expect(Object.keys(timeline.rows[0] ?? {})).toEqual([
      'coalition_id',
      'coalition',
      'date',
      'certain',
      'possible',
      'joins',
      'departures',
    ])
    // The days either count changes, found by walking the calendar with the format's rule.
    const founded = doc.coalitions.find((coalition) => coalition.id === forum)?.founded ?? ''
    const changes: { date: string; certain: number; possible: number }[] = []
    let previous = memberRangeOn(doc, forum, '2000-01-01')
    for (let date = '2000-01-02'; date <= doc.updated; date = nextDay(date)) {
      const now = memberRangeOn(doc, forum, date)
      if (now.certain !== previous.certain || now.possible !== previous.possible) changes.push({ date, ...now })
      previous = now
    }
    expect(changes[0]?.date).toBe(founded)
    expect(
      timeline.rows.map((row) => ({ date: row.date, certain: Number(row.certain), possible: Number(row.possible) })),
    ).toEqual(changes)
    // Joins and departures account for every change of the possible count.
    let possible = 0
    for (const row of timeline.rows) {
      possible += Number(row.joins) - Number(row.departures)
      expect(possible, row.date).toBe(Number(row.possible))
    }
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
    const research = sectorRanges('ai-alliance', AS_OF).get('research-academia')?.possible ?? 0
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
    const forum = (label: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
        .getByRole('cell')
        .last()
    const total = forum('All shown')
    await expect(total).toHaveText('6')
    // The axes name the one bar and count up to its six possible members, then read as shares.
    await expect
      .poll(() => charts.axisLabels('Members by sector'))
      .toEqual({ left: ['Frontier Model Forum'], bottom: ['0', '2', '4', '6'] })
    await charts.measure.getByRole('radio', { name: 'Share of possible members' }).check()
    await expect(page).toHaveURL(/[?&]measure=share(&|$)/)
    await expect(total).toHaveText('100.0%')
    await expect
      .poll(() => charts.axisLabels('Members by sector'))
      .toEqual({ left: ['Frontier Model Forum'], bottom: ['0%', '25%', '50%', '75%', '100%'] })
    // The share is of the coalition's six possible members on that day.
    const modelDevelopers = sectorRanges('frontier-model-forum', AS_OF).get('model-developer')?.possible ?? 0
    await expect(forum('Model developer')).toHaveText(`${((modelDevelopers / 6) * 100).toFixed(1)}%`)
    await expect(charts.figure('Members by sector')).toContainText('as a share of each coalition’s possible members')
  })

  test('the coalition picker writes the chart parameter', async ({ page }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    for (const coalition of doc.coalitions) {
      if (coalition.id !== 'ai-alliance' && coalition.id !== 'frontier-model-forum')
        await charts.coalitionCheckbox(coalition.name).uncheck()
    }
    await expect(page).toHaveURL(new RegExp(`[?&]chart=${PAIR}(&|$)`))
    await expect(charts.figure('Members by sector')).toContainText(
      'Members of AI Alliance and Frontier Model Forum on 1 June 2024',
    )
  })

  test('the timeline draws the Frontier Model Forum as a band from 4 certain up to 6 in May 2024, and 6 once May is over', async ({
    page,
  }) => {
    const forum = 'frontier-model-forum'
    const charts = new ChartsPage(page)
    for (const [day, marked] of [
      ['2024-05-01', '1 May 2024'],
      ['2024-06-30', '30 June 2024'],
    ] as const) {
      const range = memberRangeOn(doc, forum, day)
      await charts.goto(`?asOf=${day}&chart=${forum}`)
      await expect(charts.summary('Membership over time')).toContainText(
        `On ${marked}: Frontier Model Forum ${rangeWords(range)}.`,
      )
      await expect(charts.subtitle('Membership over time')).toContainText(`${marked} marked`)
      await expect(charts.figure('Membership over time').getByText(`As of ${marked}`)).toBeVisible()
    }
    expect(rangeWords(memberRangeOn(doc, forum, '2024-05-01'))).toBe('4 certain, up to 6')
    expect(rangeWords(memberRangeOn(doc, forum, '2024-06-30'))).toBe('6')

    // The band is drawn and explained, and the table lists the day it opens and the day it closes.
    await expect(charts.timelineBands()).toHaveCount(1)
    await expect(charts.key('Membership over time')).toContainText('Hatched band: possible but not certain')
    const table = await charts.dataTable('Membership over time')
    const forumRows = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Frontier Model Forum', exact: true }) })
    // May 2024's first day opens the window (the possible count rises), its last day closes it (the certain count catches up).
    for (const [date, dayBefore] of [
      ['2024-05-01', '2024-04-30'],
      ['2024-05-31', '2024-05-30'],
    ] as const) {
      const range = memberRangeOn(doc, forum, date)
      const joins = range.possible - memberRangeOn(doc, forum, dayBefore).possible
      const row = forumRows.filter({ has: page.getByRole('cell', { name: longDate(date), exact: true }) })
      await expect(row.getByRole('cell')).toHaveText([
        longDate(date),
        String(range.certain),
        String(range.possible),
        String(joins),
        '0',
      ])
    }
  })

  test('says which drawn rosters were checked before the day or are partial, on screen and in the exported figure', async ({
    page,
  }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    const label = (coalition: RawDoc['coalitions'][number]) =>
      coalition.name.length > 22 && coalition.shortName ? coalition.shortName : coalition.name
    const lastDay = (date: string) =>
      date.length === 4
        ? `${date}-12-31`
        : date.length === 7
          ? new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10)
          : date
    const founded = (coalition: RawDoc['coalitions'][number]) =>
      !coalition.founded || coalition.founded.slice(0, 10) <= AS_OF
    const stale = doc.coalitions.filter(
      (coalition) => coalition.roster && founded(coalition) && lastDay(coalition.roster.checked) < AS_OF,
    )
    const partial = doc.coalitions.filter((coalition) => coalition.roster?.complete === false && founded(coalition))
    expect(stale.length).toBeGreaterThan(0)
    expect(partial.length).toBeGreaterThan(0)
    const subtitle = charts.subtitle('Members by sector')
    for (const coalition of stale)
      await expect(subtitle).toContainText(
        new RegExp(`${label(coalition)}: [^;]*roster last checked ${partialDateText(coalition.roster?.checked ?? '')}`),
      )
    for (const coalition of partial) await expect(subtitle).toContainText(`${label(coalition)}: partial list`)
    const current = doc.coalitions.filter(
      (coalition) => coalition.roster?.complete && founded(coalition) && !stale.includes(coalition),
    )
    for (const coalition of current) await expect(subtitle).not.toContainText(`${label(coalition)}:`)

    const file = await charts.download('Members by sector', 'SVG')
    const text = file.bytes.toString('utf8')
    const words = await page.evaluate((svgText) => {
      const xml = new DOMParser().parseFromString(svgText, 'image/svg+xml')
      return [...xml.getElementsByTagName('text')].map((node) => node.textContent ?? '').join(' ')
    }, text)
    for (const coalition of stale)
      expect(words.replace(/\s+/g, ' ')).toContain(
        `roster last checked ${partialDateText(coalition.roster?.checked ?? '')}`,
      )
  })

  test('the exported sector SVG is valid XML carrying its hatch pattern and the key, with the segments in the legend’s order and colours, as on screen', async ({
    page,
  }) => {
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${UNCERTAIN_DAYS[0]}&chart=${PAIR}`)
    await expect(charts.key('Members by sector')).toContainText(
      `Hatched: possible but not certain on ${longDate(UNCERTAIN_DAYS[0])}`,
    )
    const file = await charts.download('Members by sector', 'SVG')
    const text = file.bytes.toString('utf8')
    const result = await page.evaluate((svgText) => {
      const xml = new DOMParser().parseFromString(svgText, 'image/svg+xml')
      const texts = [...xml.getElementsByTagName('text')].map((node) => node.textContent ?? '')
      const patterns = [...xml.getElementsByTagName('pattern')].map((pattern) => pattern.getAttribute('id') ?? '')
      const references = [...xml.querySelectorAll('[fill^="url("]')].map(
        (node) => /#([^)"']+)/.exec(node.getAttribute('fill') ?? '')?.[1] ?? '',
      )
      const unresolved = references.filter((id) => xml.getElementById(id) === null)

      // Colours compared as the browser reads them.
      const probe = document.createElement('span')
      document.body.append(probe)
      const normal = (color: string) => {
        probe.style.color = ''
        probe.style.color = color
        return getComputedStyle(probe).color
      }
      /** The bar segments of a chart <svg>, bar by bar (top to bottom), left to right: solid colour or hatch pattern id. */
      const segments = (chart: SVGSVGElement) => {
        const bars = new Map<number, { x: number; paint: string }[]>()
        for (const path of chart.querySelectorAll('path')) {
          const fill = path.getAttribute('fill') ?? getComputedStyle(path).fill
          const box = path.getBBox()
          if (!fill || fill === 'none' || box.width <= 0 || box.height <= 0) continue
          const pattern = /^url\(\s*["']?#([^)"']+)/.exec(fill)?.[1]
          const key = Math.round(box.y)
          bars.set(key, [
            ...(bars.get(key) ?? []),
            { x: box.x, paint: pattern ? `hatch:${pattern}` : normal(getComputedStyle(path).fill) },
          ])
        }
        return [...bars.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((part) => part.paint))
      }
      // The exported document, placed in the page so its geometry can be read.
      const exported = document.importNode(xml.documentElement, true) as unknown as SVGSVGElement
      document.body.append(exported)
      const exportedChart = exported.querySelector('svg') as SVGSVGElement
      const exportedSegments = segments(exportedChart)
      // The legend as exported: the category squares and their labels, in order.
      const legendColors = [...exported.children]
        .filter((node) => node.localName === 'rect' && node.getAttribute('rx') === '2')
        .map((node) => normal(node.getAttribute('fill') ?? ''))
      const figure = [...document.querySelectorAll('figure')].find(
        (node) => node.querySelector('h3')?.textContent === 'Members by sector',
      )
      const screenChart = figure?.querySelector<SVGSVGElement>('svg.recharts-surface') as SVGSVGElement
      const screenSegments = segments(screenChart)
      exported.remove()
      probe.remove()
      return {
        parserErrors: xml.getElementsByTagName('parsererror').length,
        texts,
        patterns,
        unresolved,
        exportedSegments,
        screenSegments,
        legendColors,
      }
    }, text)
    expect(result.parserErrors).toBe(0)
    expect(result.texts).toEqual(
      expect.arrayContaining([
        'Solid: certain members',
        `Hatched: possible but not certain on ${longDate(UNCERTAIN_DAYS[0])}`,
      ]),
    )
    expect(result.patterns.some((id) => id.startsWith('charts-hatch-sector-'))).toBe(true)
    expect(result.unresolved).toEqual([])
    expect(result.exportedSegments).toEqual(result.screenSegments)
    // Every bar runs through the categories in the legend's order; a hatched part follows its own category's solid part.
    const categoryColors = result.legendColors.slice(0, -1) // the last square is the key's "solid"
    let hatched = 0
    for (const bar of result.exportedSegments) {
      let last = -1
      for (const paint of bar) {
        const index = paint.startsWith('hatch:') ? Number(paint.split('-').at(-1)) : categoryColors.indexOf(paint)
        expect(index, `${paint} in ${bar.join(' ')}`).toBeGreaterThanOrEqual(last)
        expect(index).toBeGreaterThanOrEqual(0)
        if (paint.startsWith('hatch:')) hatched++
        last = index
      }
    }
    expect(hatched).toBeGreaterThan(0)
  })

  test('at 360 px a tooltip stays on the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    const charts = new ChartsPage(page)
    await charts.goto(`?asOf=${AS_OF}`)
    // The sector chart's first row (its labels take the left half at this width); the timeline's middle.
    for (const [title, across, down] of [
      ['Members by sector', 0.62, 0.04],
      ['Membership over time', 0.5, 0.5],
    ] as const) {
      const tooltip = await charts.hover(title, across, down)
      await expect(tooltip).toBeVisible()
      const box = await tooltip.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= 360, `${title}: ${JSON.stringify(box)}`).toBe(true)
    }
  })

  test('a coalition not founded on the day is said to be not founded, not counted as 0, on screen and in the CSV', async ({
    page,
  }) => {
    const charts = new ChartsPage(page)
    // CoSAI was founded on 18 July 2024.
    await charts.goto('?asOf=2024-06-01')
    const table = await charts.dataTable('Members by sector')
    const row = table.getByRole('row').filter({ hasText: 'Coalition for Secure AI' })
    await expect(row).toHaveCount(1)
    await expect(row.getByRole('cell')).toHaveText(['All shown', 'Not founded until 18 July 2024.'])
    // The CSV says the same: no counts, and the founding date.
    const { rows } = await charts.downloadCsv('Members by sector')
    const cosai = rows.filter((csvRow) => csvRow.coalition_id === 'cosai')
    expect(cosai.length).toBeGreaterThan(0)
    expect(cosai.map((csvRow) => [csvRow.certain, csvRow.possible, csvRow.not_founded_until])).toEqual(
      cosai.map(() => ['', '', '2024-07-18']),
    )
    // A coalition founded by then keeps its counts.
    expect(rows.some((csvRow) => csvRow.coalition_id !== 'cosai' && Number(csvRow.possible) > 0)).toBe(true)
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

  for (const { width, dark } of [
    { width: 1280, dark: false },
    { width: 360, dark: true },
  ]) {
    test(`has no detectable accessibility violations at ${width} px${dark ? ', dark' : ''}, with hatched members and every table open`, async ({
      page,
    }) => {
      // The audit of a section this size takes seconds of CPU; on a machine shared by several suites it needs more than the default budget.
      test.slow()
      if (dark) await page.emulateMedia({ colorScheme: 'dark' })
      await page.setViewportSize({ width, height: 900 })
      const charts = new ChartsPage(page)
      await charts.goto(`?asOf=${UNCERTAIN_DAYS[0]}`)
      for (const title of CHART_TITLES) await charts.dataTable(title)
      await expect(charts.key('Members by sector')).toBeVisible()
      const results = await new AxeBuilder({ page })
        .include('#charts')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }
})
