import { AxeBuilder } from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { generateDataset } from '../scripts/gen-data.mjs'
import { expect, test } from './fixtures'
import { CitePage } from './pages/cite-page'
import { DatasetLoaderPage } from './pages/dataset-loader-page'
import { bundledDataset } from './support/dataset'
import { contentHashOf, parseBibtex } from './support/content-hash'

const example = readFileSync(new URL('../public/data/examples/open-source-security.json', import.meta.url), 'utf8')
const bundledText = readFileSync(new URL('../public/data/coalitions.json', import.meta.url), 'utf8')
const bundled = bundledDataset()

/** Today as the page words it and as BibTeX's urldate writes it (the browser runs on this machine, in its time zone). */
function today(): { words: string; iso: string } {
  const now = new Date()
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  return { words: now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }), iso }
}

/** The example with one change made to its parsed document. */
function exampleWith(
  change: (doc: Record<string, unknown> & { memberships: Record<string, unknown>[] }) => void,
): string {
  const doc = JSON.parse(example) as Record<string, unknown> & { memberships: Record<string, unknown>[] }
  change(doc)
  return JSON.stringify(doc)
}

test.describe('the content hash a citation gives', () => {
  test('is the hash of the loaded file, in the facts, the plain text, the BibTeX and the link', async ({ page }) => {
    const cite = new CitePage(page)
    const loader = new DatasetLoaderPage(page)
    const expected = contentHashOf(example)
    await cite.goto('?asOf=2024-06-30')
    await loader.loadFile('open-source-security.json', example)
    await expect(loader.datasetTitle).toHaveText('Open-source security coalitions')
    await cite.open('this view')
    await expect(cite.dialog).toHaveAccessibleName('Cite this view')
    expect(await cite.hash()).toBe(expected)
    const { words, iso } = today()
    await expect(cite.plainText).toHaveValue(
      `Coalition Atlas. “Open-source security coalitions” (updated 22 November 2026; content hash ${expected}). All views as of 30 June 2024. ` +
        `${new URL(`./?asOf=2024-06-30&v=${expected}`, page.url()).href} (accessed ${words}). Licence: not stated in the dataset.`,
    )
    const entry = parseBibtex(await cite.bibtex.inputValue())
    expect(entry.type).toBe('misc')
    expect(entry.fields.get('version')).toBe(expected)
    expect(entry.fields.get('url')).toBe(new URL(`./?asOf=2024-06-30&v=${expected}`, page.url()).href)
    expect(entry.fields.get('urldate')).toBe(iso)
    expect(entry.fields.get('author')).toBe('{Coalition Atlas}')
    await expect(cite.fact('Link')).toHaveText(entry.fields.get('url') ?? '')
    await expect(cite.fact('Licence')).toHaveText(/^Not stated in the dataset/)
  })

  test('changes when one fact changes, not when the same facts are written another way, and survives a reload from this browser', async ({
    page,
  }) => {
    // Four loads and a reload.
    test.slow()
    const cite = new CitePage(page)
    const loader = new DatasetLoaderPage(page)
    await cite.goto()
    await loader.loadFile('open-source-security.json', example)
    await expect(loader.datasetTitle).toHaveText('Open-source security coalitions')
    await cite.open('this view')
    const first = await cite.hash()
    expect(first).toBe(contentHashOf(example))
    await cite.close.click()

    // One membership's join date moved by a month.
    const changed = exampleWith((doc) => {
      const membership = doc.memberships.find(
        (item) => typeof item.joined === 'string' && /^\d{4}-\d{2}/.test(item.joined),
      )
      if (!membership) throw new Error('the example has no dated membership')
      const [year, month] = (membership.joined as string).split('-').map(Number) as [number, number]
      membership.joined = month === 12 ? `${year}-11` : `${year}-${String(month + 1).padStart(2, '0')}`
    })
    await loader.loadFile('changed.json', changed)
    await expect(page.getByText('From file changed.json')).toBeVisible()
    await cite.open('this view')
    const second = await cite.hash()
    expect(second).toBe(contentHashOf(changed))
    expect(second).not.toBe(first)
    await cite.close.click()

    // The same facts, keys in reverse order and indented: the same hash.
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reverse(item)]),
            )
          : value
    await loader.loadFile('reordered.json', JSON.stringify(reverse(JSON.parse(changed)), null, 4))
    await expect(page.getByText('From file reordered.json')).toBeVisible()
    await cite.open('this view')
    expect(await cite.hash()).toBe(second)
    await cite.close.click()

    // Shown again from this browser's storage after a reload.
    await page.reload()
    await expect(loader.keptBanner).toContainText('reordered.json')
    await cite.open('this view')
    expect(await cite.hash()).toBe(second)
  })

  test('is the same for a large document checked in the worker, and after a reload from this browser’s storage', async ({
    page,
  }) => {
    // A 1.5 MB document: past the size checked in the page.
    test.slow()
    const text = JSON.stringify(generateDataset({ orgs: 3000, coalitions: 20, memberships: 8000, seed: 7 }))
    expect(text.length).toBeGreaterThan(1024 * 1024)
    const cite = new CitePage(page)
    const loader = new DatasetLoaderPage(page)
    await cite.goto()
    await loader.loadFile('large.json', text)
    await expect(page.getByText('From file large.json')).toBeVisible({ timeout: 30_000 })
    await cite.open('this view')
    expect(await cite.hash()).toBe(contentHashOf(text))
    await cite.close.click()

    // Kept as the Blob it was read into, and checked in the worker again after a reload.
    await page.reload()
    await expect(loader.keptBanner).toContainText('large.json', { timeout: 30_000 })
    await cite.open('this view')
    expect(await cite.hash()).toBe(contentHashOf(text))
  })

  test('is the bundled file’s, and the cited link opens the same view with no notice', async ({ page }) => {
    const cite = new CitePage(page)
    const expected = contentHashOf(bundledText)
    await cite.goto('?asOf=2024-05-01&sector=research-academia')
    await cite.open('the members table')
    expect(await cite.hash()).toBe(expected)
    const link = (await cite.fact('Link').textContent()) ?? ''
    expect(link).toBe(new URL(`./?asOf=2024-05-01&sector=research-academia&v=${expected}#members`, page.url()).href)
    await expect(cite.plainText).toHaveValue(
      new RegExp(
        `^Coalition Atlas\\. “${bundled.title}” .* Member organizations, as of 1 May 2024\\. Sector: Research & academia\\. `,
      ),
    )

    await page.goto(link)
    await page.getByRole('region', { name: 'Member organizations' }).waitFor()
    await expect(page).toHaveURL(link)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title)
    await expect(cite.notice).toHaveCount(0)
  })
})

