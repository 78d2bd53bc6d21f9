/**
 * The dataset kept in this browser: the last document the user loaded (a file, a link, or one the
 * spreadsheet importer built), so a reload shows it again instead of the bundled one. Kept with
 * IndexedDB through idb-keyval (a 600-byte wrapper, imported with the page: one read at start is
 * all it does unless something is stored). What is kept is the document itself and where it came
 * from, never the normalized dataset: on reload it goes through the same checks as a file, so a
 * document a newer version of the app refuses is dropped with the reason instead of half-shown.
 *
 * Every call fails soft: a browser without IndexedDB (some private modes) keeps nothing, and says
 * nothing, rather than stopping the page.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import { takePrefetchedKeptRecord } from './dataset-prefetch'

export interface KeptDataset {
  /**
   * The document: a large one as the Blob it was read into, which the page never turns into a string
   * (decoding 45 MB here, or encoding it back on reload, was a task of 150 ms or more each); a small
   * one, and any kept before, as text.
   */
  readonly document: string | Blob
  /** Where it came from: `file` (a name), `url` (the link) or another loader's kind, and its label. */
  readonly kind: string
  readonly label: string
  /** The day it was loaded, `YYYY-MM-DD`. */
  readonly savedOn: string
}

// public/boot.js reads the same record before the bundle has run (dataset-prefetch.test.ts checks the names agree).
export const DATABASE = 'coalition-atlas'
export const STORE = 'datasets'
export const KEY = 'kept-dataset'
const RECORD_VERSION = 1

let database: UseStore | null = null

function storage(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null
  database ??= createStore(DATABASE, STORE)
  return database
}

/** A record read back from storage, or null when it is not one this version wrote. */
export function parseKeptRecord(value: unknown): KeptDataset | null {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  if (record.version !== RECORD_VERSION) return null
  const { text, kind, label, savedOn } = record
  if (
    !(typeof text === 'string' || text instanceof Blob) ||
    typeof kind !== 'string' ||
    typeof label !== 'string' ||
    typeof savedOn !== 'string'
  )
    return null
  if (kind === 'bundled' || !/^\d{4}-\d{2}-\d{2}$/.test(savedOn)) return null
  return { document: text, kind, label, savedOn }
}

/** The dataset kept in this browser, or null when there is none (or storage cannot be read). */
export async function readKeptDataset(): Promise<KeptDataset | null> {
  // The first read at start is usually done by then: boot.js began it while the bundle downloaded.
  const early = await takePrefetchedKeptRecord()
  if (early) return parseKeptRecord(early.value)
  const target = storage()
  if (!target) return null
  try {
    return parseKeptRecord(await get(KEY, target))
  } catch {
    return null
  }
}

/** Keeps `dataset` in place of any other; false when the browser would not store it. */
export async function keepDataset(dataset: KeptDataset): Promise<boolean> {
  const target = storage()
  if (!target) return false
  try {
    const { document, ...rest } = dataset
    // Stored as `text` either way, as records were before a Blob could be kept.
    await set(KEY, { version: RECORD_VERSION, text: document, ...rest }, target)
    return true
  } catch {
    return false
  }
}

/** Forgets the kept dataset, if any: the next reload shows the bundled one. */
export async function forgetKeptDataset(): Promise<void> {
  const target = storage()
  if (!target) return
  try {
    await del(KEY, target)
  } catch {
    // Nothing kept, or nothing that can be reached: either way nothing will be shown from it.
  }
}
