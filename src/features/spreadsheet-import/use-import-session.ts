import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { todayIso } from '../../domain/dataset/dates'
import { datasetToDocument } from '../../domain/export/dataset-document'
import type { Analysis } from '../../domain/import/analyze'
import type { ImportMode } from '../../domain/import/build'
import type { Field, Mapping } from '../../domain/import/columns'
import type { DateOrder } from '../../domain/import/dates'
import { useAtlasStore } from '../../store/atlas-store'
import type { ImportRequest, ImportResponse, ImportSource, TableSummary } from './import-protocol'

export type Stage = 'paste' | 'reading' | 'failed' | 'ready' | 'importing'

export interface ImportSession {
  readonly stage: Stage
  /** Share of the file read (0–1), or null when not known. */
  readonly progress: number | null
  readonly reason: string | null
  readonly table: TableSummary | null
  readonly mapping: Mapping
  readonly dateOrder: DateOrder | null
  readonly mode: ImportMode
  readonly title: string
  readonly merges: ReadonlyMap<string, boolean>
  readonly analysis: Analysis | null
  /** True while the rows are checked against the latest choices: the analysis shown is older. */
  readonly checking: boolean
}

export interface SessionActions {
  open(source: ImportSource): void
  chooseSheet(sheet: number): void
  setField(column: number, field: Field | null): void
  setDateOrder(order: DateOrder): void
  setMode(mode: ImportMode): void
  setTitle(title: string): void
  setMerge(pairId: string, merge: boolean): void
  /** Resolves the document's JSON text, or null when there is none. */
  takeDocument(): Promise<string | null>
}

/** Choices wait this long for the next change before the rows are checked again. */
const RECHECK_DELAY_MS = 150

function titleFor(name: string): string {
  const base = name.replace(/\.(csv|tsv|txt|xlsx)$/i, '').trim()
  return (base || 'Imported spreadsheet').slice(0, 120)
}

/**
 * One import: a worker of its own that reads the sheet and checks the rows whenever a choice
 * changes. Unmounting (Cancel, Close, Escape) ends the worker, whatever it was doing.
 */
export function useImportSession(initialStage: Stage): [ImportSession, SessionActions] {
  const [session, setSession] = useState<ImportSession>({
    stage: initialStage,
    progress: null,
    reason: null,
    table: null,
    mapping: [],
    dateOrder: null,
    mode: 'new',
    title: '',
    merges: new Map(),
    analysis: null,
    checking: false,
  })
  const workerRef = useRef<Worker | null>(null)
  const nextId = useRef(1)
  const latestAnalysis = useRef(0)
  const documentWaiters = useRef(new Map<number, (text: string | null) => void>())
  const existingSent = useRef(false)

  const worker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current
    const created = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'spreadsheet-importer',
    })
    created.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data
      switch (message.type) {
        case 'progress':
          if (message.phase === 'reading') setSession((state) => ({ ...state, progress: message.done }))
          return
        case 'opened':
          setSession((state) => ({
            ...state,
            stage: 'ready',
            table: message.table,
            mapping: message.table.mapping,
            analysis: null,
            checking: true,
            title: state.title || titleFor(message.table.name),
            reason: null,
          }))
          return
        case 'failed': {
          const waiter = documentWaiters.current.get(message.id)
          if (waiter) {
            documentWaiters.current.delete(message.id)
            waiter(null)
          }
          setSession((state) => ({ ...state, stage: 'failed', reason: message.reason, checking: false }))
          return
        }
        case 'analysis':
          if (message.id !== latestAnalysis.current) return
          setSession((state) => ({
            ...state,
            analysis: message.analysis,
            checking: false,
            dateOrder: state.dateOrder ?? message.analysis.dateOrder,
          }))
          return
        case 'document': {
          const waiter = documentWaiters.current.get(message.id)
          documentWaiters.current.delete(message.id)
          waiter?.(message.text)
          return
        }
      }
    }
    created.onerror = (event) => {
      event.preventDefault()
      setSession((state) => ({
        ...state,
        stage: 'failed',
        checking: false,
        reason: `The importer stopped working${event.message ? ` (${event.message})` : ''}. Try again, or try a smaller file.`,
      }))
    }
    workerRef.current = created
    return created
  }, [])

  useEffect(
    () => () => {
      workerRef.current?.terminate()
      workerRef.current = null
      for (const waiter of documentWaiters.current.values()) waiter(null)
      documentWaiters.current.clear()
    },
    [],
  )

  const post = useCallback(
    (request: ImportRequest, transfer: Transferable[] = []) => worker().postMessage(request, transfer),
    [worker],
  )

  // Check the rows again whenever a choice changes (after a short pause, so a run of changes is checked once).
  const { stage, table, mapping, dateOrder, mode, title, merges } = session
  useEffect(() => {
    if (stage !== 'ready' || !table) return undefined
    const timer = setTimeout(() => {
      if (mode === 'add' && !existingSent.current) {
        const dataset = useAtlasStore.getState().dataset
        if (dataset) {
          existingSent.current = true
          post({ type: 'existing', document: datasetToDocument(dataset) })
        }
      }
      const id = nextId.current++
      latestAnalysis.current = id
      post({
        type: 'analyze',
        id,
        choices: { mapping, dateOrder, mode, title, today: todayIso(), merges: [...merges] },
      })
    }, RECHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [stage, table, mapping, dateOrder, mode, title, merges, post])

  const actions = useMemo<SessionActions>(
    () => ({
      open: (source) => {
        setSession((state) => ({
          ...state,
          stage: 'reading',
          progress: source.kind === 'file' ? 0 : null,
          reason: null,
          table: null,
          analysis: null,
        }))
        const id = nextId.current++
        post({ type: 'open', id, source, sheet: null }, source.kind === 'file' ? [source.bytes] : [])
      },
      chooseSheet: (sheet) => {
        setSession((state) => ({ ...state, stage: 'reading', progress: null, analysis: null, merges: new Map() }))
        post({ type: 'sheet', id: nextId.current++, sheet })
      },
      setField: (column, field) =>
        setSession((state) => {
          const next = [...state.mapping]
          next[column] = field
          return { ...state, mapping: next, checking: true }
        }),
      setDateOrder: (order) => setSession((state) => ({ ...state, dateOrder: order, checking: true })),
      setMode: (next) => setSession((state) => ({ ...state, mode: next, checking: true })),
      setTitle: (next) => setSession((state) => ({ ...state, title: next, checking: true })),
      setMerge: (pairId, merge) =>
        setSession((state) => {
          const next = new Map(state.merges)
          next.set(pairId, merge)
          return { ...state, merges: next, checking: true }
        }),
      takeDocument: () =>
        new Promise((resolve) => {
          const id = nextId.current++
          documentWaiters.current.set(id, resolve)
          setSession((state) => ({ ...state, stage: 'importing' }))
          post({ type: 'document', id })
        }),
    }),
    [post],
  )
  return [session, actions]
}
