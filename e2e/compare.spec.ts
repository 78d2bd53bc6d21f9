import { readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import Papa from 'papaparse'
import { expect, test } from './fixtures'
import { ComparePage } from './pages/compare-page'
import { bundledDataset, memberRangeOn, statusOn, type RawDoc } from './support/dataset'

const doc = bundledDataset()
const AIA = 'AI Alliance'
const FMF = 'Frontier Model Forum'

// Expectations from the data itself, by the format's rule (e2e/support/dataset.ts), independently of the app.
/** Organizations possibly in a coalition on a day, and the subset certainly in it. */
function membersOn(data: RawDoc, coalitionId: string, iso: string): { possible: Set<string>; certain: Set<string> } {
  const possible = new Set<string>()
  const certain = new Set<string>()
  for (const m of data.memberships) {
    if (m.coalition !== coalitionId) continue
    const status = statusOn(data, m, iso)
    if (status !== 'none') possible.add(m.organization)
    if (status === 'certain') certain.add(m.organization)
  }
  return { possible, certain }
}
const activeOn = (data: RawDoc, coalitionId: string, iso: string): Set<string> =>
  membersOn(data, coalitionId, iso).possible
/** "3", or "3 certain, up to 5", as the comparison words a range. */
const rangeWords = ({ certain, possible }: { certain: number; possible: number }) =>
  certain === possible ? `${possible}` : `${certain} certain, up to ${possible}`
const nameOf = (data: RawDoc, id: string) => data.organizations.find((o) => o.id === id)?.name ?? id
const sorted = (names: Iterable<string>) => [...names].sort((x, y) => x.localeCompare(y))
const coalitionId = (name: string) => doc.coalitions.find((c) => c.name === name)?.id ?? name

function columnsFromData(a: string, b: string, iso: string) {
  const inA = activeOn(doc, coalitionId(a), iso)
  const inB = activeOn(doc, coalitionId(b), iso)
  return {
    onlyA: sorted([...inA].filter((id) => !inB.has(id)).map((id) => nameOf(doc, id))),
    both: sorted([...inA].filter((id) => inB.has(id)).map((id) => nameOf(doc, id))),
    onlyB: sorted([...inB].filter((id) => !inA.has(id)).map((id) => nameOf(doc, id))),
  }
}

function unionOn(ids: readonly string[], iso: string): number {
  const union = new Set<string>()
  for (const id of ids) for (const org of activeOn(doc, id, iso)) union.add(org)
  return union.size
}

test.describe('comparing two coalitions', () => {
  test('AI Alliance and the Forum at the Alliance’s launch share nobody; the four founders are only in the Forum', async ({
    page,
  }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-12-05')
    await expect(compare.coalitionA).toHaveValue('ai-alliance')
    await expect(compare.coalitionB).toHaveValue('frontier-model-forum')
    const expected = columnsFromData(AIA, FMF, '2023-12-05')
    expect(expected.both).toEqual([])
    expect(expected.onlyB).toEqual(['Anthropic', 'Google', 'Microsoft', 'OpenAI'])

    await expect(compare.column('In both').getByRole('listitem')).toHaveCount(0)
    await expect(compare.column('In both')).toContainText('0 organizations')
    expect(sorted(await compare.columnNames(`Only in ${FMF}`))).toEqual(expected.onlyB)
    expect(sorted(await compare.allColumnNames(`Only in ${AIA}`))).toEqual(expected.onlyA)
    const alliance = memberRangeOn(doc, 'ai-alliance', '2023-12-05')
    expect(alliance.certain).toBe(alliance.possible)
    await expect(compare.headlineFigure(`Members of ${AIA}`)).toHaveText(String(alliance.possible))
    await expect(compare.headlineFigure('Shared')).toHaveText('0')
    await expect(compare.headlineFigure('Jaccard similarity')).toContainText('0.0%')
    await expect(compare.vennRegion('In both')).toHaveAccessibleName('In both: 0')
    await expect(compare.vennRegion(`Only in ${FMF}`)).toHaveAccessibleName(`Only in ${FMF}: 4`)
  })

  test('on 30 June 2024 Meta is in both and Amazon only in the Forum', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    const expected = columnsFromData(AIA, FMF, '2024-06-30')
    expect(expected.both).toEqual(['Meta'])
    await expect.poll(() => compare.columnNames('In both')).toEqual(['Meta'])
    expect(await compare.columnNames(`Only in ${FMF}`)).toContain('Amazon')
    expect(sorted(await compare.columnNames(`Only in ${FMF}`))).toEqual(expected.onlyB)
    expect(await compare.allColumnNames(`Only in ${AIA}`)).not.toContain('Amazon')
    // Each name shows its role and when it joined each coalition, as precisely as the evidence says.
    const meta = compare.entry('In both', 'Meta')
    await expect(meta).toContainText('AIA: founder, joined 5 December 2023')
    await expect(meta).toContainText('FMF: member, joined in May 2024 (day unknown)')
    // By the end of June both memberships are certain: nothing is marked.
    await expect(compare.uncertainTag('In both', 'Meta')).toHaveCount(0)
    await expect(compare.uncertainTag(`Only in ${FMF}`, 'Amazon')).toHaveCount(0)
  })

  test('on 1 May 2024 the Forum’s May joiners are marked uncertain and its figures are ranges', async ({ page }) => {
    const iso = '2024-05-01'
    const forum = memberRangeOn(doc, 'frontier-model-forum', iso)
    expect(forum).toEqual({ certain: 4, possible: 6 })
    const doubtful = doc.memberships
      .filter((m) => m.coalition === 'frontier-model-forum' && statusOn(doc, m, iso) === 'uncertain')
      .map((m) => nameOf(doc, m.organization))
    expect(sorted(doubtful)).toEqual(['Amazon', 'Meta'])
    const alliance = membersOn(doc, 'ai-alliance', iso)
    const inForum = membersOn(doc, 'frontier-model-forum', iso)
    const both = {
      certain: [...alliance.certain].filter((id) => inForum.certain.has(id)).length,
      possible: [...alliance.possible].filter((id) => inForum.possible.has(id)).length,
    }

    const compare = new ComparePage(page)
    await compare.goto(`?asOf=${iso}`)
    await expect(compare.headlineFigure(`Members of ${FMF}`)).toHaveText('4 certain, up to 6')
    await expect(compare.headlineFigure('Shared')).toHaveText(rangeWords(both))
    await expect(compare.column('In both')).toContainText(`${rangeWords(both)} organization`)
    await expect(compare.vennRegion('In both')).toHaveAccessibleName(`In both: ${rangeWords(both)}`)

    // Meta is certainly in the Alliance, so it is listed in both; Amazon only in the Forum. Each mark opens its reason.
    for (const [column, name] of [
      ['In both', 'Meta'],
      [`Only in ${FMF}`, 'Amazon'],
    ] as const) {
      await expect(compare.uncertainTag(column, name)).toBeVisible()
      await expect(compare.uncertainty(column, name)).not.toContainText('joined in May 2024 (day unknown)', {
        useInnerText: true,
      })
      await compare.uncertainTag(column, name).click()
      await expect(compare.uncertainty(column, name)).toContainText(`${FMF}: joined in May 2024 (day unknown)`, {
        useInnerText: true,
      })
    }
    // The founders' memberships are certain: they carry no mark.
    await expect(compare.entry(`Only in ${FMF}`, 'OpenAI')).toBeVisible()
    await expect(compare.uncertainTag(`Only in ${FMF}`, 'OpenAI')).toHaveCount(0)
    // The Alliance's roster was checked after this day, so the comparison adds no note about it.
    const aiaRoster = (doc.coalitions as { id: string; roster?: { checked: string } }[]).find(
      (c) => c.id === 'ai-alliance',
    )?.roster
    expect((aiaRoster?.checked ?? '') > iso).toBe(true)
    await expect(compare.section).not.toContainText('AIA: roster last checked')
  })

  test('before the AI Alliance was founded it says so, and counts nobody as its member', async ({ page }) => {
    const founded = doc.coalitions.find((c) => c.id === 'ai-alliance')?.founded ?? ''
    expect(founded).toBe('2023-12-05')
    expect(founded > '2023-08-01').toBe(true)
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-08-01')
    await expect(compare.notes).toContainText(`${AIA} was not founded until 5 December 2023`)
    await expect(compare.headlineFigure(`Members of ${AIA}`)).toHaveText('Not founded until 5 December 2023')
    await expect(compare.column(`Only in ${AIA}`)).toContainText(`${AIA} was not founded until 5 December 2023.`)
    await expect(compare.column(`Only in ${AIA}`)).not.toContainText('0 organizations')
    await expect(compare.absenteeList(`In ${AIA}, not in ${FMF}`)).toContainText(
      `${AIA} was not founded until 5 December 2023.`,
    )
    await expect(compare.section).not.toContainText(`Every member of ${AIA} is also in`)
    await expect(compare.section).not.toContainText(/\b0 members\b/)
    // The Forum existed: its members are listed as usual.
    expect(sorted(await compare.columnNames(`Only in ${FMF}`))).toEqual(
      sorted([...activeOn(doc, 'frontier-model-forum', '2023-08-01')].map((id) => nameOf(doc, id))),
    )
  })

  test('says when a roster was last checked before the day, and that a partial one is partial', async ({ page }) => {
    const iso = '2027-01-01'
    const coalitions = doc.coalitions as { id: string; roster?: { checked: string; complete: boolean } }[]
    const cosai = coalitions.find((c) => c.id === 'cosai')?.roster
    expect(cosai).toMatchObject({ checked: '2026-08-20', complete: true })
    const aisic = coalitions.find((c) => c.id === 'aisic')?.roster
    expect(aisic?.complete).toBe(false)
    const named = memberRangeOn(doc, 'aisic', iso)
    const namedWords = named.certain === named.possible ? `${named.possible}` : `${named.certain}–${named.possible}`
    const compare = new ComparePage(page)
    await compare.goto(`?a=cosai&b=aisic&asOf=${iso}`)
    await expect(compare.notes).toContainText(
      'CoSAI: roster last checked 20 August 2026: the members shown are those known then.',
    )
    await expect(compare.notes).toContainText(
      new RegExp(`AISIC: partial list: ${namedWords} named; .+ reported (on|in) `),
    )
  })

  test('follows the shared date: changing "As of" moves the columns', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-12-05')
    await expect(compare.column('In both').getByRole('listitem')).toHaveCount(0)
    await compare.asOf.fill('2024-06-30')
    await expect.poll(() => compare.columnNames('In both')).toEqual(['Meta'])
    await expect(compare.section).toContainText('as of 30 June 2024')
  })

  test('Swap mirrors the columns and the link, and the link restores the view', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    const onlyA = await compare.columnNames(`Only in ${AIA}`)
    const onlyB = await compare.columnNames(`Only in ${FMF}`)
    expect(await compare.columnTitles()).toEqual(['In both', `Only in ${AIA}`, `Only in ${FMF}`])

    await compare.swap.click()
    await expect(page).toHaveURL(/[?&]a=frontier-model-forum(&|$)/)
    await expect(page).toHaveURL(/[?&]b=ai-alliance(&|$)/)
    await expect(compare.coalitionA).toHaveValue('frontier-model-forum')
    await expect(compare.coalitionB).toHaveValue('ai-alliance')
    expect(await compare.columnTitles()).toEqual(['In both', `Only in ${FMF}`, `Only in ${AIA}`])
    expect(await compare.columnNames(`Only in ${FMF}`)).toEqual(onlyB)
    expect(await compare.columnNames(`Only in ${AIA}`)).toEqual(onlyA)
    await expect(compare.headlineFigure(`Members of ${FMF}`)).toHaveText(String(onlyB.length + 1))

    await page.goto(page.url())
    await compare.section.waitFor()
    await expect(compare.coalitionA).toHaveValue('frontier-model-forum')
    expect(await compare.columnTitles()).toEqual(['In both', `Only in ${FMF}`, `Only in ${AIA}`])
    expect(await compare.columnNames(`Only in ${AIA}`)).toEqual(onlyA)
  })

  test('a link restores pair, date, families and the matrix’s coalitions exactly', async ({ page }) => {
    const compare = new ComparePage(page)
    const query =
      '?a=partnership-on-ai&b=frontier-model-forum&asOf=2024-06-30&family=on&sets=ai-alliance,frontier-model-forum,partnership-on-ai'
    await compare.goto(query)
    const snapshot = async () => ({
      a: await compare.coalitionA.inputValue(),
      b: await compare.coalitionB.inputValue(),
      asOf: await compare.asOf.inputValue(),
      family: await compare.family.isChecked(),
      sets: await compare.overlapSets
        .getByRole('checkbox', { checked: true })
        .evaluateAll((boxes) => boxes.map((box) => box.parentElement?.textContent)),
      columns: await compare.columnTitles(),
      onlyA: await compare.columnNames('Only in Partnership on AI'),
      both: await compare.columnNames('In both'),
      total: await compare.overlapTotal(),
    })
    await expect(compare.family).toBeChecked()
    const first = await snapshot()
    expect(first).toMatchObject({
      a: 'partnership-on-ai',
      b: 'frontier-model-forum',
      asOf: '2024-06-30',
      family: true,
      sets: [AIA, FMF, 'Partnership on AI'],
    })
    await page.reload()
    await compare.section.waitFor()
    await expect(compare.family).toBeChecked()
    expect(await snapshot()).toEqual(first)
  })

  test('the pickers never offer the coalition already on the other side', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    await expect(compare.coalitionA.getByRole('option', { name: FMF })).toBeDisabled()
    await expect(compare.coalitionB.getByRole('option', { name: AIA })).toBeDisabled()
    await compare.coalitionB.selectOption({ label: 'Partnership on AI' })
    await expect(page).toHaveURL(/[?&]b=partnership-on-ai(&|$)/)
    await expect(compare.column('Only in Partnership on AI')).toBeVisible()
    await expect(compare.coalitionA.getByRole('option', { name: 'Partnership on AI' })).toBeDisabled()
  })

  test('counting subsidiaries under their parent puts Red Hat under IBM, once', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    const before = await compare.allColumnNames(`Only in ${AIA}`)
    expect(before).toContain('IBM')
    expect(before).toContain('Red Hat')
    await compare.family.check()
    await expect(page).toHaveURL(/[?&]family=on(&|$)/)
    await expect.poll(() => compare.allColumnNames(`Only in ${AIA}`)).not.toContain('Red Hat')
    const after = await compare.allColumnNames(`Only in ${AIA}`)
    expect(after.filter((name) => name === 'IBM')).toHaveLength(1)
    const ibm = compare
      .column(`Only in ${AIA}`)
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'IBM', exact: true }) })
    await expect(ibm).toContainText('Family: IBM, Red Hat')
    // Families in the data whose members are both in the Alliance count once each, certain and possible alike.
    const inAia = membersOn(doc, 'ai-alliance', '2024-06-30')
    const parents = doc.organizations as { id: string; parent?: string }[]
    const families = (members: Set<string>) =>
      members.size - parents.filter((o) => o.parent && members.has(o.id) && members.has(o.parent)).length
    await expect(compare.headlineFigure(`Members of ${AIA}`)).toHaveText(
      rangeWords({ certain: families(inAia.certain), possible: families(inAia.possible) }),
    )
  })

  test('a Venn region takes you to its column', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    await compare.vennRegion('In both').click()
    await expect(compare.column('In both')).toBeFocused()
    await compare.vennRegion(`Only in ${FMF}`).focus()
    await page.keyboard.press('Enter')
    await expect(compare.column(`Only in ${FMF}`)).toBeFocused()
  })

  test('ranks the notable absentees so the Forum founders and the big absentees stand out', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-12-05')
    expect(sorted(await compare.absenteeNames(`In ${FMF}, not in ${AIA}`))).toEqual([
      'Anthropic',
      'Google',
      'Microsoft',
      'OpenAI',
    ])
    const neither = await compare.absenteeNames('In neither')
    expect(neither.slice(0, 5)).toEqual(expect.arrayContaining(['Amazon', 'Nvidia']))
    // The list is ranked: the stated number of other coalitions never rises down the list.
    const counts = await compare
      .absenteeList('In neither')
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => Number(/in (\d+) other coalitions?/.exec(item.textContent ?? '')?.[1] ?? 0)),
      )
    expect(counts).toEqual([...counts].sort((x, y) => y - x))
  })
})

