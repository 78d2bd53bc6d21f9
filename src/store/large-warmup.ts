import { changesBetweenSteps, changesOf } from '../domain/changes/changes'
import { resolveSpan, spanBounds } from '../domain/changes/span'
import { isoToDay } from '../domain/dataset/dates'
import { nextTask, runInSlices } from '../domain/dataset/steps'
import { coalitionGroups } from '../domain/membership/each-membership'
import { buildHaystacks } from '../domain/members/org-search'
import type { Dataset } from '../domain/dataset/types'
import { useAtlasStore } from './atlas-store'
import { selectChangeFrom, selectChangeTo, TODAY } from './selectors'

/**
 * Work a large dataset's sections will need, done ahead in short tasks while the sections come in
 * one after another, and kept for them (per dataset: nothing is kept for a dataset no longer on
 * screen). In the order of the page.
 */
export async function warmLargeDataset(dataset: Dataset): Promise<void> {
  await nextTask()
  // Every coalition's memberships grouped, which the comparison's absentees walk for any pair: 40 ms
  // of a 250 ms task when the comparison first came in at 260,000 memberships.
  if (useAtlasStore.getState().dataset === dataset) coalitionGroups(dataset)
  await warmChanges(dataset)
  await nextTask()
  // The search's index (every name and alias normalized), which the first keystroke built in its own
  // render: at 26,000 organizations that is tens of milliseconds. (The close matcher is fetched once
  // the page is idle anyway: use-close-matcher.ts.)
  if (useAtlasStore.getState().dataset === dataset) buildHaystacks(dataset.organizations)
}

/**
 * The Changes section's figures for the span it will show, in slices: worked out as the section
 * mounted, they were one task of 100-175 ms at 260,000 memberships. Not for a span the section has
 * already worked out.
 */
async function warmChanges(dataset: Dataset): Promise<void> {
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
