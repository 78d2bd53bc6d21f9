/**
 * The words about a dataset kept in this browser (store/dataset-storage.ts): which one is shown and
 * since when, and why a kept one was dropped.
 */
import { formatIsoDay } from './dates'

/** "Showing mine.json, loaded from a file on 30 November 2026 and kept in this browser." (the name is isolated where it is drawn) */
export function keptDatasetParts(kind: string, savedOn: string): { readonly before: string; readonly after: string } {
  const from = kind === 'file' ? ' from a file' : kind === 'url' ? ' from a link' : ''
  return { before: 'Showing ', after: `, loaded${from} on ${formatIsoDay(savedOn)} and kept in this browser.` }
}

/** The kept dataset's name where a refusal names it. */
export function keptLabel(label: string): string {
  return `${label} (kept in this browser)`
}

/** Why a kept dataset is gone: the checks it now fails, and what is shown instead. */
export function keptDroppedReason(reason: string | null): string {
  return `It no longer passes the checks, so it was removed from this browser and the bundled dataset is shown instead.${reason ? ` ${reason}` : ''}`
}