test.describe('the overlap matrix', () => {
  test('combination sizes add up to the organizations with at least one membership', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    await expect(compare.overlapRows().first()).toBeVisible()
    const total = await compare.overlapTotal()
    expect(total).toBe(
      unionOn(
        doc.coalitions.map((c) => c.id),
        '2024-06-30',
      ),
    )
    const sizes = await compare.overlapSizes()
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(total)
  })

  test('a chosen subset goes into the link, and the sizes still add up', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    const kept = ['ai-alliance', 'frontier-model-forum', 'partnership-on-ai']
    for (const coalition of doc.coalitions.filter((c) => !kept.includes(c.id))) {
      await compare.overlapSets.getByRole('checkbox', { name: coalition.name }).uncheck()
    }
    await expect(page).toHaveURL(/[?&]sets=ai-alliance,frontier-model-forum,partnership-on-ai(&|$)/)
    const expected = unionOn(['ai-alliance', 'frontier-model-forum', 'partnership-on-ai'], '2024-06-30')
    await expect.poll(() => compare.overlapTotal()).toBe(expected)
    await expect(compare.overlapRows().first()).toBeVisible()
    const sizes = await compare.overlapSizes()
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(expected)
  })

  test('sorts by size or by number of coalitions, and lists a combination’s members', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    // The matrix is drawn once its width is known: read it only then.
    await expect(compare.overlapRows().first()).toBeVisible()
    const bySize = await compare.overlapSizes()
    expect(bySize.length).toBeGreaterThan(1)
    expect(bySize).toEqual([...bySize].sort((x, y) => y - x))
    const degreesShown = () =>
      compare
        .overlapRows()
        .evaluateAll((rows) =>
          rows.map((row) => (row.getAttribute('aria-label') ?? '').split(':')[0]?.split(' + ').length ?? 0),
        )
    const descending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! >= value)
    // On this day the order by size is not already the order by number of coalitions, so the check below can fail.
    expect(descending(await degreesShown())).toBe(false)
    await compare.overlap.getByRole('radio', { name: 'Number of coalitions' }).check()
    await expect.poll(async () => descending(await degreesShown())).toBe(true)
    expect(await degreesShown()).toHaveLength(bySize.length)

    const rows = await compare
      .overlapRows()
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''))
    const first = rows[0] ?? ''
    const size = Number(/: (\d+) organizations?$/.exec(first)?.[1])
    await compare.overlapRows().first().click()
    const members = compare.section.getByRole('region', { name: `Members of ${first.split(':')[0]}` })
    await expect(members.getByRole('listitem')).toHaveCount(size)
    await expect(compare.overlapRows().first()).toHaveAttribute('aria-pressed', 'true')
    // By keyboard too: Space on a selected row clears the selection.
    await compare.overlapRows().first().focus()
    await page.keyboard.press(' ')
    await expect(members).toHaveCount(0)
    await expect(compare.overlapRows().first()).toHaveAttribute('aria-pressed', 'false')
  })
})

