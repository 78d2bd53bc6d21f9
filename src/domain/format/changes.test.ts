import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import type { ChangeKind } from '../changes/changes'
import type { SpanBounds, SpanEntryCheck, SpanNote } from '../changes/span'
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import type { CoverageNote } from '../membership/membership'
import {
  changeDatesText,
  changeSummaryText,
  changesToggleText,
  foundedWithinText,
  rosterChangesNote,
  spanEntryRefusal,
  spanNoteText,
  spanText,
  standingWord,
} from './changes'

const counts = (partial: Partial<Record<ChangeKind, number>>): Record<ChangeKind, number> => ({
  joined: 0,
  left: 0,
  possiblyJoined: 0,
  possiblyLeft: 0,
  becameCertain: 0,
  noLongerPossible: 0,
  ...partial,
})

describe('changeSummaryText', () => {
  it.each<[Partial<Record<ChangeKind, number>>, string]>([
    [{}, 'no changes'],
    [{ joined: 44, left: 7 }, '+44 joined, \u22127 left'],
    [
      { joined: 28, left: 2, possiblyJoined: 51, becameCertain: 4 },
      '+28 joined, \u22122 left, 51 may have joined, 4 became certain',
    ],
    [{ left: 1 }, '\u22121 left'],
    [{ possiblyLeft: 1, noLongerPossible: 3 }, '1 may have left, 3 no longer possible'],
    [{ joined: 1200 }, '+1,200 joined'],
    [
      { joined: 1, left: 1, possiblyJoined: 1, possiblyLeft: 1, becameCertain: 1, noLongerPossible: 1 },
      '+1 joined, \u22121 left, 1 may have joined, 1 may have left, 1 became certain, 1 no longer possible',
    ],
  ])('%j', (partial, expected) => {
    expect(changeSummaryText(counts(partial))).toBe(expected)
  })
})

describe('standingWord', () => {
  it.each([
    ['certain', 'certain'],
    ['uncertain', 'possible'],
    ['none', 'none'],
  ] as const)('%s → %s', (status, word) => {
    expect(standingWord(status)).toBe(word)
  })
})

describe('spanText', () => {
  it.each([
    ['2024-01-01', '2024-12-31', '1 January and 31 December 2024'],
    ['2025-11-30', '2026-11-30', '30 November 2025 and 30 November 2026'],
  ])('%s, %s', (from, to, expected) => {
    expect(spanText(day(from), day(to))).toBe(expected)
  })
})

describe('foundedWithinText', () => {
  it.each([
    ['2024-02-08', 'founded on 8 February 2024, between the two days: its founding members count as joined'],
    ['2024-05', 'founded in May 2024, between the two days: its founding members count as joined'],
  ])('%s', (text, expected) => {
    expect(foundedWithinText(parsePartialDate(text) as PartialDate)).toBe(expected)
  })
})

const bounds: SpanBounds = { first: day('2016-09-28'), last: day('2026-11-30'), lastIsToday: true }

describe('spanEntryRefusal', () => {
  it.each<['from' | 'to', string, Exclude<SpanEntryCheck, 'ok'>, SpanBounds, string]>([
    [
      'from',
      '1990-01-01',
      'before',
      bounds,
      '1 January 1990 is before the dataset’s earliest date, 28 September 2016. Changes are still counted from 1 January 2024.',
    ],
    [
      'to',
      '2027-01-01',
      'after',
      bounds,
      '1 January 2027 is after today, 30 November 2026. Changes are still counted to 31 December 2024.',
    ],
    [
      'to',
      '2027-01-01',
      'after',
      { ...bounds, lastIsToday: false },
      '1 January 2027 is after the dataset’s latest date, 30 November 2026. Changes are still counted to 31 December 2024.',
    ],
    [
      'from',
      '2025-03-01',
      'order',
      bounds,
      '1 March 2025 is not before To, 31 December 2024. Changes are still counted from 1 January 2024.',
    ],
    [
      'to',
      '2023-06-30',
      'order',
      bounds,
      '30 June 2023 is not after From, 1 January 2024. Changes are still counted to 31 December 2024.',
    ],
    ['from', '', 'not-a-day', bounds, 'An empty date is not a day. Changes are still counted from 1 January 2024.'],
    [
      'from',
      '2024-02-30',
      'not-a-day',
      bounds,
      '2024-02-30 is not a day: write YYYY-MM-DD. Changes are still counted from 1 January 2024.',
    ],
  ])('%s %j (%s)', (field, typed, check, limits, expected) => {
    const other = field === 'from' ? day('2024-12-31') : day('2024-01-01')
    const shown = field === 'from' ? day('2024-01-01') : day('2024-12-31')
    expect(spanEntryRefusal(field, typed, check, other, shown, limits)).toBe(expected)
  })
})

