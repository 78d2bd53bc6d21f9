import { changesBetweenSteps, changesOf } from '../domain/changes/changes'
import { resolveSpan, spanBounds } from '../domain/changes/span'
import { isoToDay } from '../domain/dataset/dates'
import { nextTask, runInSlices } from '../domain/dataset/steps'
import type { Dataset } from '../domain/dataset/types'
import { useAtlasStore } from './atlas-store'
import { selectChangeFrom, selectChangeTo, TODAY } from './selectors'

/**
 * The Changes section's figures for the span it will show, worked out in slices while the sections
 * above it come in (they come one after another on a large dataset), and kept for it: worked out as
 * the section mounted, they were one task of 100-175 ms at 260,000 memberships. Nothing is kept
 * for a dataset no longer on screen, or a span the section has already worked out.
 */
export async function warmChanges(dataset: Dataset): Promise<void> {
  await nextTask()
  const state = useAtlasStore.getState()
  if (state.dataset !== dataset) return
  const today = isoToDay(TODAY) as number
  const span = resolveSpan(spanBounds(dataset, today), today, selectChangeFrom(state), selectChangeTo(state))
  const args: [number, number] = [span.from, span.to]
  if (changesOf.has(dataset, args)) return
  const changes = await runInSlices(changesBetweenSteps(dataset, span.from, span.to), nextTask)
  if (useAtlasStore.getState().dataset === dataset && !changesOf.has(dataset, args))
    changesOf.remember(dataset, args, changes)
}
