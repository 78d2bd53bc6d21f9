/**
 * One size and one type scale for every exported figure, charts and comparison figures alike: the
 * figure is always FIGURE.width wide whatever the screen it was exported from, its title, subtitle,
 * legend and footer always have these sizes, and the chart's own text is brought to chartText.
 * Sizes are SVG user units (CSS pixels); a PNG is drawn at pngDensity times them.
 */
export const FIGURE = {
  width: 960,
  margin: 28,
  title: { size: 24, lineHeight: 30, weight: 700, gapAfter: 4 },
  subtitle: { size: 14, lineHeight: 20, weight: 400, gapAfter: 12 },
  legend: { size: 13, rowHeight: 22, swatch: 12, gapAfter: 10 },
  /** The usual size of text inside the chart (tick labels, bar labels), once the chart is scaled into the figure. */
  chartText: 12,
  /** A chart drawn on a phone is enlarged at most this much to fill the figure's width. */
  maxChartScale: 1.6,
  chartGapAfter: 16,
  footer: { size: 12, lineHeight: 17, weight: 400, gapBefore: 6 },
  pngDensity: 2,
} as const

/** The width left for the chart and the text blocks. */
export const FIGURE_INNER_WIDTH = FIGURE.width - 2 * FIGURE.margin
