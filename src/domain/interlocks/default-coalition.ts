/** Which coalition "Who else members belong to" is about when none is chosen (interlocks.ts). */
import type { Dataset } from '../dataset/types'

/** The coalition shown when none is chosen: the AI Alliance when the dataset has it. */
const PREFERRED_COALITION = 'ai-alliance'

/** The chosen coalition when the dataset has it, else the AI Alliance, else the first; null without coalitions. */
export function interlocksCoalitionId(dataset: Dataset, chosen: string | null): string | null {
  if (chosen !== null && dataset.coalitionById.has(chosen)) return chosen
  if (dataset.coalitionById.has(PREFERRED_COALITION)) return PREFERRED_COALITION
  return dataset.coalitions[0]?.id ?? null
}
