import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ChangesPage } from './pages/changes-page'
import { InterlocksPage } from './pages/interlocks-page'
import { bundledDataset, statusOn, type RawDoc } from './support/dataset'

const doc = bundledDataset()
const AIA = 'AI Alliance'
const FMF = 'Frontier Model Forum'
const PAI = 'Partnership on AI'

// Expectations from the data itself, by the format's rule (e2e/support/dataset.ts), independently of the app.
type Status = 'certain' | 'uncertain' | 'none'
const RANK: Record<Status, number> = { none: 0, uncertain: 1, certain: 2 }

/** Each organization's standing in a coalition on a day: the best status of its memberships there. */
function standingsOn(data: RawDoc, coalitionId: string, iso: string): Map<string, Status> {
  const standings = new Map<string, Status>()
  for (const m of data.memberships) {
    if (m.coalition !== coalitionId) continue
    const status = statusOn(data, m, iso)
    if (RANK[status] > RANK[standings.get(m.organization) ?? 'none']) standings.set(m.organization, status)
  }
  return standings
}

type Kind = 'joined' | 'left' | 'may have joined' | 'may have left' | 'became certain' | 'no longer possible'
const KINDS: readonly Kind[] = [
  'joined',
  'left',
  'may have joined',
  'may have left',
  'became certain',
  'no longer possible',
]

function kindOf(before: Status, after: Status): Kind | null {
  if (before === after) return null
  if (before === 'none') return after === 'certain' ? 'joined' : 'may have joined'
  if (after === 'none') return before === 'certain' ? 'left' : 'no longer possible'
  return after === 'certain' ? 'became certain' : 'may have left'
}

/** Organization ids by kind of change in a coalition between two days. */
function changesFromData(
  coalitionId: string,
  from: string,
  to: string,
  keep: (orgId: string) => boolean = () => true,
): Map<Kind, string[]> {
  const before = standingsOn(doc, coalitionId, from)
  const after = standingsOn(doc, coalitionId, to)
  const byKind = new Map<Kind, string[]>()
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const kind = kindOf(before.get(id) ?? 'none', after.get(id) ?? 'none')
    if (kind === null || !keep(id)) continue
    byKind.set(kind, [...(byKind.get(kind) ?? []), id])
  }
  return byKind
}

const nameOf = (id: string) => doc.organizations.find((o) => o.id === id)?.name ?? id
const names = (ids: Iterable<string>) =>
  [...ids].map(nameOf).sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base', numeric: true }))
