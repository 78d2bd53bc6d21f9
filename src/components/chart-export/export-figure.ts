/**
 * Turns a chart's <svg> into a standalone figure document (SVG) or image (PNG). Loaded lazily on
 * the first export. Owned by the charts feature work (issue 4); this first version is the contract.
 */
import type { ExportFooter } from '../../domain/export-footer'

export interface FigureExportOptions {
  readonly title: string
  readonly subtitle: string
  readonly footer: ExportFooter
  readonly format: 'png' | 'svg'
}

export async function exportFigure(_svg: SVGSVGElement, options: FigureExportOptions): Promise<Blob> {
  throw new Error(`${options.format.toUpperCase()} export is not available yet`)
}