test.describe('a cited link', () => {
  test('opened on a dataset with another hash says the numbers may have changed, until dismissed', async ({ page }) => {
    const cite = new CitePage(page)
    const shown = contentHashOf(bundledText)
    await cite.goto('?asOf=2024-05-01&v=0123456789ab')
    await expect(cite.notice).toBeVisible()
    await expect(cite.notice).toContainText(
      `The link was cited from the dataset with content hash 0123456789ab; the dataset on screen has content hash ${shown}.`,
    )
    await cite.dismissNotice.click()
    await expect(cite.notice).toHaveCount(0)
    await expect(page).toHaveURL(/\?asOf=2024-05-01$/)
  })

  test('is checked against each dataset loaded: the notice goes once the cited document is on screen', async ({
    page,
  }) => {
    const cite = new CitePage(page)
    const loader = new DatasetLoaderPage(page)
    const cited = contentHashOf(example)
    await cite.goto(`?asOf=2024-06-30&v=${cited}`)
    await expect(cite.notice).toContainText(
      `content hash ${cited}; the dataset on screen has content hash ${contentHashOf(bundledText)}.`,
    )
    await loader.loadFile('open-source-security.json', example)
    await expect(loader.datasetTitle).toHaveText('Open-source security coalitions')
    await expect(cite.notice).toHaveCount(0)
    await expect(page).toHaveURL(new RegExp(`[?&]v=${cited}$`))
  })

  test('whose v is not a content hash is refused in words', async ({ page }) => {
    const cite = new CitePage(page)
    await cite.goto('?v=latest')
    await expect(page.getByRole('alert')).toContainText(
      '("latest") is not a content hash (12 digits 0–9 and letters a–f, as a citation gives it)',
    )
    await expect(cite.notice).toHaveCount(0)
  })
})

