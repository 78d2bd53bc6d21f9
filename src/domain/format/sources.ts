/** How a source is described beside its title, in the page and in exports. */
import type { Source } from '../dataset/types'
import { formatPartialDate } from './dates'

const KIND_WORDS: Record<NonNullable<Source['kind']>, string> = {
  official: 'official',
  register: 'public register',
  press: 'news report',
  secondary: 'secondary source',
  repository: 'version-controlled file',
}

/** "AI Alliance, 5 December 2023, official, read 30 November 2026", or '' when nothing is known. */
export function sourceMeta(source: Source): string {
  return [
    source.publisher,
    source.date ? formatPartialDate(source.date) : null,
    source.kind ? KIND_WORDS[source.kind] : null,
    source.retrieved ? `read ${formatPartialDate(source.retrieved)}` : null,
  ]
    .filter(Boolean)
    .join(', ')
}
