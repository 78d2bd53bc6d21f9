// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { exportFigure, localPaint, wrapText, type LegendItem } from './export-figure'
import { FIGURE } from './figure-scale'

// jsdom has no canvas (and says so on the console); the exporter's fallback text measure runs here.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
})

const byChars = (text: string) => text.length

describe('wrapText', () => {
  it.each([
    ['short', 10, ['short']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['', 10, []],
    // A URL longer than a line breaks after a separator when one is in the second half of the line.
    ['https://example.org/a?b=1&c=2', 12, ['https://', 'example.org/', 'a?b=1&c=2']],
    ['abcdefghijklmnop', 5, ['abcde', 'fghij', 'klmno', 'p']],
  ])('%j in %i', (text, width, expected) => {
    expect(wrapText(text, width, byChars)).toEqual(expected)
  })
})

describe('exportFigure as SVG', () => {
  const footer = {
    datasetTitle: 'Test coalitions',
    updated: '1 June 2024',
    sources: 'Sources: Example',
    link: 'https://example.org/?asOf=2024-06-01&q=<x>',
  }

  const SVG = 'http://www.w3.org/2000/svg'

  function chart(): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg')
    svg.setAttribute('width', '500')
    svg.setAttribute('height', '300')
    svg.setAttribute('class', 'recharts-surface')
    svg.setAttribute('tabindex', '0')
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
    rect.setAttribute('fill', 'var(--accent)')
    rect.setAttribute('width', '10')
    const text = document.createElementNS(SVG, 'text')
    text.textContent = 'AI Alliance'
    // A hatched segment, as the charts draw possible members: a pattern in the chart's own <defs>.
    const defs = document.createElementNS(SVG, 'defs')
    const pattern = document.createElementNS(SVG, 'pattern')
    pattern.setAttribute('id', 'charts-hatch-sector-0')
    const stripe = document.createElementNS(SVG, 'rect')
    stripe.setAttribute('fill', '#0072b2')
    pattern.append(stripe)
    defs.append(pattern)
    const hatched = document.createElementNS(SVG, 'rect')
    hatched.setAttribute('fill', 'url(#charts-hatch-sector-0)')
    svg.append(defs, rect, hatched, text)
    document.body.append(svg)
    return svg
  }

  const legend: LegendItem[] = [
    { label: 'Research & academia', color: '#D55E00' },
    { label: 'Solid: certain members', color: '#727b87', newRow: true },
    { label: 'Hatched: possible but not certain on 1 June 2024', color: '#727b87', shape: 'hatch' },
  ]

  async function exported(): Promise<Document> {
    const blob = await exportFigure(chart(), {
      title: 'Members by sector',
      subtitle: 'Members of all 2 coalitions on 1 June 2024.',
      footer,
      format: 'svg',
      legend,
    })
    expect(blob.type).toBe('image/svg+xml;charset=utf-8')
    const text = await blob.text()
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true)
    return new DOMParser().parseFromString(text, 'image/svg+xml')
  }

  it('is a standalone SVG document with its own size', async () => {
    const doc = await exported()
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    const root = doc.documentElement
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg')
    // One width for every figure, whatever the chart's width on screen.
    expect(Number(root.getAttribute('width'))).toBe(FIGURE.width)
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`)
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/)
  })

  it('carries the title, subtitle, legend, chart and every footer line as text', async () => {
    const texts = [...(await exported()).getElementsByTagName('text')].map((node) => node.textContent)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Members by sector',
        'Research & academia',
        'Solid: certain members',
        'Hatched: possible but not certain on 1 June 2024',
        'AI Alliance',
        'Test coalitions · Updated 1 June 2024 · Licence not stated',
        'Sources: Example',
      ]),
    )
    expect(texts.join(' ')).toContain('Members of all 2 coalitions on 1 June 2024.')
    expect(texts.join('')).toContain(footer.link)
  })

  it('drops what only means something inside the page: classes, tab stops and CSS variables', async () => {
    const doc = await exported()
    const chartSvg = doc.documentElement.querySelector('svg')
    expect(chartSvg?.getAttribute('class')).toBeNull()
    expect(chartSvg?.getAttribute('tabindex')).toBeNull()
    expect(new XMLSerializer().serializeToString(doc)).not.toContain('var(--')
  })

  it('keeps the chart’s hatch pattern and the reference to it, and defines the legend’s hatch in the document itself', async () => {
    const doc = await exported()
    const ids = [...doc.getElementsByTagName('pattern')].map((pattern) => pattern.getAttribute('id'))
    expect(ids).toEqual(expect.arrayContaining(['charts-hatch-sector-0', 'export-legend-hatch-2']))
    const fills = [...doc.getElementsByTagName('rect')].map((rect) => rect.getAttribute('fill'))
    expect(fills).toEqual(expect.arrayContaining(['url(#charts-hatch-sector-0)', 'url(#export-legend-hatch-2)']))
    // Every url(#…) points at an element of the same document.
    for (const fill of fills.filter((value) => value?.startsWith('url('))) {
      expect(doc.getElementById(/#([^)]+)/.exec(fill ?? '')?.[1] ?? '')).not.toBeNull()
    }
  })
})

describe('localPaint', () => {
  it.each([
    ['url("http://127.0.0.1:4173/?asOf=2024-05-01#charts-hatch-sector-3")', 'url(#charts-hatch-sector-3)'],
    ['url("#a")', 'url(#a)'],
    ["url('#a')", 'url(#a)'],
    ['url(#a)', 'url(#a)'],
    ['rgb(0, 114, 178)', 'rgb(0, 114, 178)'],
    ['none', 'none'],
  ])('%s → %s', (value, expected) => {
    expect(localPaint(value)).toBe(expected)
  })
})

describe('exportFigure with hostile text', () => {
  const SVG = 'http://www.w3.org/2000/svg'
  it('writes valid XML whatever the names hold, and isolates a right-to-left override', async () => {
    const svg = document.createElementNS(SVG, 'svg')
    svg.setAttribute('width', '300')
    svg.setAttribute('height', '100')
    const label = document.createElementNS(SVG, 'text')
    label.textContent = 'Bad\u0000Name\u0007 \u001B[0m'
    const evil = document.createElementNS(SVG, 'text')
    evil.textContent = 'gpj.\u202Eexe'
    svg.append(label, evil)
    document.body.append(svg)
    const footer = {
      datasetTitle: 'Data\u0008set',
      updated: '1 June 2024',
      sources: 'Sources: \uFFFF',
      link: 'https://example.org/',
    }
    const blob = await exportFigure(svg, {
      title: 'Title\u0001',
      subtitle: 'Sub\uD800title',
      footer,
      format: 'svg',
      legend: [{ label: 'Sector\u001F', color: '#000' }],
    })
    const text = await blob.text()
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    const texts = [...doc.getElementsByTagName('text')].map((node) => node.textContent)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Bad\uFFFDName\uFFFD \uFFFD[0m',
        '\u2068gpj.\u202Eexe\u2069',
        'Title\uFFFD',
        'Sub\uFFFDtitle',
        'Sector\uFFFD',
        'Data\uFFFDset · Updated 1 June 2024 · Licence not stated',
        'Sources: \uFFFD',
      ]),
    )
    // oxlint-disable-next-line no-control-regex -- none of these may be left in the file
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
  })
})
