/**
 * Checking a large document (over IN_PAGE_MAX_BYTES) in the worker, and building the dataset from
 * what it sends back in short steps. A chunk of its own, fetched only when a large document comes
 * (or is about to: the loader asks for it as the download starts, so the worker starts meanwhile):
 * the bundled dataset and other small documents are checked in the page and never need it.
 */
import { contentHash } from '../domain/cite/content-hash'
import { LIST_NAMES, type ListName } from '../domain/dataset/lists'
import { organizationNameRanks } from '../domain/dataset/name-order'
import { normalizeDocumentInSteps } from '../domain/dataset/normalize'
import type { LoadOutcome } from '../domain/dataset/read-document'
import type { RawDataset } from '../domain/dataset/schema'
import { nextTask as pause, runInSlices } from '../domain/dataset/steps'
import { datasetCountries, datasetKeys, datasetRoles, memberRowsOn, memberRowsSteps } from '../domain/members/rows'
import { coalitionSummariesOn, datasetDateRange, summarizeCoalitionsSteps } from '../domain/membership/membership'
import { useAtlasStore, type LoadProgress } from './atlas-store'
import type { ParseOutcome } from './dataset-loader'
import { LoadStopped } from './load-stopped'
import { selectAsOfDay } from './selectors'
import { sizeOf, type DocumentBytes, type WorkerRequest, type WorkerResponse } from './worker-protocol'

interface WorkerJob {
  readonly onMessage: (message: WorkerResponse) => void
  readonly onFailure: (reason: string) => void
}

let worker: Worker | null = null
let nextRequestId = 1
const jobs = new Map<number, WorkerJob>()

function failAllJobs(reason: string): void {
  for (const job of jobs.values()) job.onFailure(reason)
  jobs.clear()
  worker?.terminate()
  worker = null
}

/** The worker, started on first use; null where there is none (unit tests) or it cannot start. */
export function datasetWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    try {
      worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'dataset-checker' })
    } catch (error) {
      throw new LoadStopped(
        `The dataset checker could not start in this browser (${error instanceof Error ? error.message : String(error)}).`,
      )
    }
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => jobs.get(event.data.id)?.onMessage(event.data)
    // A worker that fails to load its script, or dies, must end every load waiting on it.
    worker.onerror = (event) => {
      event.preventDefault()
      failAllJobs(
        `The dataset checker stopped working${event.message ? ` (${event.message})` : ''}. Try again, or try a smaller file.`,
      )
    }
    worker.onmessageerror = () => failAllJobs('The dataset checker sent back something the page could not read.')
  }
  return worker
}

/** Checks in the worker; on acceptance, takes the document back in slices and builds it in steps. */
export function checkInWorker(
  target: Worker,
  bytes: DocumentBytes,
  maxBytes: number,
  signal: AbortSignal,
  report: (progress: LoadProgress) => void,
): Promise<ParseOutcome> {
  const id = nextRequestId++
  const total = sizeOf(bytes)
  return new Promise<ParseOutcome>((resolve, reject) => {
    const raw: Record<string, unknown> = {}
    const lists: Record<ListName, unknown[]> = Object.fromEntries(
      LIST_NAMES.map((list) => [list, []]),
    ) as unknown as Record<ListName, unknown[]>
    let warnings: LoadOutcome['warnings'] = []
    // The worker hashes the document while the page builds the dataset (and after: see ParseOutcome).
    let receiveHash: (hash: string) => void = () => {}
    let failHash: (reason: string) => void = () => {}
    const workerHash = new Promise<string>((resolveHash, rejectHash) => {
      receiveHash = resolveHash
      failHash = (reason) => rejectHash(new Error(reason))
    })
    // Nothing may wait on it yet (a load refused or stopped before the lists came back).
    workerHash.catch(() => {})
    const finish = () => {
      jobs.delete(id)
      signal.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      // The worker may be deep in a large document: stop it rather than let it run on for nothing.
      worker?.terminate()
      worker = null
      failAllJobs('Another load stopped the dataset checker.')
      failHash('the load was stopped')
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    jobs.set(id, {
      onFailure: (reason) => {
        finish()
        failHash(reason)
        reject(new LoadStopped(reason))
      },
      onMessage: (message) => {
        switch (message.type) {
          case 'progress':
            report({ phase: 'checking', loaded: total, total, checked: message.done })
            return
          case 'verdict':
            performance.measure('atlas:worker-parse-validate', {
              start: performance.now() - message.workMs,
              duration: message.workMs,
            })
            if (!message.verdict.ok) {
              finish()
              resolve(message.verdict)
            } else {
              warnings = message.verdict.warnings
              report({ phase: 'building', loaded: total, total, checked: 1 })
            }
            return
          case 'header':
            Object.assign(raw, message.header)
            return
          case 'slice':
            for (const item of message.items) lists[message.list].push(item)
            return
          case 'done': {
            const document = { ...raw, ...lists } as unknown as RawDataset
            // Should the worker not hash it (stopped by a newer load, out of memory), the page hashes the
            // same document; not for a load that was itself stopped, whose dataset will never be shown.
            const hash = workerHash.catch((error: unknown) => {
              if (signal.aborted) throw error
              return contentHash(document)
            })
            const started = performance.now()
            normalizeDocumentInSteps(document, pause).then(
              async (dataset) => {
                performance.measure('atlas:build-dataset', { start: started, end: performance.now() })
                // What the first render needs (names in order, the table's sort keys, the filters'
                // options, the bounds of "as of", the cards' counts on the day shown), each in a task
                // of its own, then the rows in slices, then that render, rather than all in one task.
                const day = selectAsOfDay(useAtlasStore.getState())
                for (const warm of [
                  organizationNameRanks,
                  datasetKeys,
                  datasetRoles,
                  datasetCountries,
                  datasetDateRange,
                ]) {
                  await pause()
                  warm(dataset)
                }
                // The cards' counts were one task of 110–170 ms at 260,000 memberships: in slices.
                await pause()
                coalitionSummariesOn.remember(
                  dataset,
                  [day],
                  await runInSlices(summarizeCoalitionsSteps(dataset, day), pause),
                )
                // The rows alone were a 150 ms task at 260,000 memberships: in slices.
                await pause()
                memberRowsOn.remember(dataset, [day], await runInSlices(memberRowsSteps(dataset, day), pause))
                await pause()
                if (signal.aborted) reject(signal.reason)
                else resolve({ ok: true, dataset, warnings, hash })
              },
              (error: unknown) =>
                reject(
                  new LoadStopped(
                    `The dataset could not be built: ${error instanceof Error ? error.message : String(error)}.`,
                  ),
                ),
            )
            return
          }
          case 'hash':
            finish()
            receiveHash(message.hash)
            return
          case 'hash-failed':
            finish()
            failHash(message.reason)
            return
        }
      },
    })
    const request: WorkerRequest = { id, bytes, maxBytes }
    // Bytes are handed over (transferred); a Blob is passed by reference, never copied.
    target.postMessage(request, bytes instanceof Blob ? [] : [bytes])
  })
}
