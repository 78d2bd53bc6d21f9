/**
 * One size and one type scale for every exported figure, charts and comparison figures alike: the
 * figure is always FIGURE.width wide whatever the screen it was exported from, its title, subtitle,
 * legend and footer always have these sizes, and the chart's own text is brought to chartText.
 * Sizes are SVG user units (CSS pixels); a PNG is drawn at pngDensity times them.
 */
export const FIGURE = {
  width: 1200,
  margin: 32,
  title: { size: 26, lineHeight: 34, weight: 700, gapAfter: 4 },
  subtitle: { size: 15, lineHeight: 22, weight: 400, gapAfter: 14 },
  legend: { size: 14, rowHeight: 24, swatch: 13, gapAfter: 12 },
  /**
   * The usual size of text inside the chart (tick labels, bar labels), once the chart is scaled into
   * the figure. Text is only ever made smaller than the chart was laid out for, never larger (a label
   * grown past its room would overlap the next); a chart from a very wide screen keeps its own.
   */
  chartText: 13,
  /** A chart drawn on a phone is enlarged at most this much to fill the figure's width. */
  maxChartScale: 1.6,
  chartGapAfter: 16,
  footer: { size: 13, lineHeight: 19, weight: 400, gapBefore: 8 },
  pngDensity: 2,
} as const

/** The width left for the chart and the text blocks. */
export const FIGURE_INNER_WIDTH = FIGURE.width - 2 * FIGURE.margin
