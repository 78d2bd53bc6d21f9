import { createServer, type Server } from 'node:http'
import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { EMBED_HEIGHTS, iframeSnippet, resizeScript } from '../src/domain/embed/embed'
import { expect, test } from './fixtures'
import { EmbedDialog, EmbeddedView, HostPage } from './pages/embed-page'
import { bundledDataset, cardCountText, memberRangeOn } from './support/dataset'

const doc = bundledDataset()
const DAY = '2024-06-30'
const DAY_TEXT = '30 June 2024'
const APP_PORT = Number(process.env.E2E_PORT ?? 4173)
const APP = `http://127.0.0.1:${APP_PORT}`
/** The host page is another origin (another port): the frame is cross-origin, as on a real site. */
const HOST_PORT = APP_PORT + 200
const HOST = `http://127.0.0.1:${HOST_PORT}`

/** "30 November 2026", written out here rather than with the app's own wording. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** The credit line the bundled dataset gets (it has no licence). */
// The bundled dataset states no licence, and the credit line says so.
const CREDIT = `${doc.title} · Updated ${longDate(doc.updated)} · Licence not stated`

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test.describe('each view opens alone', () => {
  /** `full`: the query and anchor of "Open in Coalition Atlas", the same view on the whole page. */
  const cases: {
    query: string
    full: string
    title: string
    shows: (view: EmbeddedView) => Locator
    figures: number
  }[] = [
    {
      query: 'embed=sectors',
      full: `?asOf=${DAY}#charts`,
      title: 'Members by sector',
      shows: (view) => view.figure('Members by sector'),
      figures: 1,
    },
    {
      query: 'embed=countries&measure=share',
      full: `?asOf=${DAY}&measure=share#charts`,
      title: 'Members by country',
      shows: (view) => view.figure('Members by country'),
      figures: 1,
    },
    {
      query: 'embed=timeline',
      full: `?asOf=${DAY}#charts`,
      title: 'Membership over time',
      shows: (view) => view.figure('Membership over time'),
      figures: 1,
    },
    {
      query: 'embed=compare&a=partnership-on-ai&b=frontier-model-forum',
      full: `?a=partnership-on-ai&b=frontier-model-forum&asOf=${DAY}#compare`,
      title: 'Partnership on AI and Frontier Model Forum compared',
      shows: (view) => view.region('In both'),
      // The Venn diagram; the sector chart and the overlap matrix stay on the whole page.
      figures: 1,
    },
    {
      query: 'embed=overlap&sets=partnership-on-ai,aisic,frontier-model-forum',
      full: `?asOf=${DAY}&sets=partnership-on-ai,aisic,frontier-model-forum#compare`,
      title: 'Overlap across coalitions',
      shows: (view) => view.figure('Overlap across coalitions'),
      figures: 1,
    },
    {
      query: 'embed=members&sector=model-developer',
      full: `?asOf=${DAY}&sector=model-developer#members`,
      title: 'Member organizations',
      shows: (view) => view.region('Member organizations'),
      figures: 0,
    },
    {
      query: 'embed=card&id=ai-alliance',
      full: `?asOf=${DAY}#coalitions`,
      title: 'AI Alliance',
      shows: (view) => view.card('AI Alliance'),
      figures: 0,
    },
  ]
  for (const { query, full, title, shows, figures } of cases) {
    test(`?${query}: the view, its credit line, no header, toolbar or Sections navigation`, async ({ page }) => {
      const view = new EmbeddedView(page)
      await view.goto(`${query}&asOf=${DAY}`)
      // Charts and the comparison load after the page, as on the whole page.
      await shows(view).waitFor()
      await expect(shows(view)).toBeVisible()
      await expect(view.main).toContainText(DAY_TEXT)
      await expect(view.credit).toContainText(CREDIT)
      await expect(view.siteHeader).toHaveCount(0)
      await expect(view.sectionsNav).toHaveCount(0)
      await expect(view.asOfField).toHaveCount(0)
      await expect(view.embedButtons()).toHaveCount(0)
      await expect(page.getByRole('figure')).toHaveCount(figures)
      await expect(page).toHaveTitle(`${title} · Coalition Atlas`)
      await expect(view.openInAtlas).toHaveAttribute('href', `${APP}/${full}`)
      await expect(view.openInAtlas).toHaveAttribute('target', '_blank')
      await expect(view.openInAtlas).toHaveAttribute('rel', 'noopener')
    })
  }

  test('a card counts the day of its address', async ({ page }) => {
    const view = new EmbeddedView(page)
    await view.goto(`embed=card&id=partnership-on-ai&asOf=${DAY}`)
    const card = view.card('Partnership on AI')
    await expect(card.getByTestId('member-count')).toHaveText(
      cardCountText(memberRangeOn(doc, 'partnership-on-ai', DAY)),
    )
    await expect(card).toContainText(`Members counted as of ${DAY_TEXT}`)
  })

  test('a view that cannot open alone is refused in words, and the whole page is shown', async ({ page }) => {
    await page.goto(`./?embed=card&asOf=${DAY}`)
    const view = new EmbeddedView(page)
    await expect(view.addressNotice).toContainText(
      'embed ("card") needs id=<coalition id>: the coalition the card shows.',
    )
    await expect(view.sectionsNav).toBeVisible()
    await expect(page).toHaveURL(`${APP}/?asOf=${DAY}`)
  })

  // The Forum and the Partnership share few members: a comparison short enough for axe to read in time.
  for (const query of ['embed=compare&a=frontier-model-forum&b=partnership-on-ai', 'embed=card&id=ai-alliance']) {
    test(`?${query} passes axe (WCAG 2.2 AA)`, async ({ page }) => {
      test.slow()
      const view = new EmbeddedView(page)
      await view.goto(`${query}&asOf=${DAY}`)
      await view.main
        .getByRole('status')
        .filter({ hasText: /^Loading/ })
        .waitFor({ state: 'detached' })
      expect(await axeViolations(page)).toEqual([])
    })
  }
})

