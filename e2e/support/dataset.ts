/**
 * Reads the bundled dataset straight from disk so tests can state expectations from the data itself,
 * computed with the format's rule in the simplest possible way, independent of the app's code.
 */
import { readFileSync } from 'node:fs'

export interface RawDoc {
  title: string
  updated: string
  coalitions: {
    id: string
    name: string
    shortName?: string
    founded?: string
    roster?: { checked: string; complete: boolean }
  }[]
  organizations: { id: string; name: string; sector: string; country?: string }[]
  memberships: RawMembership[]
  sectors: { id: string; label: string }[]
}

export interface RawMembership {
  organization: string
  coalition: string
  role?: string
  joined?: string
  left?: string
  joinedAfter?: string
  joinedBy?: string
  leftAfter?: string
  leftBy?: string
  sources: string[]
}

export function bundledDataset(): RawDoc {
  return JSON.parse(readFileSync(new URL('../../public/data/coalitions.json', import.meta.url), 'utf8')) as RawDoc
}

/** First and last ISO day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period, compared as strings. */
function period(date: string): [string, string] {
  if (date.length === 10) return [date, date]
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`]
  const [year, month] = date.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`]
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

const NEVER = '9999-99-99'
const ALWAYS = '0000-00-00'

/**
 * The format's rule, written out from docs/dataset-format.md on its own: start and end windows,
 * certain when start-latest ≤ D < end-earliest, possible when start-earliest ≤ D < end-latest.
 */
export function statusOn(doc: RawDoc, m: RawMembership, isoDay: string): 'certain' | 'uncertain' | 'none' {
  const founded = doc.coalitions.find((c) => c.id === m.coalition)?.founded
  let s0: string
  let s1: string
  if (m.joined) [s0, s1] = period(m.joined)
  else if (m.joinedAfter || m.joinedBy) {
    s1 = m.joinedBy ? period(m.joinedBy)[1] : NEVER
    s0 = m.joinedAfter ? nextDay(period(m.joinedAfter)[0]) : founded ? period(founded)[0] : ALWAYS
    if (s0 > s1) s0 = s1
  } else s0 = s1 = founded ? period(founded)[0] : ALWAYS
  let e0: string
  let e1: string
  if (m.left) [e0, e1] = period(m.left)
  else if (m.leftAfter || m.leftBy) {
    e1 = m.leftBy ? period(m.leftBy)[1] : NEVER
    e0 = m.leftAfter ? nextDay(period(m.leftAfter)[0]) : s1 === NEVER ? e1 : nextDay(s1)
    if (e0 > e1) e0 = e1
  } else e0 = e1 = NEVER
  const possible = s0 <= isoDay && isoDay < e1
  if (!possible) return 'none'
  return s1 <= isoDay && isoDay < e0 ? 'certain' : 'uncertain'
}

/** Certain and possible members of a coalition on a day. */
export function memberRangeOn(doc: RawDoc, coalitionId: string, isoDay: string): { certain: number; possible: number } {
  let certain = 0
  let possible = 0
  for (const m of doc.memberships) {
    if (m.coalition !== coalitionId) continue
    const status = statusOn(doc, m, isoDay)
    if (status !== 'none') possible++
    if (status === 'certain') certain++
  }
  return { certain, possible }
}

/** What a coalition card says: "57 members", "1 member", "16 certain, up to 20 members". */
export function cardCountText(range: { certain: number; possible: number }): string {
  if (range.certain === range.possible)
    return `${range.possible.toLocaleString('en')} ${range.possible === 1 ? 'member' : 'members'}`
  return `${range.certain.toLocaleString('en')} certain, up to ${range.possible.toLocaleString('en')} members`
}

/** Possible members on a day: the number of rows the member table shows for the coalition. */
export function memberCountOn(doc: RawDoc, coalitionId: string, isoDay: string): number {
  return memberRangeOn(doc, coalitionId, isoDay).possible
}

/** The document with only some coalitions and their memberships (organizations all kept). */
export function withCoalitions<T extends RawDoc>(doc: T, ids: readonly string[]): T {
  const keep = new Set(ids)
  return {
    ...doc,
    coalitions: doc.coalitions.filter((c) => keep.has(c.id)),
    memberships: doc.memberships.filter((m) => keep.has(m.coalition)),
  }
}

/** The coalitions the dataset had before 2024's additions: few enough for one table column each. */
export const FIRST_SEVEN = [
  'ai-alliance',
  'frontier-model-forum',
  'partnership-on-ai',
  'white-house-commitments',
  'seoul-commitments',
  'cosai',
  'aisic',
]

/** Above this many coalitions the members table folds their columns into one "Memberships" strip. */
export const MAX_COALITION_COLUMNS = 8