test.describe('the overlap matrix on a day with uncertain members', () => {
  test('marks the combinations whose members are only possibly there, and lists them marked', async ({ page }) => {
    const iso = '2024-05-01'
    const alliance = membersOn(doc, 'ai-alliance', iso)
    const forum = membersOn(doc, 'frontier-model-forum', iso)
    // In both, possibly; uncertain when either membership is only possible.
    const shared = [...alliance.possible].filter((id) => forum.possible.has(id))
    const doubtful = shared.filter((id) => !alliance.certain.has(id) || !forum.certain.has(id))
    expect(shared.map((id) => nameOf(doc, id))).toEqual(['Meta'])
    expect(doubtful).toEqual(shared)

    const compare = new ComparePage(page)
    await compare.goto(`?asOf=${iso}&sets=ai-alliance,frontier-model-forum`)
    const row = compare.overlap.getByRole('button', {
      name: `${AIA} + ${FMF}: ${shared.length} organization, ${doubtful.length} uncertain`,
    })
    await expect(row).toBeVisible()
    await expect(row).toContainText(`${shared.length} (${doubtful.length} uncertain)`)
    await row.click()
    const members = compare.section.getByRole('region', { name: `Members of ${AIA} + ${FMF}` })
    await expect(members.getByRole('listitem')).toHaveCount(shared.length)
    await expect(members.getByRole('listitem').filter({ hasText: 'Meta' })).toContainText('uncertain')
  })
})

