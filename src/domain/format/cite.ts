/**
 * "Cite this view" in words: what a cited view shows (the citation's view part), and the notice a
 * cited link gives when the dataset on screen is not the one it was cited from.
 */
import { formatIsoDay } from './dates'

/** The view a citation is for. Names are the dataset's (coalition names), days `YYYY-MM-DD`. */
export type CitedView =
  | { readonly kind: 'page' }
  | { readonly kind: 'members' }
  | { readonly kind: 'chart'; readonly title: string }
  | { readonly kind: 'compare'; readonly a: string; readonly b: string }
  | { readonly kind: 'changes'; readonly from: string; readonly to: string }
  | { readonly kind: 'interlocks'; readonly coalition: string }

/**
 * "Members by sector, as of 1 May 2024. Sector: Model developer. Search: “meta”": what the view
 * shows and the filters in force (`filters`: their sentences, or null when none narrows it). No
 * final full stop: the citation adds it.
 */
export function citedViewText(view: CitedView, asOf: string, filters: string | null): string {
  const day = formatIsoDay(asOf)
  const head = ((): string => {
    switch (view.kind) {
      case 'page':
        return `All views as of ${day}`
      case 'members':
        return `Member organizations, as of ${day}`
      case 'chart':
        return `${view.title}, as of ${day}`
      case 'compare':
        return `Comparison of ${view.a} and ${view.b}, as of ${day}`
      case 'changes':
        return `Changes between ${formatIsoDay(view.from)} and ${formatIsoDay(view.to)}`
      case 'interlocks':
        return `Other coalitions of the members of ${view.coalition}, as of ${day}`
    }
  })()
  const narrowed = filters?.trim().replace(/\.$/, '')
  return narrowed ? `${head}. ${narrowed}` : head
}

/** The notice over a cited link (`v=`) opened on a dataset with another content hash. */
export function citedHashNotice(cited: string, shown: string): { title: string; text: string } {
  return {
    title: 'The numbers may have changed since this view was cited',
    text: `The link was cited from the dataset with content hash ${cited}; the dataset on screen has content hash ${shown}. Counts, dates and members may differ from those cited.`,
  }
}