test.describe('the Embed dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('gives a titled frame of the view as shown, a resize script and a live preview sized by the message', async ({
    page,
  }) => {
    // The preview loads the atlas a second time.
    test.slow()
    await page.goto(`./?asOf=${DAY}&measure=share&q=meta`)
    const embed = new EmbedDialog(page)
    await embed.button('sector chart').click()
    await expect(embed.dialog).toBeVisible()
    expect(await embed.snippetFrame()).toEqual({
      class: 'coalition-atlas-embed',
      src: `${APP}/?embed=sectors&asOf=${DAY}&q=meta&measure=share`,
      title: `Members by sector, as of ${DAY_TEXT} (Coalition Atlas)`,
      width: '100%',
      height: String(EMBED_HEIGHTS.sectors),
      loading: 'lazy',
    })
    expect(await embed.script.inputValue()).toContain(`if (event.origin !== "${APP}") return;`)

    const preview = embed.preview()
    await preview.figure('Members by sector').waitFor()
    await expect(preview.credit).toContainText(CREDIT)
    await expect(preview.siteHeader).toHaveCount(0)
    // The dialog sizes its preview from the message, as the resize script does on a host's page.
    const frame = embed.previewFrame()
    await expect
      .poll(async () => {
        const height = Number(await frame.getAttribute('height'))
        const inside = await frame
          .contentFrame()
          .locator(':root')
          .evaluate((root) => Math.ceil(root.getBoundingClientRect().height))
        return height === inside && height !== EMBED_HEIGHTS.sectors
      })
      .toBe(true)

    await embed.copySnippet.click()
    await expect(embed.copyStatus).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await embed.snippet.inputValue())

    await embed.close.click()
    await expect(embed.dialog).toBeHidden()
    await expect(embed.button('sector chart')).toBeFocused()
  })

  test('a card’s snippet names the coalition, and keeps the dataset’s link', async ({ page }) => {
    test.slow()
    const link = `${APP}/data/examples/open-source-security.json`
    await page.goto(`./?data=${encodeURIComponent(link)}&asOf=${DAY}`)
    const embed = new EmbedDialog(page)
    await embed.button('Open Source Security Foundation card').click()
    const frame = await embed.snippetFrame()
    expect([...new URL(frame.src ?? '').searchParams]).toEqual([
      ['embed', 'card'],
      ['id', 'openssf'],
      ['asOf', DAY],
      ['data', link],
    ])
    expect(frame.title).toBe(`Open Source Security Foundation, as of ${DAY_TEXT} (Coalition Atlas)`)
    await expect(embed.note).toHaveCount(0)
    const preview = embed.preview()
    await preview.card('Open Source Security Foundation').waitFor()
    await expect(preview.credit).toContainText('Open-source security coalitions · Updated 22 November 2026')
  })
})