describe('spanNoteText', () => {
  it.each<[SpanNote, string]>([
    [
      { kind: 'clamped', field: 'from', asked: '1990-01-01', used: day('2016-09-28'), side: 'before' },
      'The address asked for From 1 January 1990, which is before the dataset’s earliest date, 28 September 2016: changes are counted from that date.',
    ],
    [
      { kind: 'clamped', field: 'to', asked: '2030-01-01', used: day('2026-11-30'), side: 'after' },
      'The address asked for To 1 January 2030, which is after today, 30 November 2026: changes are counted to that date.',
    ],
    [
      { kind: 'order', from: '2024-12-31', to: '2024-01-01' },
      'The address asked for changes from 31 December 2024 to 1 January 2024, but From must come before To: the section shows the last year instead.',
    ],
  ])('%j', (note, expected) => {
    expect(spanNoteText(note, bounds)).toBe(expected)
  })
})

describe('rosterChangesNote', () => {
  const roster = (checked: string, complete: boolean) => ({
    checked: parsePartialDate(checked) as PartialDate,
    complete,
    sourceIds: [],
  })
  it.each<[string, CoverageNote, string | null]>([
    ['a complete roster checked after To', { roster: roster('2025-10-31', true), stale: false }, null],
    ['no roster', { stale: false }, null],
    [
      'a complete roster checked before To',
      { roster: roster('2024-02', true), stale: true },
      'Roster last checked February 2024: changes after that are not known.',
    ],
    [
      'a partial roster checked after To',
      { roster: roster('2026', false), stale: false },
      'Partial list: only the members the dataset names are followed.',
    ],
    [
      'a partial roster checked before To',
      { roster: roster('2024-02', false), stale: true },
      'Roster last checked February 2024: changes after that are not known. Partial list: only the members the dataset names are followed.',
    ],
  ])('%s', (_case, coverage, expected) => {
    expect(rosterChangesNote(coverage)).toBe(expected)
  })
})

describe('changesToggleText', () => {
  it.each<[boolean, number, string]>([
    [false, 32, 'Show the 32 organizations'],
    [true, 32, 'Hide the 32 organizations'],
    [false, 1, 'Show the organization'],
    [true, 1, 'Hide the organization'],
  ])('%s, %d', (open, count, expected) => {
    expect(changesToggleText(open, count)).toBe(expected)
  })
})

describe('changeDatesText', () => {
  // Meta in the Forum: some day in May 2024, gone between 1 August and 1 September 2024, back after 1 December 2024.
  const dataset = buildDataset((doc) => {
    doc.version = 2
    const meta = doc.memberships[5]!
    delete meta.left
    Object.assign(meta, { leftAfter: '2024-08-01', leftBy: '2024-09-01' })
    doc.memberships.push({
      organization: 'meta',
      coalition: 'forum',
      role: 'signatory',
      joinedAfter: '2024-12-01',
      sources: ['launch'],
    })
  })
  const forum = dataset.membershipsByCoalition.get('forum') ?? []
  const of = (organizationId: string) => forum.filter((membership) => membership.organizationId === organizationId)
  it.each<[string, string, string]>([
    ['a join on a day', 'openai', 'joined 26 July 2023'],
    ['no start: counted from the founding', 'ibm', 'join date unknown; counted from the founding, 26 July 2023'],
    [
      'left and came back',
      'meta',
      'joined in May 2024 (day unknown); left between 1 August and 1 September 2024; then signed after 1 December 2024; date unknown',
    ],
  ])('%s', (_case, organizationId, expected) => {
    expect(changeDatesText(of(organizationId), dataset.coalitionById.get('forum')?.founded)).toBe(expected)
  })
})