test.describe('other datasets', () => {
  const sport = {
    version: 1,
    title: 'Rowing leagues',
    updated: '2024-01-01',
    sectors: [
      { id: 'club', label: 'Club' },
      { id: 'school', label: 'School' },
    ],
    sources: [{ id: 'register', title: 'League register', url: 'https://example.org/register' }],
    coalitions: [
      { id: 'north-league', name: 'North League', founded: '2020-01-01' },
      { id: 'south-cup', name: 'South Cup', founded: '2021-01-01' },
      { id: 'east-trophy', name: 'East Trophy', founded: '2022-01-01' },
    ],
    organizations: [
      { id: 'oar-club', name: 'Oar Club', sector: 'club' },
      { id: 'river-school', name: 'River School', sector: 'school' },
      { id: 'lake-club', name: 'Lake Club', sector: 'club' },
    ],
    memberships: [
      {
        organization: 'oar-club',
        coalition: 'north-league',
        role: 'member',
        joined: '2020-01-01',
        sources: ['register'],
      },
      {
        organization: 'river-school',
        coalition: 'north-league',
        role: 'member',
        joined: '2020-06',
        sources: ['register'],
      },
      {
        organization: 'river-school',
        coalition: 'south-cup',
        role: 'founder',
        joined: '2021-01-01',
        sources: ['register'],
      },
      {
        organization: 'lake-club',
        coalition: 'south-cup',
        role: 'member',
        joined: '2021-03-01',
        sources: ['register'],
      },
    ],
  }

  test('works with coalitions that are not the AI ones, defaulting to the first two', async ({ page }) => {
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(sport) }),
    )
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-06-01')
    await expect(compare.coalitionA).toHaveValue('north-league')
    await expect(compare.coalitionB).toHaveValue('south-cup')
    await expect.poll(() => compare.columnNames('Only in North League')).toEqual(['Oar Club'])
    expect(await compare.columnNames('In both')).toEqual(['River School'])
    expect(await compare.columnNames('Only in South Cup')).toEqual(['Lake Club'])
    await expect(compare.headlineFigure('Jaccard similarity')).toContainText('33.3%')
    expect(await compare.overlapTotal()).toBe(3)
  })

  test('at 360 px the Venn diagram’s key wraps long coalition names inside the picture', async ({ page }) => {
    const long = structuredClone(sport)
    long.coalitions[0]!.name = 'Northern Waterways Amateur Rowing League of Clubs'
    long.coalitions[1]!.name = 'Southern Schools and Universities Challenge Cup'
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }),
    )
    await page.setViewportSize({ width: 360, height: 780 })
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2023-06-01')
    await expect(compare.venn).toBeVisible()
    expect(await compare.vennKeyOverflow()).toBeLessThanOrEqual(0)
  })

  test('says so when the dataset has only one coalition', async ({ page }) => {
    const single = {
      ...sport,
      coalitions: sport.coalitions.slice(0, 1),
      memberships: sport.memberships.filter((m) => m.coalition === 'north-league'),
    }
    await page.route('**/data/coalitions.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(single) }),
    )
    const compare = new ComparePage(page)
    await compare.goto()
    await expect(compare.section).toContainText(
      'This dataset has only one coalition (North League), so there is nothing to compare',
    )
    await expect(compare.coalitionA).toHaveCount(0)
    await expect(compare.section.getByRole('region')).toHaveCount(0)
  })
})

