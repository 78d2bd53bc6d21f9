/** Runs the importer over CSV text, as the worker does, for tests. */
import type { DatasetDocument } from '../export/dataset-document'
import { analyzeTable, initialMapping, type Analysis } from './analyze'
import type { ImportMode } from './build'
import type { Field, Mapping } from './columns'
import type { DateOrder } from './dates'
import { readTextTable } from './table'

export interface TestImport {
  readonly analysis: Analysis
  readonly document: DatasetDocument | null
}

export function importCsv(
  text: string,
  options: {
    mapping?: (guess: Mapping) => Mapping
    dateOrder?: DateOrder | null
    mode?: ImportMode
    existing?: DatasetDocument | null
    merges?: ReadonlyMap<string, boolean>
    name?: string
  } = {},
): TestImport | { readonly reason: string } {
  const read = readTextTable(new TextEncoder().encode(text), options.name ?? 'sheet.csv')
  if (!read.ok) return { reason: read.reason }
  const guess = initialMapping(read.table)
  return analyzeTable(read.table, read.problems, {
    mapping: options.mapping ? options.mapping(guess) : guess,
    dateOrder: options.dateOrder ?? null,
    mode: options.mode ?? 'new',
    existing: options.existing ?? null,
    title: 'Test',
    today: '2026-11-30',
    merges: options.merges ?? new Map(),
  })
}

/** The same, for a test that expects the sheet to be read. */
export function importOk(text: string, options: Parameters<typeof importCsv>[1] = {}): TestImport {
  const result = importCsv(text, options)
  if ('reason' in result) throw new Error(result.reason)
  return result
}

export function field(mapping: Mapping, column: number, value: Field | null): Mapping {
  const next = [...mapping]
  next[column] = value
  return next
}
