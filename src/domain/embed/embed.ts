/**
 * Embedding one view in another site: which views can be embedded, the snippet a host pastes, and
 * the message an embedded page sends its host so the frame can fit its content.
 */

/** The views that open alone with `?embed=<view>`. */
export const EMBED_VIEWS = ['sectors', 'countries', 'timeline', 'compare', 'overlap', 'members', 'card'] as const
export type EmbedView = (typeof EMBED_VIEWS)[number]

export function isEmbedView(text: string): text is EmbedView {
  return EMBED_VIEWS.some((view) => view === text)
}

/** An embedded view; a card names its coalition. */
export type EmbedTarget = { readonly view: Exclude<EmbedView, 'card'> } | { readonly view: 'card'; readonly id: string }

/** The section of the whole page each view comes from: "Open in Coalition Atlas" opens there. */
export const EMBED_SECTIONS: Readonly<Record<EmbedView, string>> = {
  sectors: 'charts',
  countries: 'charts',
  timeline: 'charts',
  compare: 'compare',
  overlap: 'compare',
  members: 'members',
  card: 'coalitions',
}

/**
 * The frame's height in CSS pixels before any script runs (and for good where a host runs none):
 * about the view's height in a column 640 px wide with the bundled dataset. More content scrolls
 * inside the frame; the comparison, whose lists run to thousands of pixels, always does.
 */
export const EMBED_HEIGHTS: Readonly<Record<EmbedView, number>> = {
  sectors: 1260,
  countries: 1210,
  timeline: 1320,
  compare: 1200,
  overlap: 1500,
  members: 1400,
  card: 420,
}

/** The `type` of the message an embedded page sends its host. */
export const RESIZE_MESSAGE_TYPE = 'coalition-atlas:resize'

export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE_TYPE
  /** The page's height in CSS pixels, a whole number. */
  readonly height: number
}

/** The tallest frame a host should accept: a page that claims more is broken, not long. */
export const MAX_EMBED_HEIGHT = 20000

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) }
}

/** The height a message asks for, or null when the message is not a resize message or its height is not usable. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, height } = data as { type?: unknown; height?: unknown }
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isInteger(height)) return null
  return height > 0 && height <= MAX_EMBED_HEIGHT ? height : null
}

/** Text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** The class the snippet gives its frame, for a host's stylesheet (a border, a maximum width). */
export const EMBED_FRAME_CLASS = 'coalition-atlas-embed'

/**
 * The `<iframe>` a host pastes. No style attribute, so it passes a host's strict
 * Content-Security-Policy; a fixed height, so it shows whole without any script.
 */
export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe class="${EMBED_FRAME_CLASS}" src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy"></iframe>`
}

/**
 * The optional script that fits each frame to its page: it trusts only messages from the atlas's
 * origin, and only from one of the page's own frames. It sets the frame's `height` attribute, so a
 * host's stylesheet still decides when it sets a height of its own.
 */
export function resizeScript(origin: string): string {
  return [
    '// Coalition Atlas: fits each embedded view to its height.',
    "window.addEventListener('message', function (event) {",
    `  if (event.origin !== ${JSON.stringify(origin)}) return;`,
    '  var data = event.data;',
    `  if (!data || data.type !== '${RESIZE_MESSAGE_TYPE}' || typeof data.height !== 'number') return;`,
    `  var height = Math.round(data.height);`,
    `  if (!(height > 0 && height <= ${MAX_EMBED_HEIGHT})) return;`,
    "  var frames = document.getElementsByTagName('iframe');",
    '  for (var i = 0; i < frames.length; i++) {',
    '    if (frames[i].contentWindow === event.source) frames[i].height = String(height);',
    '  }',
    '});',
    '',
  ].join('\n')
}

/** The resize script as a host pastes it, once per page whatever the number of frames. */
export function resizeSnippet(origin: string): string {
  return `<script>\n${resizeScript(origin)}</script>`
}
