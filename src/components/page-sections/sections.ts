/**
 * The page's sections, in page order. The "Sections" navigation lists them and each section's
 * "Copy link" button names them from here: a new section is one more entry, and an element with
 * that id rendering a `SectionHead` for it.
 */
import type { GoToSectionOptions } from './go-to-section'

export const PAGE_SECTIONS = [
  { id: 'coalitions', label: 'Coalitions' },
  { id: 'members', label: 'Members' },
  { id: 'charts', label: 'Charts' },
  { id: 'compare', label: 'Compare' },
  { id: 'changes', label: 'Changes' },
  { id: 'interlocks', label: 'Who else members belong to' },
  { id: 'sources', label: 'Sources' },
] as const

export type SectionId = (typeof PAGE_SECTIONS)[number]['id']

/** Marks the placeholder of a section still loading (section-loading.tsx): what follows it will still move down (go-to-section.ts). */
export const PENDING_SECTION = 'data-pending-section'

export function isSectionId(text: string): text is SectionId {
  return PAGE_SECTIONS.some((section) => section.id === text)
}

export function sectionLabel(id: SectionId): string {
  return PAGE_SECTIONS.find((section) => section.id === id)?.label ?? id
}

/** The id of a section's heading: what its region is labelled by and what gets focus when it is reached. */
export function sectionTitleId(id: SectionId): string {
  return `${id}-title`
}

/** The section an address's anchor names (`#compare`), or null for none or another anchor. */
export function sectionFromHash(hash: string): SectionId | null {
  let id = hash.startsWith('#') ? hash.slice(1) : hash
  try {
    id = decodeURIComponent(id)
  } catch {
    return null
  }
  return isSectionId(id) ? id : null
}

/** The address of the view on screen (every filter and the date are in its query) opening at a section. */
export function sectionUrl(href: string, id: SectionId): string {
  const url = new URL(href)
  url.hash = id
  return url.href
}

/**
 * Takes the reader to a section (see go-to-section.ts). Its code is fetched on first use rather
 * than with the page: the first visit does not carry it, and the section it waits for is one that
 * renders after the first paint anyway.
 */
export function goToSection(id: SectionId, options?: GoToSectionOptions): Promise<boolean> {
  return import('./go-to-section').then((module) => module.scrollToSection(id, options))
}
