/**
 * Reads the bundled dataset straight from disk so tests can state expectations from the data itself,
 * computed with the format's rule in the simplest possible way, independent of the app's code.
 */
import { readFileSync } from 'node:fs'

export interface RawDoc {
  title: string
  updated: string
  coalitions: { id: string; name: string; founded?: string }[]
  organizations: { id: string; name: string; sector: string }[]
  memberships: { organization: string; coalition: string; joined?: string; left?: string }[]
  sectors: { id: string; label: string }[]
}

export function bundledDataset(): RawDoc {
  return JSON.parse(readFileSync(new URL('../../public/data/coalitions.json', import.meta.url), 'utf8')) as RawDoc
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` padded to the first day of its period, for string comparison. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date)

export function memberCountOn(doc: RawDoc, coalitionId: string, isoDay: string): number {
  const founded = doc.coalitions.find((c) => c.id === coalitionId)?.founded
  return doc.memberships.filter((m) => {
    if (m.coalition !== coalitionId) return false
    const start = m.joined ?? founded
    if (start !== undefined && firstDay(start) > isoDay) return false
    return m.left === undefined || firstDay(m.left) > isoDay
  }).length
}
