/**
 * Who asks for the importer and the format help: the "Use your own data" panel, and the drop zone
 * for a dropped sheet. A tiny store outside React and outside the atlas store: what it holds (a
 * File, an open dialog) is not dataset or view state, and nothing else needs to read it.
 */
import { useSyncExternalStore } from 'react'

export type ImportStart = { readonly kind: 'file'; readonly file: File } | { readonly kind: 'paste' }

export interface OpenDialogs {
  /** The import in progress, numbered so a second request starts afresh. */
  readonly importer: {
    readonly id: number
    readonly start: ImportStart
    /** What the focus goes back to when the importer closes (see focusBack in use-modal-dialog.ts). */
    readonly opener: Element | null
  } | null
  readonly formatHelp: boolean
}

let state: OpenDialogs = { importer: null, formatHelp: false }
let nextId = 1
const listeners = new Set<() => void>()

function set(next: OpenDialogs): void {
  state = next
  for (const listener of listeners) listener()
}

/**
 * Opens the importer on a file (picked or dropped) or on the paste box. `opener` is taken when asked:
 * by the time the dialog has loaded, the panel it was asked from has closed and the focus left it.
 */
export function startImport(start: ImportStart, opener: Element | null = document.activeElement): void {
  set({ ...state, importer: { id: nextId++, start, opener } })
}

export function closeImport(): void {
  set({ ...state, importer: null })
}

export function openFormatHelp(): void {
  set({ ...state, formatHelp: true })
}

export function closeFormatHelp(): void {
  set({ ...state, formatHelp: false })
}

/** Files the importer reads, by name; every other file is a dataset for the JSON loader. */
export function isSpreadsheetFile(file: { name: string; type?: string }): boolean {
  return (
    /\.(csv|tsv|txt|xlsx|xls)$/i.test(file.name) ||
    file.type === 'text/csv' ||
    file.type === 'text/tab-separated-values'
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useOpenDialogs(): OpenDialogs {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  )
}
