import type { FrameLocator, Locator, Page } from '@playwright/test'

/** Where an embedded view is found: a page opened at its address, or a host page's frame. */
type Root = Page | FrameLocator

/** One view shown alone (`?embed=<view>`), as its reader sees it, in a tab or in a frame. */
export class EmbeddedView {
  readonly root: Root
  readonly main: Locator
  /** The credit line at the foot: the dataset, its updated date, and the link to the whole view. */
  readonly credit: Locator
  readonly openInAtlas: Locator
  /** What an embedded view must not have: the site's header, the Sections navigation, the "As of" toolbar. */
  readonly siteHeader: Locator
  readonly sectionsNav: Locator
  readonly asOfField: Locator
  readonly addressNotice: Locator

  constructor(root: Root) {
    this.root = root
    this.main = root.getByRole('main')
    this.credit = root.getByRole('contentinfo')
    this.openInAtlas = this.credit.getByRole('link', { name: /^Open in Coalition Atlas/ })
    this.siteHeader = root.getByRole('banner')
    this.sectionsNav = root.getByRole('navigation', { name: 'Sections' })
    this.asOfField = root.getByLabel('As of', { exact: true })
    this.addressNotice = root.getByRole('alert').filter({ hasText: 'Part of the address was not used' })
  }

  /** Opens a view alone (`embed=sectors&asOf=…`) and waits for its dataset: the credit line comes with it. */
  async goto(query: string): Promise<void> {
    if (!('goto' in this.root)) throw new Error('a framed view is opened by its host page')
    await this.root.goto(`./?${query}`)
    await this.credit.waitFor()
  }

  figure(title: string): Locator {
    return this.root.getByRole('figure', { name: title, exact: true })
  }

  /** A coalition's card, named by its heading. */
  card(name: string): Locator {
    return this.root.getByRole('article', { name, exact: true })
  }

  region(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true })
  }

  /** Buttons that would take the reader to the whole page's other sections, or embed again. */
  embedButtons(): Locator {
    return this.root.getByRole('button', { name: /^Embed/ })
  }
}

/** The whole page's "Embed" buttons and the dialog they open. */
export class EmbedDialog {
  readonly page: Page
  readonly dialog: Locator
  readonly snippet: Locator
  readonly script: Locator
  readonly copySnippet: Locator
  readonly copyStatus: Locator
  readonly note: Locator
  readonly close: Locator

  constructor(page: Page) {
    this.page = page
    this.dialog = page.getByRole('dialog', { name: /^Embed the / })
    this.snippet = this.dialog.getByRole('textbox', { name: 'HTML to paste' })
    this.script = this.dialog.getByRole('textbox', { name: 'Resize script' })
    this.copySnippet = this.dialog.getByRole('button', { name: 'Copy the HTML', exact: true })
    this.copyStatus = this.dialog.getByRole('status').first()
    this.note = this.dialog.getByText(/^The dataset on screen was/)
    this.close = this.dialog.getByRole('button', { name: 'Close', exact: true })
  }

  /** "Embed sector chart", "Embed AI Alliance card"… */
  button(name: string): Locator {
    return this.page.getByRole('button', { name: `Embed ${name}`, exact: true })
  }

  /** The dialog's live preview: the embedded view in a frame. */
  preview(): EmbeddedView {
    return new EmbeddedView(this.dialog.getByTitle(/^Preview: /).contentFrame())
  }

  previewFrame(): Locator {
    return this.dialog.getByTitle(/^Preview: /)
  }

  /** The attributes of the snippet's `<iframe>`, read as a browser reads them. */
  async snippetFrame(): Promise<Record<string, string>> {
    const html = await this.snippet.inputValue()
    return this.page.evaluate((text) => {
      const frame = new DOMParser().parseFromString(text, 'text/html').querySelector('iframe')
      return Object.fromEntries([...(frame?.attributes ?? [])].map((attribute) => [attribute.name, attribute.value]))
    }, html)
  }
}

/** Another site's page framing an embedded view, served from another origin by the test. */
export class HostPage {
  readonly page: Page
  readonly frame: Locator

  constructor(page: Page, frameTitle: string) {
    this.page = page
    this.frame = page.getByTitle(frameTitle, { exact: true })
  }

  view(): EmbeddedView {
    return new EmbeddedView(this.frame.contentFrame())
  }

  /** The frame's `height` attribute, which the host's resize script sets from the message. */
  async frameHeight(): Promise<number> {
    return Number(await this.frame.getAttribute('height'))
  }

  /** The height of the page inside the frame, as the embedded page measures it. */
  async documentHeightInFrame(): Promise<{ height: number; scrollHeight: number; viewport: number }> {
    return this.frame
      .contentFrame()
      .locator(':root')
      .evaluate((root) => ({
        height: Math.ceil(root.getBoundingClientRect().height),
        scrollHeight: root.scrollHeight,
        viewport: root.clientHeight,
      }))
  }
}
