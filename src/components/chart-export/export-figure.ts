/**
 * Turns a chart's <svg> into a finished figure, as Our World in Data's Grapher does: title,
 * subtitle (filters and date), legend, the chart, and a footer naming the dataset, its updated
 * date, the sources and the page's link. Loaded lazily on the first export.
 *
 * SVG: a standalone document. Every colour and font is written onto the elements as presentation
 * attributes (read back from computed styles while the clone sits in an off-screen stage carrying
 * the chosen theme's CSS variables), so it needs no stylesheet, no CSS variables and no
 * foreignObject, and opens the same in a browser, Inkscape or Illustrator.
 * PNG: that document drawn onto a canvas through a blob: URL and an <img>, which the page's
 * Content-Security-Policy allows (img-src blob:), at FIGURE.pngDensity times its size.
 * Every figure has one size and type scale (figure-scale.ts), whatever the screen it came from, and
 * every string written into it is XML-safe and isolated where its direction could leak (svg-text.ts). No library is needed for either step: html-to-image and its kin clone HTML into a
 * foreignObject, which is what this module must not produce.
 */
import { footerLines, type ExportFooter } from '../../domain/export/export-footer'
import { isolatedText, xmlSafe } from '../../domain/export/svg-text'
import { HATCH_PERIOD, HATCH_STRIPE } from '../hatch-colors'
import { FIGURE, FIGURE_INNER_WIDTH } from './figure-scale'

export type ExportTheme = 'light' | 'dark'

export interface LegendItem {
  readonly label: string
  readonly color: string
  /**
   * `line` for a series drawn as a line (with its dash pattern), `hatch` for stripes of `color`
   * (possible but not certain members; `color` is the stripe colour), `square` for bars (default).
   */
  readonly shape?: 'square' | 'line' | 'hatch'
  readonly dash?: string
  /** Starts a new legend row (the key saying what solid and hatched mean, after the categories). */
  readonly newRow?: boolean
}

export interface FigureExportOptions {
  readonly title: string
  readonly subtitle: string
  readonly footer: ExportFooter
  readonly format: 'png' | 'svg'
  /** Light unless the user chose otherwise. */
  readonly theme?: ExportTheme
  /** The chart's legend when it is drawn outside the <svg> (the app draws every legend itself, never with Recharts' <Legend>). */
  readonly legend?: readonly LegendItem[]
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const XLINK_NS = 'http://www.w3.org/1999/xlink'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'
const FALLBACK_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif"

/** Presentation properties worth carrying over; anything else keeps its SVG default. */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const
const TEXT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'paint-order',
] as const
const SHAPES = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline'])
const TEXTS = new Set(['text', 'tspan', 'textPath'])
/** Elements never drawn where they stand but used by reference (a hatch pattern, a clip): kept whatever their computed display. */
const REFERENCED = 'defs, pattern, clipPath, mask, linearGradient, radialGradient, marker, symbol'

