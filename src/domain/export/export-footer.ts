import { formatPartialDate } from '../format/dates'
import type { Dataset } from '../dataset/types'

/** What every exported figure carries at its foot, as Our World in Data's Grapher does. */
export interface ExportFooter {
  readonly datasetTitle: string
  /** e.g. "22 November 2026" */
  readonly updated: string
  readonly license?: string
  /** One line naming the sources, e.g. "Sources: AI Alliance, TechTarget, Neowin and 49 more". */
  readonly sources: string
  /** The page's link, which restores the view. */
  readonly link: string
}

export function exportFooter(dataset: Dataset, link: string, sourceIds?: readonly string[]): ExportFooter {
  const ids = sourceIds ?? dataset.sources.map((source) => source.id)
  const publishers = [
    ...new Set(
      ids
        .map((id) => dataset.sourceById.get(id))
        .map((source) => source?.publisher ?? source?.title)
        .filter((name): name is string => Boolean(name)),
    ),
  ]
  const shown = publishers.slice(0, 4)
  const more = publishers.length - shown.length
  return {
    datasetTitle: dataset.title,
    updated: formatPartialDate(dataset.updated),
    license: dataset.license,
    sources:
      publishers.length === 0
        ? 'Sources: none cited'
        : `Sources: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    link,
  }
}

/**
 * The credit line: the dataset's title, when it was updated and its licence. A dataset without one
 * says so, as the citation does: a reader reusing a figure must not take silence for permission.
 * Exported figures and embedded views carry the same words.
 */
export function creditLine(footer: Pick<ExportFooter, 'datasetTitle' | 'updated' | 'license'>): string {
  return `${footer.datasetTitle} · Updated ${footer.updated} · ${footer.license ? `Licence: ${footer.license}` : 'Licence not stated'}`
}

/** The lines at the foot of every exported figure: the credit line, the sources, and the link that restores the view. */
export function footerLines(footer: ExportFooter): string[] {
  return [creditLine(footer), footer.sources, footer.link]
}
