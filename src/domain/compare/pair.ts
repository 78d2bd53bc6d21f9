/**
 * Which two coalitions the comparison shows: the one rule, used by the store's selectors and actions
 * (swap, "Compare" on a card) and by anything else that needs the pair.
 */
import type { Dataset } from '../dataset/types'

const PREFERRED_PAIR = ['ai-alliance', 'frontier-model-forum'] as const

/** The two coalitions compared: the chosen ones when they exist, else the AI Alliance and the
 *  Frontier Model Forum when the dataset has them, else its first two. */
export function comparedPair(
  dataset: Pick<Dataset, 'coalitions' | 'coalitionById'>,
  view: { readonly a: string | null; readonly b: string | null },
): [string | null, string | null] {
  const ids = dataset.coalitions.map((coalition) => coalition.id)
  const has = (id: string | null): id is string => id !== null && dataset.coalitionById.has(id)
  const defaults = PREFERRED_PAIR.every((id) => dataset.coalitionById.has(id)) ? [...PREFERRED_PAIR] : ids.slice(0, 2)
  const a = has(view.a) ? view.a : (defaults.find((id) => id !== view.b) ?? null)
  const b = has(view.b) ? view.b : (defaults.find((id) => id !== a) ?? ids.find((id) => id !== a) ?? null)
  return [a, b]
}
