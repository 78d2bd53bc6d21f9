/**
 * The words around an embedded view: what each view is called on its "Embed" button and in the
 * dialog, the frame's title (what a screen reader says for the frame), and the notes a host needs.
 */
import type { EmbedView } from '../embed/embed'
import { formatIsoDay } from './dates'

/** What an "Embed …" button and the dialog call a view: "sector chart", "AI Alliance card". */
export function embedViewName(view: EmbedView, coalitionName?: string): string {
  switch (view) {
    case 'sectors':
      return 'sector chart'
    case 'countries':
      return 'country chart'
    case 'timeline':
      return 'timeline'
    case 'compare':
      return 'comparison'
    case 'overlap':
      return 'overlap matrix'
    case 'members':
      return 'members table'
    case 'card':
      return coalitionName ? `${coalitionName} card` : 'coalition card'
  }
}

export interface EmbedSubject {
  /** The chosen day; null for "today", which moves with the day the page is read. */
  readonly asOf: string | null
  /** The coalition a card is about. */
  readonly coalitionName?: string
  /** The two coalitions a comparison is about. */
  readonly pair?: readonly [string, string]
}

/** What the view shows, as a heading: "Members by sector", "AI Alliance and Frontier Model Forum compared". */
export function embedHeading(view: EmbedView, subject: Pick<EmbedSubject, 'coalitionName' | 'pair'> = {}): string {
  switch (view) {
    case 'sectors':
      return 'Members by sector'
    case 'countries':
      return 'Members by country'
    case 'timeline':
      return 'Membership over time'
    case 'compare':
      return subject.pair ? `${subject.pair[0]} and ${subject.pair[1]} compared` : 'Two coalitions compared'
    case 'overlap':
      return 'Overlap across coalitions'
    case 'members':
      return 'Member organizations'
    case 'card':
      return subject.coalitionName ?? 'Coalition'
  }
}

/** The frame's `title`: "Members by sector, as of 30 June 2024 (Coalition Atlas)". */
export function embedFrameTitle(view: EmbedView, subject: EmbedSubject): string {
  const day = subject.asOf ? `, as of ${formatIsoDay(subject.asOf)}` : ''
  return `${embedHeading(view, subject)}${day} (Coalition Atlas)`
}

/** The embedded page's own title, for its tab when opened alone. */
export function embedDocumentTitle(view: EmbedView, subject: Pick<EmbedSubject, 'coalitionName' | 'pair'>): string {
  return `${embedHeading(view, subject)} · Coalition Atlas`
}

/** Which day the embedded view counts: the chosen one stays; "today" moves with the reader's day. */
export function embedDayNote(asOf: string | null): string {
  return asOf
    ? `It counts members as of ${formatIsoDay(asOf)}, the day chosen under “As of”.`
    : 'It counts members as of the day it is read, as the page does when no day is chosen: choose a day under “As of” to fix it.'
}

/** Why a snippet will not show the dataset on screen, or null when it will. */
export function embedDatasetNote(origin: { readonly kind: string; readonly label: string } | null): string | null {
  if (origin === null || origin.kind === 'bundled' || origin.kind === 'url') return null
  const what = origin.kind === 'import' ? 'was imported from a spreadsheet' : 'was loaded from a file'
  return `The dataset on screen ${what}, which another site cannot load: the embedded view will show the bundled dataset. To embed it, publish the dataset at a link and load it under “Use your own data” with “Load link”.`
}

/** Said when an embedded card names no coalition of the dataset. */
export function embedNoCoalitionText(id: string): string {
  return `This dataset has no coalition with the id “${id}”.`
}