test.describe('every view has its own Cite', () => {
  const views: [what: string, anchor: string, says: string, link: RegExp][] = [
    [
      'the members table',
      'members',
      'Member organizations, as of 1 May 2024',
      /\?asOf=2024-05-01&from=2024-01-01&to=2024-12-31&v=/,
    ],
    ['the sector chart', 'charts', 'Members by sector, as of 1 May 2024', /\?asOf=2024-05-01&/],
    ['the country chart', 'charts', 'Members by country, as of 1 May 2024', /\?asOf=2024-05-01&/],
    ['the timeline chart', 'charts', 'Membership over time, as of 1 May 2024', /\?asOf=2024-05-01&/],
    [
      'the comparison',
      'compare',
      'Comparison of AI Alliance and Frontier Model Forum, as of 1 May 2024',
      /\?a=ai-alliance&b=frontier-model-forum&asOf=2024-05-01&/,
    ],
    [
      'the changes',
      'changes',
      'Changes between 1 January 2024 and 31 December 2024',
      /&from=2024-01-01&to=2024-12-31&/,
    ],
    [
      'who else members belong to',
      'interlocks',
      'Other coalitions of the members of AI Alliance, as of 1 May 2024',
      /&interlocks=ai-alliance&/,
    ],
  ]

  test('naming the view and opening at its section; Escape closes it and gives the focus back', async ({ page }) => {
    // Seven dialogs over the whole dashboard.
    test.slow()
    const cite = new CitePage(page)
    await cite.goto('?asOf=2024-05-01&from=2024-01-01&to=2024-12-31')
    for (const [what, anchor, says, link] of views) {
      await cite.open(what)
      await expect(cite.dialog, what).toHaveAccessibleName(`Cite ${what}`)
      await expect(cite.plainText, what).toHaveValue(
        new RegExp(` ${says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. http`),
      )
      await expect(cite.fact('Link'), what).toHaveText(link)
      await expect(cite.fact('Link'), what).toHaveText(new RegExp(`#${anchor}$`))
      await page.keyboard.press('Escape')
      await expect(cite.dialog).toHaveCount(0)
      await expect(cite.button(what)).toBeFocused()
    }
  })
})