test.describe('export and accessibility', () => {
  test('downloads the comparison as CSV with one row per organization in either', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    const [download] = await Promise.all([page.waitForEvent('download'), compare.downloadCsv.click()])
    expect(download.suggestedFilename()).toBe(
      'coalition-atlas-comparison-ai-alliance-vs-frontier-model-forum-2024-06-30.csv',
    )
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    const fields = [
      'status',
      'role',
      'joined',
      'joinedAfter',
      'joinedBy',
      'left',
      'leftAfter',
      'leftBy',
      'start window from',
      'start window to',
      'end window from',
      'end window to',
    ]
    expect(header).toEqual([
      'organization',
      'sector',
      'country',
      `in ${AIA}`,
      `in ${FMF}`,
      ...fields.map((f) => `${AIA}: ${f}`),
      ...fields.map((f) => `${FMF}: ${f}`),
      'sources',
    ])
    const expected = columnsFromData(AIA, FMF, '2024-06-30')
    expect(rows).toHaveLength(expected.onlyA.length + expected.both.length + expected.onlyB.length)
    const meta = rows.find((row) => row[0] === 'Meta')
    expect(meta?.slice(3, 5)).toEqual(['yes', 'yes'])
    expect(meta?.slice(5, 17)).toEqual([
      'certain',
      'founder',
      '2023-12-05',
      '',
      '',
      '',
      '',
      '',
      '2023-12-05',
      '2023-12-05',
      '',
      '',
    ])
    // "2024-05" as written, and the month as its start window.
    expect(meta?.slice(17, 29)).toEqual([
      'certain',
      'member',
      '2024-05',
      '',
      '',
      '',
      '',
      '',
      '2024-05-01',
      '2024-05-31',
      '',
      '',
    ])
    expect(meta?.[29]).toMatch(/^https?:\/\/\S+( \| https?:\/\/\S+)*$/)
    const amazon = rows.find((row) => row[0] === 'Amazon')
    expect(amazon?.slice(3, 5)).toEqual(['no', 'yes'])
  })

  test('the comparison CSV calls a membership the evidence allows but does not prove "possible"', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-05-01')
    const [download] = await Promise.all([page.waitForEvent('download'), compare.downloadCsv.click()])
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const [header = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    const forumStatus = header.indexOf(`${FMF}: status`)
    const status = (name: string) => rows.find((row) => row[0] === name)?.[forumStatus]
    const expected = (id: string) => {
      const m = doc.memberships.find((x) => x.organization === id && x.coalition === 'frontier-model-forum')
      return m && statusOn(doc, m, '2024-05-01') === 'certain' ? 'certain' : 'possible'
    }
    expect([status('Amazon'), status('Meta'), status('OpenAI')]).toEqual([
      expected('amazon'),
      expected('meta'),
      expected('openai'),
    ])
    expect([status('Amazon'), status('Meta'), status('OpenAI')]).toEqual(['possible', 'possible', 'certain'])
  })

  test('exports each of its charts as SVG and PNG', async ({ page }) => {
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    for (const title of [
      `Members of ${AIA} and ${FMF}`,
      `Sector make-up: ${AIA} vs ${FMF}`,
      'Overlap across coalitions',
    ]) {
      const figure = compare.section.getByRole('figure', { name: title })
      await expect(figure.locator('svg').first()).toBeVisible()
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download SVG' }).click(),
      ])
      expect(svg.suggestedFilename()).toMatch(/^coalition-atlas-.+-2024-06-30\.svg$/)
      const text = readFileSync(await svg.path(), 'utf8')
      expect(text).toContain('<svg')
      expect(text).toContain(title.replaceAll('&', '&amp;'))
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download PNG' }).click(),
      ])
      expect(png.suggestedFilename()).toMatch(/\.png$/)
      expect(
        readFileSync(await png.path())
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG')
    }
  })

  test('the comparison has no detectable accessibility violations', async ({ page }) => {
    // axe alone reads the open section for 13 s on a loaded 2-core machine (trace of a CI run), as in the other axe tests.
    test.slow()
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30&family=on')
    await expect(compare.overlapRows().first()).toBeVisible()
    await compare.overlapRows().first().click()
    const results = await new AxeBuilder({ page })
      .include('#compare')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  test('fits a 360 px phone, in the dark theme too', async ({ page }) => {
    // axe reads the section for 10 to 15 s on a loaded 2-core machine, as in the other axe tests.
    test.slow()
    await page.setViewportSize({ width: 360, height: 780 })
    await page.emulateMedia({ colorScheme: 'dark' })
    const compare = new ComparePage(page)
    await compare.goto('?asOf=2024-06-30')
    await expect(compare.overlapRows().first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const results = await new AxeBuilder({ page }).include('#compare').withTags(['wcag2aa']).analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
  })
})
