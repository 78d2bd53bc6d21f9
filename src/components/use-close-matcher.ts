import { useSyncExternalStore } from 'react'
import {
  currentCloseMatcher,
  normalizeText,
  subscribeCloseMatches,
  type CloseMatcher,
} from '../domain/members/org-search'

/**
 * The close matcher a search for `query` runs with (org-search.ts): null until it has loaded, and
 * null without a query, whose search is everyone with or without it. The matcher is fetched once
 * the page is idle; taken whatever the query, its arrival seconds after load made every view work
 * out its figures again with nothing typed (and sent the table back to its top).
 */
export function useCloseMatcher(query: string): CloseMatcher | null {
  const matcher = useSyncExternalStore(subscribeCloseMatches, currentCloseMatcher)
  return normalizeText(query) === '' ? null : matcher
}
