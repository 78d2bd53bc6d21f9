/**
 * "Cite this view": the citation in plain text and in BibTeX, as Our World in Data gives a short
 * in-line citation and a full one. It names the dataset, its publisher, when it was updated, its
 * content hash (so a reader can tell whether the numbers changed since), the view's URL, the day it
 * was accessed, and the licence.
 */
import type { PartialDate } from '../dataset/dates'
import { formatIsoDay, formatPartialDate } from '../format/dates'

export interface CitationFacts {
  readonly title: string
  /** Who published the view. */
  readonly publisher: string
  readonly updated: PartialDate
  readonly hash: string
  readonly url: string
  /** `YYYY-MM-DD` of the day the view was read. */
  readonly accessed: string
  readonly license?: string
  /** What the view shows, e.g. "Members by sector, as of 30 November 2026". */
  readonly view?: string
}

/** "Coalition Atlas. “AI industry coalitions” (updated 30 November 2026; content hash 3f9a0c1b2d4e). …" */
export function citationText(facts: CitationFacts): string {
  const view = facts.view ? ` ${facts.view}.` : ''
  const license = facts.license ? ` Licence: ${facts.license}.` : ''
  return (
    `${facts.publisher}. “${facts.title}” (updated ${formatPartialDate(facts.updated)}; content hash ${facts.hash}).${view} ` +
    `${facts.url} (accessed ${formatIsoDay(facts.accessed)}).${license}`
  )
}

/** BibTeX needs its special characters escaped, and braces kept balanced. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (character) => (character === '\\' ? '\\textbackslash{}' : `\\${character}`)).replace(/([&%$#_])/g, '\\$1')
}

/** The key a reference manager files it under: "coalitionatlas2026_3f9a0c". */
export function citationKey(facts: CitationFacts): string {
  return `coalitionatlas${facts.updated.text.slice(0, 4)}_${facts.hash.slice(0, 6)}`
}

export function citationBibtex(facts: CitationFacts): string {
  const fields: [string, string][] = [
    ['title', facts.view ? `${facts.title}: ${facts.view}` : facts.title],
    // Double braces: a corporate author, not a first and last name.
    ['author', `{${bibtexText(facts.publisher)}}`],
    ['organization', facts.publisher],
    ['year', facts.updated.text.slice(0, 4)],
    ['version', facts.hash],
    ['note', `Dataset updated ${formatPartialDate(facts.updated)}; content hash ${facts.hash}${facts.license ? `; licence ${facts.license}` : ''}`],
    ['url', facts.url],
    ['urldate', facts.accessed],
  ]
  const body = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value.replace(/[{}]/g, '') : name === 'author' ? value : bibtexText(value)}}`).join(',\n')
  return `@misc{${citationKey(facts)},\n${body}\n}`
}