test.describe('the citation dialog', () => {
  test('writes well-formed BibTeX whatever the dataset’s title holds', async ({ page }) => {
    const title = 'R&D {labs} 100% #1 $x_y ~^ \\ } coalitions'
    const text = exampleWith((doc) => {
      doc.title = title
      doc.license = 'CC-BY-4.0 & co_50%'
    })
    const cite = new CitePage(page)
    const loader = new DatasetLoaderPage(page)
    await cite.goto('?asOf=2024-06-30')
    await loader.loadFile('hostile.json', text)
    await expect(loader.datasetTitle).toHaveText(title)
    await cite.open('this view')
    await expect(cite.plainText).toHaveValue(
      new RegExp(`^Coalition Atlas\\. “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” `),
    )
    const bibtex = await cite.bibtex.inputValue()
    // Braces balance as BibTeX counts them (backslashes do not escape them).
    let depth = 0
    for (const character of bibtex) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
    const entry = parseBibtex(bibtex)
    expect([...entry.fields.keys()]).toEqual([
      'title',
      'author',
      'organization',
      'year',
      'version',
      'note',
      'url',
      'urldate',
    ])
    expect(entry.key).toMatch(/^[a-z0-9_]+$/)
    for (const [name, value] of entry.fields) {
      if (name === 'url') continue
      // No special character left bare: each is a command or escaped with a backslash.
      const bare = value
        .replace(/\\text(backslash|braceleft|braceright|asciitilde|asciicircum)\{\}/g, '')
        .replace(/\\[&%$#_]/g, '')
      expect(bare, name).not.toMatch(/[\\&%$#_~^]/)
    }
    // Read back, the title field says exactly the dataset's title (and the view), inside the braces that keep its capitals.
    const unescape = (value: string) =>
      value
        .replace(/\\textbackslash\{\}/g, '\\')
        .replace(/\\textbraceleft\{\}/g, '{')
        .replace(/\\textbraceright\{\}/g, '}')
        .replace(/\\textasciitilde\{\}/g, '~')
        .replace(/\\textasciicircum\{\}/g, '^')
        .replace(/\\([&%$#_])/g, '$1')
    const titleField = entry.fields.get('title') ?? ''
    expect(titleField.startsWith('{') && titleField.endsWith('}')).toBe(true)
    expect(unescape(titleField.slice(1, -1))).toBe(`${title}: All views as of 30 June 2024`)
    expect(unescape(entry.fields.get('note') ?? '')).toContain('; licence CC-BY-4.0 & co_50%')
  })

  test.describe('with the clipboard allowed', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

    test('copies each form as shown', async ({ page }) => {
      const cite = new CitePage(page)
      await cite.goto('?asOf=2024-05-01')
      await cite.open('the comparison')
      await cite.copyBibtex.click()
      await expect(cite.status).toHaveText('BibTeX copied.')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.bibtex.inputValue())
      await cite.copyPlainText.click()
      await expect(cite.status).toHaveText('Plain text copied.')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.plainText.inputValue())
    })
  })

  test('selects the text to copy by hand when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      })
    })
    const cite = new CitePage(page)
    await cite.goto('?asOf=2024-05-01')
    await cite.open('this view')
    await cite.copyBibtex.click()
    await expect(cite.status).toHaveText(
      'The browser did not allow copying: the BibTeX is selected, copy it with Ctrl+C (⌘C on a Mac).',
    )
    await expect(cite.bibtex).toBeFocused()
    const selection = await cite.bibtex.evaluate((field: HTMLTextAreaElement) => [
      field.selectionStart,
      field.selectionEnd,
      field.value.length,
    ])
    expect(selection[0]).toBe(0)
    expect(selection[1]).toBe(selection[2])
    expect(selection[2]).toBeGreaterThan(100)
  })

  for (const dark of [false, true]) {
    test(`axe finds nothing in the open dialog, ${dark ? 'dark' : 'light'}`, async ({ page }) => {
      // A full axe run over the dialog, with the dashboard behind it.
      test.slow()
      if (dark) await page.emulateMedia({ colorScheme: 'dark' })
      const cite = new CitePage(page)
      await cite.goto('?asOf=2024-05-01&sector=research-academia')
      await cite.open('the sector chart')
      const results = await new AxeBuilder({ page })
        .include('dialog[open]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }

  test('fits a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const cite = new CitePage(page)
    await cite.goto('?asOf=2024-05-01')
    await cite.open('this view')
    const box = await cite.dialog.boundingBox()
    expect(box?.width).toBeLessThanOrEqual(360)
    const overflow = await cite.dialog.evaluate(
      (dialog) =>
        [...dialog.querySelectorAll('*')].filter(
          (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
        ).length,
    )
    expect(overflow).toBe(0)
    await cite.bibtex.scrollIntoViewIfNeeded()
    await expect(cite.copyBibtex).toBeInViewport()
  })
})