const coalitionIdOf = (name: string) => doc.coalitions.find((c) => c.name === name)?.id ?? name
const countOf = (byKind: Map<Kind, string[]>) => KINDS.reduce((sum, kind) => sum + (byKind.get(kind)?.length ?? 0), 0)
/** "+28 joined, −2 left, 4 became certain", as the section words a coalition's changes. */
function summaryWords(byKind: Map<Kind, string[]>): string {
  const parts = KINDS.flatMap((kind) => {
    const count = byKind.get(kind)?.length ?? 0
    if (count === 0) return []
    return [`${kind === 'joined' ? '+' : kind === 'left' ? '\u2212' : ''}${count.toLocaleString('en')} ${kind}`]
  })
  return parts.length ? parts.join(', ') : 'no changes'
}
const heading = (kind: Kind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`
/** "3", or "3 certain, up to 5", as ranges are worded. */
const rangeWords = ({ certain, possible }: { certain: number; possible: number }) =>
  certain === possible ? `${possible}` : `${certain} certain, up to ${possible}`

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('Changes', () => {
  test('from 1 January to 31 December 2024: the AI Alliance’s February additions and the Forum’s two new members joined', async ({
    page,
  }) => {
    const changes = new ChangesPage(page)
    await changes.goto()
    await changes.typeDay('From', '2024-01-01')
    await changes.typeDay('To', '2024-12-31')
    await expect(changes.from).toHaveValue('2024-01-01')
    await expect(changes.to).toHaveValue('2024-12-31')

    // The 28 organizations the AI Alliance announced on 8 February 2024, straight from the data.
    const february = names(
      doc.memberships
        .filter((m) => m.coalition === 'ai-alliance' && m.joined === '2024-02-08')
        .map((m) => m.organization),
    )
    expect(february).toHaveLength(28)
    const alliance = changesFromData('ai-alliance', '2024-01-01', '2024-12-31')
    await expect(changes.summary(AIA)).toHaveText(summaryWords(alliance))
    await changes.toggle(AIA).click()
    const joined = await changes.groupNames(AIA, 'Joined')
    expect(joined).toEqual(names(alliance.get('joined') ?? []))
    expect(joined).toEqual(expect.arrayContaining(february))

    const forum = changesFromData('frontier-model-forum', '2024-01-01', '2024-12-31')
    expect(names(forum.get('joined') ?? [])).toEqual(['Amazon', 'Meta'])
    await expect(changes.summary(FMF)).toHaveText(summaryWords(forum))
    await changes.toggle(FMF).click()
    expect(await changes.groupNames(FMF, 'Joined')).toEqual(['Amazon', 'Meta'])
    // Each name says when it joined, as precisely as the evidence does.
    const meta = changes
      .group(FMF, 'Joined')
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Meta', exact: true }) })
    await expect(meta).toContainText('joined in May 2024 (day unknown)')
  })

  test('every coalition’s summary and groups agree with an independent count', async ({ page }) => {
    // Opens all twelve coalitions one after the other.
    test.slow()
    const changes = new ChangesPage(page)
    await changes.goto('?from=2024-01-01&to=2025-12-31')
    for (const coalition of doc.coalitions) {
      const byKind = changesFromData(coalition.id, '2024-01-01', '2025-12-31')
      await expect(changes.summary(coalition.name), coalition.name).toHaveText(summaryWords(byKind))
      if (countOf(byKind) === 0) {
        await expect(changes.toggle(coalition.name)).toHaveCount(0)
        continue
      }
      await changes.toggle(coalition.name).click()
      const labels = KINDS.filter((kind) => byKind.has(kind)).map(
        (kind) => `${heading(kind)}: ${byKind.get(kind)?.length}`,
      )
      await expect.poll(() => changes.groupLabels(coalition.name), coalition.name).toEqual(labels)
      for (const kind of KINDS.filter((k) => byKind.has(k))) {
        expect(await changes.groupNames(coalition.name, heading(kind)), `${coalition.name}: ${kind}`).toEqual(
          names(byKind.get(kind) ?? []),
        )
      }
    }
  })

  test('the address carries From and To, a link restores them, and Back undoes a change', async ({ page }) => {
    // Three page loads.
    test.slow()
    const changes = new ChangesPage(page)
    await changes.goto()
    await changes.typeDay('From', '2024-01-01')
    await changes.typeDay('To', '2024-12-31')
    await expect(page).toHaveURL(/[?&]from=2024-01-01(&|$)/)
    await expect(page).toHaveURL(/[?&]to=2024-12-31(&|$)/)
    const link = page.url()

    await changes.goto()
    await expect(changes.from).not.toHaveValue('2024-01-01')
    await changes.open(link)
    await expect(changes.from).toHaveValue('2024-01-01')
    await expect(changes.to).toHaveValue('2024-12-31')
    await expect(changes.summary(FMF)).toHaveText(
      summaryWords(changesFromData('frontier-model-forum', '2024-01-01', '2024-12-31')),
    )

    await changes.typeDay('To', '2024-03-31')
    await expect(page).toHaveURL(/[?&]to=2024-03-31(&|$)/)
    await page.goBack()
    await expect(changes.to).toHaveValue('2024-12-31')

    // Back to the defaults: both left out of the address.
    await changes.lastYear.click()
    await expect(page).not.toHaveURL(/[?&](from|to)=/)
  })

  test('a day after To is refused next to the field, and the span stays', async ({ page }) => {
    const changes = new ChangesPage(page)
    await changes.goto('?from=2024-01-01&to=2024-12-31')
    await changes.typeDay('From', '2025-03-01')
    await expect(changes.from).toHaveAttribute('aria-invalid', 'true')
    await expect(changes.from).toHaveAccessibleDescription(
      '1 March 2025 is not before To, 31 December 2024. Changes are still counted from 1 January 2024.',
    )
    await expect(page).toHaveURL(/[?&]from=2024-01-01(&|$)/)
    await changes.typeDay('From', '2024-02-01')
    await expect(changes.from).not.toHaveAttribute('aria-invalid', 'true')
    await expect(page).toHaveURL(/[?&]from=2024-02-01(&|$)/)
  })

  test('a From before the dataset in the address is moved to its earliest date, and said', async ({ page }) => {
    const changes = new ChangesPage(page)
    await changes.goto('?from=1990-01-01&to=2024-12-31')
    // The earliest first day of any date the dataset mentions.
    const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date)
    const dates = [
      ...doc.coalitions.flatMap((c) => [c.founded, c.roster?.checked]),
      ...doc.memberships.flatMap((m) => [m.joined, m.left, m.joinedAfter, m.joinedBy, m.leftAfter, m.leftBy]),
    ].filter((date): date is string => Boolean(date))
    const earliest = dates.map(firstDay).sort()[0]
    await expect(changes.from).toHaveValue(earliest ?? '')
    await expect(changes.section).toContainText(
      'The address asked for From 1 January 1990, which is before the dataset’s earliest date',
    )
  })

  test('follows the sector filter', async ({ page }) => {
    const changes = new ChangesPage(page)
    await changes.goto('?from=2024-01-01&to=2024-12-31&sector=model-developer')
    const sectorOf = (id: string) => doc.organizations.find((o) => o.id === id)?.sector
    const forum = changesFromData(
      'frontier-model-forum',
      '2024-01-01',
      '2024-12-31',
      (id) => sectorOf(id) === 'model-developer',
    )
    expect(names(forum.get('joined') ?? [])).toEqual(['Meta'])
    await expect(changes.summary(FMF)).toHaveText(summaryWords(forum))
    const alliance = changesFromData(
      'ai-alliance',
      '2024-01-01',
      '2024-12-31',
      (id) => sectorOf(id) === 'model-developer',
    )
    await expect(changes.summary(AIA)).toHaveText(summaryWords(alliance))
  })

  test('opens a coalition’s organizations from the keyboard', async ({ page }) => {
    const changes = new ChangesPage(page)
    await changes.goto('?from=2024-01-01&to=2024-12-31')
    const toggle = changes.toggle(FMF)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(changes.group(FMF, 'Joined')).toBeVisible()
    await page.keyboard.press('Space')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(changes.group(FMF, 'Joined')).toHaveCount(0)
  })

  test('downloads the changes as CSV, one row per change, with the span in the file name', async ({ page }) => {
    const changes = new ChangesPage(page)
    await changes.goto('?from=2024-01-01&to=2024-12-31')
    const { fileName, header, rows } = await changes.download()
    expect(fileName).toBe('coalition-atlas-changes-2024-01-01-to-2024-12-31.csv')
    expect(header).toEqual([
      'from',
      'to',
      'coalition_id',
      'coalition',
      'organization_id',
      'organization',
      'sector',
      'country',
      'change',
      'status_from',
      'status_to',
      'role',
      'joined',
      'joinedAfter',
      'joinedBy',
      'left',
      'leftAfter',
      'leftBy',
      'source_urls',
    ])
    const total = doc.coalitions.reduce((sum, c) => sum + countOf(changesFromData(c.id, '2024-01-01', '2024-12-31')), 0)
    expect(rows).toHaveLength(total)
    const word = (status: Status) => (status === 'uncertain' ? 'possible' : status)
    for (const row of rows) {
      expect([row.from, row.to]).toEqual(['2024-01-01', '2024-12-31'])
      const before = standingsOn(doc, row.coalition_id ?? '', '2024-01-01').get(row.organization_id ?? '') ?? 'none'
      const after = standingsOn(doc, row.coalition_id ?? '', '2024-12-31').get(row.organization_id ?? '') ?? 'none'
      expect([row.status_from, row.status_to, row.change], `${row.coalition}: ${row.organization}`).toEqual([
        word(before),
        word(after),
        kindOf(before, after),
      ])
      expect(row.source_urls).toMatch(/^https?:\/\/\S+( \| https?:\/\/\S+)*$/)
    }
    const meta = rows.find((row) => row.coalition_id === 'frontier-model-forum' && row.organization_id === 'meta')
    expect([meta?.change, meta?.joined, meta?.role]).toEqual(['joined', '2024-05', 'member'])
  })
})

test.describe('Who else members belong to', () => {
  /** Shared members of two coalitions on a day: certain when both standings are certain. */
  function sharedOn(a: string, b: string, iso: string): { certain: string[]; possible: string[] } {
    const inA = standingsOn(doc, a, iso)
    const inB = standingsOn(doc, b, iso)
    const possible = [...inA.keys()].filter((id) => inB.has(id))
    return { certain: possible.filter((id) => inA.get(id) === 'certain' && inB.get(id) === 'certain'), possible }
  }

  test('on 30 June 2024 the Partnership on AI is among the AI Alliance’s top three, with its shared members counted by the rule', async ({
    page,
  }) => {
    const interlocks = new InterlocksPage(page)
    await interlocks.goto('?asOf=2024-06-30')
    await expect(interlocks.coalition).toHaveValue('ai-alliance')
    const ranked = await interlocks.rankedNames()
    expect(ranked.slice(0, 3)).toContain(PAI)

    const shared = sharedOn('ai-alliance', 'partnership-on-ai', '2024-06-30')
    expect(shared.possible.length).toBeGreaterThan(0)
    const words = rangeWords({ certain: shared.certain.length, possible: shared.possible.length })
    await expect(interlocks.sharedCount(PAI)).toHaveText(
      `${words} shared ${shared.possible.length === 1 ? 'member' : 'members'}`,
    )

    // The ranking as the rule gives it: most certain first, then most possible.
    const others = doc.coalitions
      .filter((c) => c.id !== 'ai-alliance')
      .map((c) => ({ name: c.name, ...sharedOn('ai-alliance', c.id, '2024-06-30') }))
      .filter((c) => c.possible.length > 0)
      .sort((x, y) => y.certain.length - x.certain.length || y.possible.length - x.possible.length)
    expect(ranked).toHaveLength(others.length)
    const counts = await Promise.all(ranked.map((name) => interlocks.sharedCount(name).textContent()))
    expect(counts.map((text) => /^(\d+)/.exec(text ?? '')?.[1])).toEqual(others.map((c) => String(c.certain.length)))
  })

  test('opens the shared names from the keyboard, the uncertain ones marked', async ({ page }) => {
    const interlocks = new InterlocksPage(page)
    await interlocks.goto('?asOf=2024-06-30')
    const toggle = interlocks.namesToggle(PAI)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const shared = sharedOn('ai-alliance', 'partnership-on-ai', '2024-06-30')
    const list = interlocks.names(PAI)
    expect(await list.getByRole('listitem').getByRole('button').allTextContents()).toEqual(names(shared.possible))
    const uncertain = names(shared.possible.filter((id) => !shared.certain.includes(id)))
    expect(uncertain.length).toBeGreaterThan(0)
    for (const name of names(shared.possible)) {
      const mark = list
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name, exact: true }) })
        .getByText('uncertain', { exact: true })
      await expect(mark, name).toHaveCount(uncertain.includes(name) ? 1 : 0)
    }
    await page.keyboard.press('Enter')
    await expect(list).toBeHidden()
  })

  test('the coalition picker goes into the address and its default stays out', async ({ page }) => {
    // Two page loads.
    test.slow()
    const interlocks = new InterlocksPage(page)
    await interlocks.goto('?asOf=2024-06-30')
    await interlocks.coalition.selectOption({ label: FMF })
    await expect(page).toHaveURL(/[?&]interlocks=frontier-model-forum(&|$)/)
    await expect(interlocks.section).toContainText(`${FMF} has`)
    await interlocks.coalition.selectOption({ label: AIA })
    await expect(page).not.toHaveURL(/[?&]interlocks=/)
    await interlocks.goto('?asOf=2024-06-30&interlocks=partnership-on-ai')
    await expect(interlocks.coalition).toHaveValue('partnership-on-ai')
  })

  test('ranks the first 20 members, and all of them on request', async ({ page }) => {
    const interlocks = new InterlocksPage(page)
    await interlocks.goto('?asOf=2024-06-30')
    const members = standingsOn(doc, 'ai-alliance', '2024-06-30').size
    await expect(interlocks.reach.getByRole('listitem')).toHaveCount(20)
    await interlocks.section.getByRole('button', { name: `Show all ${members}` }).click()
    await expect(interlocks.reach.getByRole('listitem')).toHaveCount(members)
  })

  test('downloads one row per other coalition, with the shared counts by the rule', async ({ page }) => {
    const interlocks = new InterlocksPage(page)
    await interlocks.goto('?asOf=2024-06-30')
    const { fileName, rows } = await interlocks.download()
    expect(fileName).toBe('coalition-atlas-interlocks-ai-alliance-2024-06-30.csv')
    expect(rows.map((row) => row.other_coalition)).toEqual(await interlocks.rankedNames())
    for (const row of rows) {
      const shared = sharedOn('ai-alliance', row.other_coalition_id ?? '', '2024-06-30')
      expect([row.shared_certain, row.shared_possible], row.other_coalition).toEqual([
        String(shared.certain.length),
        String(shared.possible.length),
      ])
    }
    expect(rows.find((row) => row.other_coalition_id === coalitionIdOf(PAI))?.rank).toMatch(/^[123]$/)
  })
})

test.describe('both sections: accessibility and small screens', () => {
  for (const dark of [false, true]) {
    test(`axe finds nothing in either section, opened, ${dark ? 'dark' : 'light'}`, async ({ page }) => {
      // Two full axe runs over long sections.
      test.slow()
      if (dark) await page.emulateMedia({ colorScheme: 'dark' })
      const changes = new ChangesPage(page)
      const interlocks = new InterlocksPage(page)
      await changes.goto('?from=2024-01-01&to=2024-12-31&asOf=2024-06-30')
      await changes.toggle(FMF).click()
      await changes.section.getByText('What each kind of change means').click()
      await interlocks.namesToggle(PAI).click()
      await expect(interlocks.names(PAI)).toBeVisible()
      expect(await axeViolations(page, '#changes')).toEqual([])
      expect(await axeViolations(page, '#interlocks')).toEqual([])
    })
  }

  test('fit a 360 px phone without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    const changes = new ChangesPage(page)
    const interlocks = new InterlocksPage(page)
    await changes.goto('?from=2024-01-01&to=2024-12-31&asOf=2024-06-30')
    await changes.toggle(AIA).click()
    await interlocks.namesToggle(PAI).click()
    await expect(interlocks.names(PAI)).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
