import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { buildDataset, day } from '../../test/fixtures'
import { validateDataset } from '../dataset/validate-dataset'
import { changeKind, changeTotal, changesBetween, changesBetweenSteps, narrowChanges, type ChangeKind } from './changes'

// Alliance (founded 2023-12-05): IBM, Meta, Red Hat from the founding, CERN some day in February 2024.
// Forum (founded 2023-07-26): OpenAI and IBM from the founding, Meta some day in May 2024 until 2024-09-01.
const dataset = buildDataset()

function listed(coalitionId: string, from: string, to: string, search?: string): [ChangeKind, string][] {
  const include = search
    ? (organization: { name: string }) => organization.name.toLowerCase().includes(search)
    : undefined
  const [changes] = changesBetween(dataset, day(from), day(to), include, [coalitionId])
  return (changes?.changes ?? []).map((change) => [change.kind, change.organization.name])
}

describe('changeKind', () => {
  it.each<[string, string, ChangeKind | null]>([
    ['none', 'certain', 'joined'],
    ['none', 'uncertain', 'possiblyJoined'],
    ['certain', 'none', 'left'],
    ['uncertain', 'none', 'noLongerPossible'],
    ['uncertain', 'certain', 'becameCertain'],
    ['certain', 'uncertain', 'possiblyLeft'],
    ['certain', 'certain', null],
    ['none', 'none', null],
  ])('%s → %s', (before, after, expected) => {
    expect(changeKind(before as never, after as never)).toBe(expected)
  })
})

describe('changesBetween', () => {
  it.each<[string, string, string, string, [ChangeKind, string][]]>([
    [
      'a span across the founding: every founder joined',
      'alliance',
      '2023-11-01',
      '2024-03-01',
      [
        ['joined', 'CERN'],
        ['joined', 'IBM'],
        ['joined', 'Meta'],
        ['joined', 'Red Hat'],
      ],
    ],
    [
      'a join known only to the month, seen from inside that month',
      'forum',
      '2024-01-01',
      '2024-05-15',
      [['possiblyJoined', 'Meta']],
    ],
    [
      'the same membership becoming certain once the month is over',
      'forum',
      '2024-05-15',
      '2024-06-30',
      [['becameCertain', 'Meta']],
    ],
    ['a departure', 'forum', '2024-06-30', '2024-10-01', [['left', 'Meta']]],
    ['joined and left within the span: no change between the two days', 'forum', '2024-01-01', '2024-10-01', []],
    ['nothing changes', 'alliance', '2024-03-01', '2024-06-01', []],
  ])('%s', (_case, coalitionId, from, to, expected) => {
    expect(listed(coalitionId, from, to)).toEqual(expected)
  })

  it('follows the search and the sector filter', () => {
    expect(listed('alliance', '2023-11-01', '2024-03-01', 'me')).toEqual([['joined', 'Meta']])
  })

  it('says when the coalition was founded within the span, and counts each kind', () => {
    const [alliance] = changesBetween(dataset, day('2023-11-01'), day('2024-03-01'), undefined, ['alliance'])
    expect(alliance?.foundedBetween).toBe(true)
    expect(alliance?.counts).toEqual({
      joined: 4,
      left: 0,
      possiblyJoined: 0,
      possiblyLeft: 0,
      becameCertain: 0,
      noLongerPossible: 0,
    })
  })

  describe('windows and rejoins (format version 2)', () => {
    const windows = buildDataset((doc) => {
      doc.version = 2
      // Meta left the Forum between 1 August and 1 September 2024, and rejoined some day after 1 December 2024.
      const meta = doc.memberships[5]!
      delete meta.left
      Object.assign(meta, { leftAfter: '2024-08-01', leftBy: '2024-09-01' })
      doc.memberships.push({
        organization: 'meta',
        coalition: 'forum',
        role: 'member',
        joinedAfter: '2024-12-01',
        joinedBy: '2025-01-31',
        sources: ['launch'],
      })
    })
    const kinds = (from: string, to: string) =>
      changesBetween(windows, day(from), day(to), undefined, ['forum'])[0]?.changes.map((change) => [
        change.kind,
        change.organization.name,
      ])

    it.each<[string, string, string, [ChangeKind, string][]]>([
      ['into the end window: possibly left', '2024-07-01', '2024-08-15', [['possiblyLeft', 'Meta']]],
      ['out of the end window: no longer possible', '2024-08-15', '2024-10-01', [['noLongerPossible', 'Meta']]],
      ['across the whole gap: left', '2024-07-01', '2024-10-01', [['left', 'Meta']]],
      ['into the rejoin window: possibly joined again', '2024-10-01', '2024-12-15', [['possiblyJoined', 'Meta']]],
      ['across the rejoin: joined again', '2024-10-01', '2025-02-01', [['joined', 'Meta']]],
      ['before the departure and after the rejoin: a member on both days', '2024-07-01', '2025-02-01', []],
    ])('%s', (_case, from, to, expected) => {
      expect(kinds(from, to)).toEqual(expected)
    })
  })
})

describe('changesBetweenSteps', () => {
  // Memberships per step: 8,192. Generated: over three steps' worth, so each pass yields.
  const checked = validateDataset(generateDataset({ orgs: 2000, coalitions: 20, memberships: 30_000, seed: 3 }))
  if (!checked.ok) throw new Error('the generated dataset must be valid')
  const large = checked.dataset

  it.each<[string, number, number]>([
    ['a span of ten years', day('2016-01-01'), day('2026-01-01')],
    ['a span of one year', day('2023-06-30'), day('2024-06-30')],
  ])('yields between steps over %s, and ends with what changesBetween gives', (_, from, to) => {
    const steps = changesBetweenSteps(large, from, to)
    let yields = 0
    let next = steps.next()
    while (!next.done) {
      yields++
      next = steps.next()
    }
    // Two passes over 30,000 memberships in steps of 8,192, and a yield between the passes.
    expect(yields).toBe(7)
    expect(next.value).toEqual(changesBetween(large, from, to))
    expect(next.value.some((coalition) => changeTotal(coalition.counts) > 0)).toBe(true)
  })
})

describe('narrowChanges', () => {
  const all = changesBetween(dataset, day('2023-11-01'), day('2024-06-30'))
  it.each<[string, (organization: { name: string; sectorId: string }) => boolean]>([
    ['a search', (organization) => organization.name.toLowerCase().includes('me')],
    ['a sector', (organization) => organization.sectorId === 'enterprise-software'],
    ['nothing', () => false],
    ['everything', () => true],
  ])('narrowed by %s, it equals the changes worked out with the filter', (_case, include) => {
    expect(narrowChanges(all, include)).toEqual(changesBetween(dataset, day('2023-11-01'), day('2024-06-30'), include))
  })

  it('keeps a coalition it does not narrow as it was', () => {
    const narrowed = narrowChanges(all, () => true)
    expect(narrowed.every((coalition, index) => coalition === all[index])).toBe(true)
  })
})

describe('changeTotal', () => {
  it.each<[Record<ChangeKind, number>, number]>([
    [{ joined: 0, left: 0, possiblyJoined: 0, possiblyLeft: 0, becameCertain: 0, noLongerPossible: 0 }, 0],
    [{ joined: 28, left: 2, possiblyJoined: 51, possiblyLeft: 1, becameCertain: 4, noLongerPossible: 3 }, 89],
  ])('%j → %d', (counts, total) => {
    expect(changeTotal(counts)).toBe(total)
  })
})