test.describe('when the clipboard refuses the snippet', () => {
  test('selects it in its field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      })
    })
    await page.goto(`./?asOf=${DAY}`)
    const embed = new EmbedDialog(page)
    await embed.button('members table').click()
    await embed.copySnippet.click()
    await expect(embed.copyStatus).toHaveText(
      'The browser did not allow copying: the text is selected, copy it with Ctrl+C (⌘C on a Mac).',
    )
    await expect(embed.snippet).toBeFocused()
    const selected = await embed.snippet.evaluate((field: HTMLTextAreaElement) =>
      field.value.slice(field.selectionStart, field.selectionEnd),
    )
    expect(selected).toBe(await embed.snippet.inputValue())
    expect(selected).toContain(`src="${APP}/?embed=members&amp;asOf=${DAY}"`)
  })
})

/** The host page: the snippet as the dialog gives it, and the resize script from a file (its policy allows no inline script). */
const FRAME_SRC = `${APP}/?embed=sectors&asOf=${DAY}`
const FRAME_TITLE = `Members by sector, as of ${DAY_TEXT} (Coalition Atlas)`
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>A host’s article</title>
    <link rel="stylesheet" href="/host.css">
  </head>
  <body>
    <main>
      <h1>An article with a chart</h1>
      <p>Text before the chart.</p>
      ${iframeSnippet({ src: FRAME_SRC, title: FRAME_TITLE, height: EMBED_HEIGHTS.sectors })}
      <p>Text after the chart.</p>
    </main>
    <script src="/resize.js"></script>
  </body>
</html>`
const HOST_FILES: Record<string, { type: string; body: string }> = {
  '/': { type: 'text/html; charset=utf-8', body: HOST_PAGE },
  '/resize.js': { type: 'text/javascript', body: resizeScript(APP) },
  '/host.css': {
    type: 'text/css',
    body: 'body { margin: 0 auto; max-width: 60rem; font-family: sans-serif; } .coalition-atlas-embed { display: block; border: 0; }',
  },
}

test.describe('framed by another site', () => {
  // One host server per worker: these tests run in order in one worker.
  test.describe.configure({ mode: 'default' })
  let server: Server

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const file = HOST_FILES[new URL(request.url ?? '/', HOST).pathname]
      if (!file) {
        response.writeHead(204).end()
        return
      }
      response.writeHead(200, {
        'Content-Type': file.type,
        // A strict host: its own scripts and styles only, frames from the atlas only.
        'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src ${APP}`,
      })
      response.end(file.body)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(HOST_PORT, '127.0.0.1', resolve)
    })
  })

  test.afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  test('the frame takes the height its page reports, and follows it when the page grows', async ({ page }) => {
    const host = new HostPage(page, FRAME_TITLE)
    await page.goto(`${HOST}/`)
    const view = host.view()
    await view.figure('Members by sector').waitFor()
    await expect(view.credit).toContainText(CREDIT)
    await expect(view.openInAtlas).toHaveAttribute('href', `${APP}/?asOf=${DAY}#charts`)

    const fitted = async () => {
      const inside = await host.documentHeightInFrame()
      return { frame: await host.frameHeight(), page: inside.height, scrolls: inside.scrollHeight > inside.viewport }
    }
    await expect
      .poll(async () => {
        const { frame, page: height, scrolls } = await fitted()
        return frame === height && !scrolls
      })
      .toBe(true)
    const first = await host.frameHeight()
    // The snippet's fixed height is not what this page needs at this width: the message changed it.
    expect(first).not.toBe(EMBED_HEIGHTS.sectors)

    await view.root.getByText('Show the data as a table', { exact: true }).click()
    await expect(view.root.getByRole('table')).toBeVisible()
    await expect
      .poll(async () => {
        const { frame, page: height, scrolls } = await fitted()
        return frame === height && !scrolls && frame > first
      })
      .toBe(true)
  })

  test.describe('the console guard', () => {
    // This test makes a violation on purpose, to see the guard hear one inside the frame.
    // One pattern: an array of two would read as a fixture's value and its options.
    test.use({ allowedConsole: [/^CSP violation: style-src-elem blocked inline$|^Applying inline style violates/] })

    test('hears a CSP violation inside the frame', async ({ page }) => {
      const heard: string[] = []
      page.on('console', (message) => heard.push(message.text()))
      const host = new HostPage(page, FRAME_TITLE)
      await page.goto(`${HOST}/`)
      await host.view().credit.waitFor()
      const frame = page.frames().find((candidate) => candidate.url() === FRAME_SRC)
      expect(frame, 'the embedded view’s frame').toBeDefined()
      await frame?.evaluate(() => {
        const style = document.createElement('style')
        style.textContent = 'body { color: red; }'
        document.head.append(style)
      })
      await expect.poll(() => heard).toContainEqual('CSP violation: style-src-elem blocked inline')
    })
  })
})