export async function exportFigure(svg: SVGSVGElement, options: FigureExportOptions): Promise<Blob> {
  const figure = composeFigure(svg, options)
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(figure.svg)}\n`
  const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' })
  return options.format === 'svg' ? blob : rasterize(blob, figure.width, figure.height, figure.background)
}

interface Palette {
  readonly background: string
  readonly text: string
  readonly muted: string
  readonly border: string
  readonly font: string
}

interface Composed {
  readonly svg: SVGSVGElement
  readonly width: number
  readonly height: number
  readonly background: string
}

function composeFigure(source: SVGSVGElement, options: FigureExportOptions): Composed {
  const box = source.getBoundingClientRect()
  const chartWidth = Math.max(1, Math.round(box.width || Number(source.getAttribute('width')) || 600))
  const chartHeight = Math.max(1, Math.round(box.height || Number(source.getAttribute('height')) || 400))

  // The stage carries the chosen theme's variables and the chart's own classes' context, so
  // computed styles come out in that theme whatever the page is showing.
  const stage = document.createElement('div')
  stage.className = `chart-export-stage chart-export-theme--${options.theme ?? 'light'} chart-figure__chart`
  stage.setAttribute('aria-hidden', 'true')
  const clone = source.cloneNode(true) as SVGSVGElement
  stage.append(clone)
  document.body.append(stage)
  try {
    const rootStyle = getComputedStyle(stage)
    const palette: Palette = {
      background: rootStyle.getPropertyValue('--surface').trim() || '#ffffff',
      text: rootStyle.getPropertyValue('--text').trim() || '#15191f',
      muted: rootStyle.getPropertyValue('--text-muted').trim() || '#525b67',
      border: rootStyle.getPropertyValue('--border').trim() || '#d5dae1',
      font: rootStyle.fontFamily || FALLBACK_FONT,
    }
    inlineStyles(clone)
    sanitizeText(clone)
    const scale = Math.min(FIGURE.maxChartScale, FIGURE_INNER_WIDTH / chartWidth)
    scaleChartText(clone, scale)
    const legend = options.legend ?? []
    return layout(clone, chartWidth, chartHeight, scale, legend, options, palette)
  } finally {
    stage.remove()
  }
}

/** Writes each element's computed paint and font onto it, then drops what only made sense in the page. */
function inlineStyles(root: SVGSVGElement): void {
  const elements = [root, ...root.querySelectorAll<SVGElement>('*')]
  const computed = elements.map((element) => ({ element, style: getComputedStyle(element) }))
  for (const { element, style } of computed) {
    if ((style.display === 'none' || style.visibility === 'hidden') && !element.closest(REFERENCED)) {
      element.remove()
      continue
    }
    const tag = element.localName
    if (SHAPES.has(tag) || TEXTS.has(tag)) {
      for (const property of PAINT_PROPERTIES) setPaint(element, property, style.getPropertyValue(property))
    }
    if (TEXTS.has(tag)) {
      for (const property of TEXT_PROPERTIES) {
        const value = style.getPropertyValue(property)
        if (value && value !== 'normal') element.setAttribute(property, value)
      }
    }
  }
  for (const { element } of computed) {
    for (const name of ['class', 'style', 'tabindex', 'role', 'focusable']) element.removeAttribute(name)
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('data-') || attribute.name.startsWith('aria-'))
        element.removeAttribute(attribute.name)
    }
    // Attributes that still name a CSS variable would mean nothing outside the page.
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('var(')) element.removeAttribute(attribute.name)
    }
  }
}

/** Every text node and attribute of the chart made XML-safe, and text isolated where its direction could leak (svg-text.ts). */
function sanitizeText(root: SVGSVGElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    const clean = isolatedText(text.data)
    if (clean !== text.data) text.data = clean
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const clean = xmlSafe(attribute.value)
      if (clean !== attribute.value) attribute.value = clean
    }
  }
}

/**
 * Brings the chart's text to the figure's type scale: once the chart is scaled into the figure, its
 * usual text size (the most common one, tick and bar labels) is FIGURE.chartText, and larger or
 * smaller text keeps its proportion to it. Text is made smaller only (see FIGURE.chartText).
 */
function scaleChartText(root: SVGSVGElement, scale: number): void {
  const texts = [...root.querySelectorAll<SVGElement>('text, tspan')]
  const sizes = new Map<number, number>()
  for (const text of texts) {
    const size = Number.parseFloat(text.getAttribute('font-size') ?? '')
    if (size > 0) sizes.set(size, (sizes.get(size) ?? 0) + 1)
  }
  let usual = 0
  let most = 0
  for (const [size, count] of sizes) {
    if (count > most) {
      usual = size
      most = count
    }
  }
  if (usual <= 0 || scale <= 0) return
  const factor = Math.min(1, FIGURE.chartText / (usual * scale))
  if (factor === 1) return
  for (const text of texts) {
    const size = Number.parseFloat(text.getAttribute('font-size') ?? '')
    if (size > 0) text.setAttribute('font-size', `${Math.round(size * factor * 100) / 100}px`)
  }
}

/** `url("http://host/page#hatch-3")` → `url(#hatch-3)`: a reference into the document itself, wherever it is opened. */
export function localPaint(value: string): string {
  return value.replace(/url\(\s*["']?[^#"')]*(#[^"')]+)["']?\s*\)/g, 'url($1)')
}

function setPaint(element: SVGElement, property: string, computedValue: string): void {
  const value = localPaint(computedValue)
  if (!value) return
  if (property === 'stroke-dasharray' && value === 'none') return
  if (property === 'opacity' && value === '1') return
  if ((property === 'fill-opacity' || property === 'stroke-opacity') && value === '1') return
  element.setAttribute(property, value)
}

let measureContext: CanvasRenderingContext2D | null | undefined

function textWidth(text: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d')
  if (!measureContext) return text.length * 8
  measureContext.font = font
  return measureContext.measureText(text).width
}

/** Greedy word wrap; a word longer than a line (a URL) is cut where it must be. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate) <= maxWidth || !line) {
      line = candidate
    } else {
      lines.push(line)
      line = word
    }
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--
      // In a URL, break after a separator rather than inside a word when one is near.
      const separator = Math.max(...['/', '&', ',', '?', '='].map((mark) => line.lastIndexOf(mark, cut - 1)))
      if (separator > cut / 2) cut = separator + 1
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  for (const word of text.split(/\s+/).filter(Boolean)) push(word)
  if (line) lines.push(line)
  return lines
}

function svgNode<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value))
  if (text !== undefined) node.textContent = text
  return node
}

function layout(
  chart: SVGSVGElement,
  chartWidth: number,
  chartHeight: number,
  scale: number,
  legend: readonly LegendItem[],
  options: FigureExportOptions,
  palette: Palette,
): Composed {
  const { width, margin } = FIGURE
  const inner = FIGURE_INNER_WIDTH
  const nodes: SVGElement[] = []
  let y = margin

  const textBlock = (
    content: string,
    style: { size: number; lineHeight: number; weight: number },
    fill: string,
    gapAfter: number,
  ) => {
    const font = `${style.weight} ${style.size}px ${palette.font}`
    for (const line of wrapText(content, inner, (text) => textWidth(text, font))) {
      y += style.lineHeight
      nodes.push(
        svgNode(
          'text',
          {
            x: margin,
            y: y - (style.lineHeight - style.size) / 2 - style.size * 0.2,
            'font-size': style.size,
            'font-weight': style.weight,
            fill,
          },
          isolatedText(line),
        ),
      )
    }
    y += gapAfter
  }

  textBlock(options.title, FIGURE.title, palette.text, FIGURE.title.gapAfter)
  textBlock(options.subtitle, FIGURE.subtitle, palette.muted, FIGURE.subtitle.gapAfter)

  const defs = svgNode('defs', {})
  if (legend.length) {
    const { size, rowHeight, swatch } = FIGURE.legend
    const font = `400 ${size}px ${palette.font}`
    const labelGap = swatch + 10
    let x = margin
    let rowTop = y
    for (const [index, item] of legend.entries()) {
      const itemWidth = labelGap + textWidth(item.label, font) + 16
      if ((item.newRow || x + itemWidth > width - margin) && x > margin) {
        x = margin
        rowTop += rowHeight
      }
      const middle = rowTop + rowHeight / 2 - 2
      if (item.shape === 'line') {
        nodes.push(
          svgNode('line', {
            x1: x,
            y1: middle,
            x2: x + swatch + 4,
            y2: middle,
            stroke: item.color,
            'stroke-width': 3,
            ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
          }),
        )
      } else if (item.shape === 'hatch') {
        // The pattern lives in this document's own <defs>: an SVG file cannot lean on the page's.
        const id = `export-legend-hatch-${index}`
        const pattern = svgNode('pattern', {
          id,
          patternUnits: 'userSpaceOnUse',
          width: HATCH_PERIOD,
          height: HATCH_PERIOD,
          patternTransform: 'rotate(45)',
        })
        pattern.append(svgNode('rect', { x: 0, y: 0, width: HATCH_STRIPE, height: HATCH_PERIOD, fill: item.color }))
        defs.append(pattern)
        nodes.push(
          svgNode('rect', {
            x: 0.5 + x,
            y: middle - swatch / 2 + 0.5,
            width: swatch - 1,
            height: swatch - 1,
            fill: `url(#${id})`,
            stroke: item.color,
            'stroke-width': 1,
          }),
        )
      } else {
        nodes.push(
          svgNode('rect', { x, y: middle - swatch / 2, width: swatch, height: swatch, rx: 2, fill: item.color }),
        )
      }
      nodes.push(
        svgNode(
          'text',
          { x: x + labelGap, y: middle + size * 0.35, 'font-size': size, fill: palette.text },
          isolatedText(item.label),
        ),
      )
      x += itemWidth
    }
    y = rowTop + rowHeight + FIGURE.legend.gapAfter
  }

  // The chart keeps its own coordinates (viewBox) and is scaled into the figure's width: up to
  // FIGURE.maxChartScale for a chart drawn on a phone (then centred), down for a wide screen's.
  const drawnWidth = chartWidth * scale
  const drawnHeight = chartHeight * scale
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`)
  chart.setAttribute('x', String(margin + Math.max(0, (inner - drawnWidth) / 2)))
  chart.setAttribute('y', String(y))
  chart.setAttribute('width', String(Math.round(drawnWidth * 100) / 100))
  chart.setAttribute('height', String(Math.round(drawnHeight * 100) / 100))
  chart.setAttribute('overflow', 'visible')
  nodes.push(chart)
  y += drawnHeight + FIGURE.chartGapAfter

  nodes.push(
    svgNode('line', { x1: margin, y1: y, x2: width - margin, y2: y, stroke: palette.border, 'stroke-width': 1 }),
  )
  y += FIGURE.footer.gapBefore
  const lines = footerLines(options.footer)
  for (const line of lines) textBlock(line, FIGURE.footer, palette.muted, 0)
  y += margin

  const height = Math.ceil(y)
  const root = svgNode('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': palette.font })
  // Declared as namespace attributes, so serializers neither drop nor repeat them.
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS)
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS)
  root.append(
    svgNode('title', {}, isolatedText(options.title)),
    svgNode('desc', {}, isolatedText(`${options.subtitle} ${lines.join(' ')}`)),
  )
  if (defs.childNodes.length) root.append(defs)
  root.append(svgNode('rect', { x: 0, y: 0, width, height, fill: palette.background }), ...nodes)
  return { svg: root, width, height, background: palette.background }
}

async function rasterize(svgBlob: Blob, width: number, height: number, background: string): Promise<Blob> {
  const density = FIGURE.pngDensity
  const url = URL.createObjectURL(svgBlob)
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(width * density)
    canvas.height = Math.ceil(height * density)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw on a canvas')
    context.fillStyle = background
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png')
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}
