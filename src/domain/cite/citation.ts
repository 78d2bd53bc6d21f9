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
  /** The dataset's licence; without one the citation says none is stated. */
  readonly license?: string
  /** What the view shows, e.g. "Members by sector, as of 30 November 2026". */
  readonly view?: string
}

/** What a citation says of a dataset that names no licence: a reader must not assume one. */
export const NO_LICENSE = 'not stated in the dataset'

/** "Coalition Atlas. “AI industry coalitions” (updated 30 November 2026; content hash 3f9a0c1b2d4e). …" */
export function citationText(facts: CitationFacts): string {
  const view = facts.view ? ` ${facts.view}.` : ''
  return (
    `${facts.publisher}. “${facts.title}” (updated ${formatPartialDate(facts.updated)}; content hash ${facts.hash}).${view} ` +
    `${facts.url} (accessed ${formatIsoDay(facts.accessed)}). Licence: ${facts.license ?? NO_LICENSE}.`
  )
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not \{ and \}: BibTeX counts braces without regard to backslashes, so one lone brace in a
  // title would leave the entry unbalanced and unreadable.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
}

/** Text as BibTeX and LaTeX read it literally: every special character escaped, braces balanced, one line. */
export function bibtexText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}~^&%$#_]/g, (character) => BIBTEX_SPECIALS[character] ?? character)
}

/** A URL field is read verbatim; only braces (and spaces) could break it, and they are percent-encoded, which means the same address. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, encodeURIComponent)
}

/** The key a reference manager files it under: "coalitionatlas2026_3f9a0c". */
export function citationKey(facts: CitationFacts): string {
  return `coalitionatlas${facts.updated.text.slice(0, 4)}_${facts.hash.slice(0, 6)}`
}

export function citationBibtex(facts: CitationFacts): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals ("AI"), which styles would otherwise lower-case.
    ['title', `{${bibtexText(facts.view ? `${facts.title}: ${facts.view}` : facts.title)}}`],
    // Double braces: a corporate author, not a first and last name.
    ['author', `{${bibtexText(facts.publisher)}}`],
    ['organization', bibtexText(facts.publisher)],
    ['year', facts.updated.text.slice(0, 4)],
    ['version', facts.hash],
    [
      'note',
      bibtexText(
        `Dataset updated ${formatPartialDate(facts.updated)}; content hash ${facts.hash}; licence ${facts.license ?? NO_LICENSE}`,
      ),
    ],
    ['url', bibtexUrl(facts.url)],
    ['urldate', facts.accessed],
  ]
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')
  return `@misc{${citationKey(facts)},\n${body}\n}`
}

/** A citation in both forms, with the facts it was made from (for a dialog to show them one by one). */
export interface Citation {
  readonly facts: CitationFacts
  readonly text: string
  readonly bibtex: string
}

export function citation(facts: CitationFacts): Citation {
  return { facts, text: citationText(facts), bibtex: citationBibtex(facts) }
}
