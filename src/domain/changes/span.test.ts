import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { dayToIso } from '../dataset/dates'
import {
  checkSpanEntry,
  resolveSpan,
  spanBounds,
  spanParams,
  yearBefore,
  type SpanBounds,
  type SpanEntryCheck,
} from './span'

// The fixture's dates run from the Forum's founding, 26 July 2023, to Meta leaving it on 1 September 2024.
const dataset = buildDataset()
const TODAY = day('2026-11-30')
const bounds = spanBounds(dataset, TODAY) as SpanBounds
const iso = (value: number) => dayToIso(value)

describe('spanBounds', () => {
  it('runs from the earliest date in the dataset to today', () => {
    expect([iso(bounds.first), iso(bounds.last), bounds.lastIsToday]).toEqual(['2023-07-26', '2026-11-30', true])
  })

  it('runs to the latest date of the dataset when that is later than today', () => {
    const later = spanBounds(dataset, day('2024-03-01'))
    expect([iso(later?.first ?? 0), iso(later?.last ?? 0), later?.lastIsToday]).toEqual([
      '2023-07-26',
      '2024-09-01',
      false,
    ])
  })
})

describe('yearBefore', () => {
  it.each([
    ['2024-12-31', '2023-12-31'],
    ['2024-02-29', '2023-02-28'],
    ['2025-03-01', '2024-03-01'],
    ['2024-01-01', '2023-01-01'],
  ])('%s → %s', (from, expected) => {
    expect(iso(yearBefore(day(from)))).toBe(expected)
  })
})

describe('resolveSpan', () => {
  it.each<[string, string | null, string | null, [string, string], string[]]>([
    ['the defaults: a year ago to today', null, null, ['2025-11-30', '2026-11-30'], []],
    ['both days as asked', '2024-01-01', '2024-12-31', ['2024-01-01', '2024-12-31'], []],
    ['To alone: From a year before it', null, '2024-06-30', ['2023-07-26', '2024-06-30'], []],
    ['From alone: To is today', '2024-03-01', null, ['2024-03-01', '2026-11-30'], []],
    [
      'From before the dataset: moved to its earliest date',
      '1990-01-01',
      '2024-12-31',
      ['2023-07-26', '2024-12-31'],
      ['from 1990-01-01 before → 2023-07-26'],
    ],
    [
      'To after today: moved to today',
      '2024-01-01',
      '2030-01-01',
      ['2024-01-01', '2026-11-30'],
      ['to 2030-01-01 after → 2026-11-30'],
    ],
    [
      'From after To: the defaults',
      '2024-12-31',
      '2024-01-01',
      ['2025-11-30', '2026-11-30'],
      ['order 2024-12-31 → 2024-01-01'],
    ],
    [
      'both before the dataset, the same day once moved: the defaults',
      '1990-01-01',
      '1991-01-01',
      ['2025-11-30', '2026-11-30'],
      ['to 1991-01-01 before → 2023-07-26', 'from 1990-01-01 before → 2023-07-26', 'order 1990-01-01 → 1991-01-01'],
    ],
  ])('%s', (_case, from, to, expected, notes) => {
    const span = resolveSpan(bounds, TODAY, from, to)
    expect([iso(span.from), iso(span.to)]).toEqual(expected)
    expect(
      span.notes.map((note) =>
        note.kind === 'order'
          ? `order ${note.from} → ${note.to}`
          : `${note.field} ${note.asked} ${note.side} → ${iso(note.used)}`,
      ),
    ).toEqual(notes)
  })

  it('takes any days for a dataset without dates', () => {
    const span = resolveSpan(null, TODAY, '1990-01-01', null)
    expect([iso(span.from), iso(span.to)]).toEqual(['1990-01-01', '2026-11-30'])
  })
})

describe('checkSpanEntry', () => {
  it.each<['from' | 'to', string, string, SpanEntryCheck]>([
    ['from', '2024-01-01', '2024-12-31', 'ok'],
    ['from', '2024-12-31', '2024-12-31', 'order'],
    ['from', '2025-01-01', '2024-12-31', 'order'],
    ['from', '1990-01-01', '2024-12-31', 'before'],
    ['from', '', '2024-12-31', 'not-a-day'],
    ['from', '2024-02-30', '2024-12-31', 'not-a-day'],
    ['to', '2024-12-31', '2024-01-01', 'ok'],
    ['to', '2024-01-01', '2024-01-01', 'order'],
    ['to', '2027-01-01', '2024-01-01', 'after'],
  ])('%s %j with the other day %s: %s', (field, typed, other, expected) => {
    expect(checkSpanEntry(field, typed, day(other), bounds)).toBe(expected)
  })
})

describe('spanParams', () => {
  it.each<[string, string, { from: string | null; to: string | null }]>([
    ['2025-11-30', '2026-11-30', { from: null, to: null }],
    ['2024-01-01', '2024-12-31', { from: '2024-01-01', to: '2024-12-31' }],
    ['2023-12-31', '2024-12-31', { from: null, to: '2024-12-31' }],
    ['2024-01-01', '2026-11-30', { from: '2024-01-01', to: null }],
  ])('%s to %s', (from, to, expected) => {
    expect(spanParams(day(from), day(to), TODAY, bounds)).toEqual(expected)
  })

  it('round-trips through resolveSpan', () => {
    const params = spanParams(day('2023-12-31'), day('2024-12-31'), TODAY, bounds)
    const span = resolveSpan(bounds, TODAY, params.from, params.to)
    expect([iso(span.from), iso(span.to)]).toEqual(['2023-12-31', '2024-12-31'])
  })
})
