/// <reference lib="webworker" />
// Reads spreadsheets and checks their rows off the main thread, so a 100,000-row file never
// freezes the page. It keeps the table and the last document it built; the page sees summaries.
import { analyzeTable, initialMapping } from '../../domain/import/analyze'
import type { DatasetDocument } from '../../domain/export/dataset-document'
import { readTextTable, type Table, type TableProblem } from '../../domain/import/table'
import type { ImportRequest, ImportResponse, TableSummary } from './import-protocol'

let bytes: Uint8Array | null = null
let name = ''
let table: Table | null = null
let tableProblems: readonly TableProblem[] = []
let existing: DatasetDocument | null = null
let lastDocument: DatasetDocument | null = null
let lastReport: Extract<ImportResponse, { type: 'document' }>['report'] = null

function post(message: ImportResponse): void {
  self.postMessage(message)
}

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma-separated',
  '\t': 'tab-separated',
  ';': 'semicolon-separated',
  '|': 'bar-separated',
}

function summarize(
  read: Table,
  sheets: readonly string[] | null,
  sheet: number,
  delimiter: string | null,
  encoding: string | null,
): TableSummary {
  const samples = read.headers.map(() => [] as string[])
  for (const row of read.rows) {
    let full = true
    read.headers.forEach((_, column) => {
      const list = samples[column] as string[]
      const value = (row.cells[column] ?? '').trim()
      if (list.length < 3 && value && !list.includes(value))
        list.push(value.length > 80 ? `${value.slice(0, 79)}…` : value)
      if (list.length < 3) full = false
    })
    if (full) break
  }
  return {
    name,
    headers: read.headers,
    samples,
    rowCount: read.rows.length,
    mapping: initialMapping(read),
    sheets,
    sheet,
    delimiter: delimiter === null ? null : (DELIMITER_NAMES[delimiter] ?? 'delimited'),
    encoding,
  }
}

async function open(id: number, sheet: number | null): Promise<void> {
  if (!bytes) return
  const isWorkbook =
    /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
  lastDocument = null
  if (isWorkbook) {
    post({ type: 'progress', id, phase: 'reading', done: null })
    // The workbook reader is large: its own chunk, fetched only for a workbook.
    const { readWorkbook } = await import('../../domain/import/xlsx')
    const outcome = await readWorkbook(bytes, sheet)
    if (!outcome.ok) {
      post({ type: 'failed', id, reason: outcome.reason })
      return
    }
    table = outcome.table
    tableProblems = []
    post({ type: 'opened', id, table: summarize(outcome.table, outcome.sheets, outcome.sheet, null, null) })
    return
  }
  let last = 0
  const outcome = readTextTable(bytes, name, undefined, (done) => {
    if (done - last >= 0.05 || done === 1) {
      last = done
      post({ type: 'progress', id, phase: 'reading', done })
    }
  })
  if (!outcome.ok) {
    post({ type: 'failed', id, reason: outcome.reason })
    return
  }
  table = outcome.table
  tableProblems = outcome.problems
  post({
    type: 'opened',
    id,
    table: summarize(
      outcome.table,
      null,
      0,
      outcome.delimiter,
      outcome.encoding === 'utf-8' ? 'UTF-8' : outcome.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-16',
    ),
  })
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data
  try {
    switch (request.type) {
      case 'open':
        name = request.source.name
        bytes =
          request.source.kind === 'file'
            ? new Uint8Array(request.source.bytes)
            : new TextEncoder().encode(request.source.text)
        void open(request.id, request.sheet).catch((error: unknown) =>
          post({
            type: 'failed',
            id: request.id,
            reason: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
          }),
        )
        return
      case 'sheet':
        void open(request.id, request.sheet).catch((error: unknown) =>
          post({
            type: 'failed',
            id: request.id,
            reason: `The sheet could not be read (${error instanceof Error ? error.message : String(error)}).`,
          }),
        )
        return
      case 'existing':
        existing = request.document
        return
      case 'analyze': {
        if (!table) return
        post({ type: 'progress', id: request.id, phase: 'checking', done: null })
        const { choices } = request
        const { analysis, document } = analyzeTable(table, tableProblems, {
          mapping: choices.mapping,
          dateOrder: choices.dateOrder,
          mode: choices.mode,
          existing: choices.mode === 'add' ? existing : null,
          title: choices.title,
          today: choices.today,
          merges: new Map(choices.merges),
        })
        lastDocument = document
        lastReport = analysis.report
        post({ type: 'analysis', id: request.id, analysis })
        return
      }
      case 'document':
        if (!lastDocument) {
          post({ type: 'failed', id: request.id, reason: 'There is nothing to import yet.' })
          return
        }
        post({ type: 'document', id: request.id, text: JSON.stringify(lastDocument), report: lastReport })
        return
    }
  } catch (error) {
    post({
      type: 'failed',
      id: 'id' in request ? request.id : 0,
      reason: `The spreadsheet could not be checked (${error instanceof Error ? error.message : String(error)}).`,
    })
  }
}
