import { describe, expect, it } from 'vitest'
import {
  compareCoalitions,
  comparisonSourceIds,
  jaccard,
  regionSummaries,
  sectorShares,
  uncertainPresences,
  type SectorGroup,
} from './coalitions'
import { buildDataset, day } from './test-helpers'

const dataset = buildDataset()
const names = (groups: readonly SectorGroup[]) =>
  groups.flatMap((group) => group.entries.map((entry) => entry.organization.name))
const sectors = (groups: readonly SectorGroup[]) => groups.map((group) => group.sector.id)

describe('jaccard', () => {
  it.each([
    [0, 0, 0],
    [0, 5, 0],
    [2, 5, 0.4],
    [3, 3, 1],
  ])('shared %d of union %d → %d', (shared, union, expected) => {
    expect(jaccard(shared, union)).toBe(expected)
  })
})

describe('compareCoalitions', () => {
  // Alliance: IBM, Meta, Red Hat from 2023-12-05, CERN from 2024-02. Forum: OpenAI from 2023-07-26,
  // IBM with no join date (counts from the Forum's founding), Meta from 2024-05 until 2024-09-01.
  it.each([
    ['2023-01-01', false, [], [], [], 0],
    ['2023-08-01', false, [], [], ['OpenAI', 'IBM'], 0],
    ['2023-12-05', false, ['Meta', 'Red Hat'], ['IBM'], ['OpenAI'], 1 / 4],
    ['2024-06-01', false, ['CERN', 'Red Hat'], ['Meta', 'IBM'], ['OpenAI'], 2 / 5],
    ['2024-09-01', false, ['Meta', 'CERN', 'Red Hat'], ['IBM'], ['OpenAI'], 1 / 5],
    ['2024-06-01', true, ['CERN'], ['Meta', 'IBM'], ['OpenAI'], 2 / 4],
    ['2023-12-05', true, ['Meta'], ['IBM'], ['OpenAI'], 1 / 3],
  ])(
    'on %s with families %s: only A %j, both %j, only B %j, Jaccard %d',
    (iso, family, onlyA, both, onlyB, expectedJaccard) => {
      const result = compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family })
      expect(names(result.onlyA)).toEqual(onlyA)
      expect(names(result.both)).toEqual(both)
      expect(names(result.onlyB)).toEqual(onlyB)
      // None of these days falls inside a month-only window, so every count is certain.
      const sure = (count: number) => ({ certain: count, possible: count })
      expect(result.counts).toEqual({
        onlyA: sure(onlyA.length),
        both: sure(both.length),
        onlyB: sure(onlyB.length),
        a: sure(onlyA.length + both.length),
        b: sure(onlyB.length + both.length),
        union: sure(onlyA.length + both.length + onlyB.length),
      })
      expect(result.jaccard).toBeCloseTo(expectedJaccard, 12)
      expect(result.jaccardCertain).toBeCloseTo(expectedJaccard, 12)
    },
  )

  it('states ranges while a membership is possible but not certain (Meta joined the Forum in May 2024)', () => {
    const result = compareCoalitions(dataset, 'alliance', 'forum', day('2024-05-15'), { family: false })
    expect(names(result.both)).toEqual(['Meta', 'IBM'])
    expect(
      result.both.flatMap((group) => group.entries).map((entry) => [entry.organization.name, entry.uncertain]),
    ).toEqual([
      ['Meta', true],
      ['IBM', false],
    ])
    expect(result.counts).toEqual({
      a: { certain: 4, possible: 4 },
      b: { certain: 2, possible: 3 },
      both: { certain: 1, possible: 2 },
      // Meta is certainly in the Alliance and perhaps not yet in the Forum: perhaps only in A.
      onlyA: { certain: 2, possible: 3 },
      onlyB: { certain: 1, possible: 1 },
      union: { certain: 5, possible: 5 },
    })
    expect(result.jaccard).toBeCloseTo(2 / 5, 12)
    expect(result.jaccardCertain).toBeCloseTo(1 / 5, 12)
  })

  it('groups by sector in the dataset order, names sorted within each', () => {
    const result = compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: false })
    expect(sectors(result.onlyA)).toEqual(['research-academia', 'enterprise-software'])
    expect(sectors(result.both)).toEqual(['model-developer', 'enterprise-software'])
  })

  it('mirrors the columns when A and B are swapped', () => {
    const forward = compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: false })
    const back = compareCoalitions(dataset, 'forum', 'alliance', day('2024-06-01'), { family: false })
    expect(names(back.onlyA)).toEqual(names(forward.onlyB))
    expect(names(back.onlyB)).toEqual(names(forward.onlyA))
    expect(names(back.both)).toEqual(names(forward.both))
    expect(back.jaccard).toBe(forward.jaccard)
  })

  it('keeps each coalition’s role and join date on every entry', () => {
    const result = compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: false })
    const meta = result.both[0]?.entries[0]
    expect(meta?.inA.map((p) => [p.membership.role, p.membership.joined?.text])).toEqual([['founder', '2023-12-05']])
    expect(meta?.inB.map((p) => [p.membership.role, p.membership.joined?.text, p.certain])).toEqual([
      ['member', '2024-05', true],
    ])
  })

  describe('corporate families', () => {
    // IBM only in the Forum, Red Hat only in the Alliance: one family in both.
    const split = buildDataset((raw) => {
      raw.memberships = raw.memberships.filter((m) => !(m.organization === 'ibm' && m.coalition === 'alliance'))
    })

    it.each([
      [false, ['CERN', 'Red Hat'], ['Meta'], ['OpenAI', 'IBM']],
      [true, ['CERN'], ['Meta', 'IBM'], ['OpenAI']],
    ])('families %s: only A %j, both %j, only B %j', (family, onlyA, both, onlyB) => {
      const result = compareCoalitions(split, 'alliance', 'forum', day('2024-06-01'), { family })
      expect([names(result.onlyA), names(result.both), names(result.onlyB)]).toEqual([onlyA, both, onlyB])
    })

    it('shows the family under the root’s name with the members that count', () => {
      const result = compareCoalitions(split, 'alliance', 'forum', day('2024-06-01'), { family: true })
      const ibm = result.both.flatMap((group) => group.entries).find((entry) => entry.id === 'ibm')
      expect(ibm?.members.map((member) => member.name)).toEqual(['IBM', 'Red Hat'])
      expect(ibm?.inA.map((p) => p.organization.name)).toEqual(['Red Hat'])
      expect(ibm?.inB.map((p) => p.organization.name)).toEqual(['IBM'])
    })

    it('counts a family in the same coalition twice only once', () => {
      const result = compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: true })
      expect(result.counts.a).toEqual({ certain: 3, possible: 3 })
      const ibm = result.both.flatMap((group) => group.entries).find((entry) => entry.id === 'ibm')
      expect(ibm?.inA.map((p) => p.organization.name)).toEqual(['IBM', 'Red Hat'])
    })
  })

  it('refuses an unknown coalition', () => {
    expect(() => compareCoalitions(dataset, 'alliance', 'nope', 0, { family: false })).toThrow('unknown coalition nope')
  })
})

describe('notFoundedUntil', () => {
  // Alliance founded 2023-12-05, Forum 2023-07-26.
  it.each<[string, string | undefined, string | undefined]>([
    ['2023-01-01', '2023-12-05', '2023-07-26'],
    ['2023-08-01', '2023-12-05', undefined],
    ['2023-12-04', '2023-12-05', undefined],
    // The founding day itself counts.
    ['2023-12-05', undefined, undefined],
  ])('on %s: A %s, B %s', (iso, a, b) => {
    const { notFoundedUntil } = compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false })
    expect([notFoundedUntil.a?.text, notFoundedUntil.b?.text]).toEqual([a, b])
  })
})

describe('uncertainPresences', () => {
  const entries = (iso: string, family: boolean) => {
    const result = compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family })
    return [...result.onlyA, ...result.both, ...result.onlyB].flatMap((group) => group.entries)
  }
  it.each<[string, boolean, [string, boolean, string[]][]]>([
    // Meta joined the Forum in May 2024: in both, its Forum membership is the uncertain one.
    [
      '2024-05-15',
      false,
      [
        ['CERN', false, []],
        ['Red Hat', false, []],
        ['Meta', true, ['b:Meta:member']],
        ['IBM', false, []],
        ['OpenAI', false, []],
      ],
    ],
    // CERN joined the Alliance in February 2024: only in A, and perhaps not even that yet.
    [
      '2024-02-15',
      false,
      [
        ['Meta', false, []],
        ['CERN', true, ['a:CERN:member']],
        ['Red Hat', false, []],
        ['IBM', false, []],
        ['OpenAI', false, []],
      ],
    ],
    // From June on every place is certain.
    [
      '2024-06-01',
      true,
      [
        ['CERN', false, []],
        ['Meta', false, []],
        ['IBM', false, []],
        ['OpenAI', false, []],
      ],
    ],
  ])('on %s, families %s', (iso, family, expected) => {
    expect(
      entries(iso, family).map((entry) => [
        entry.organization.name,
        entry.uncertain,
        uncertainPresences(entry).map(
          ({ side, presence }) => `${side}:${presence.organization.name}:${presence.membership.role}`,
        ),
      ]),
    ).toEqual(expected)
  })
})

describe('regionSummaries', () => {
  it.each([
    // Meta is listed in both, certainly in A and perhaps not yet in B: it may be only in A.
    ['2024-05-15', { onlyA: [2, 3, 2, 1], both: [1, 2, 2, 0], onlyB: [1, 1, 1, 0] }],
    // CERN is listed only in A, uncertain: counted as possible, not as certain.
    ['2024-02-15', { onlyA: [2, 3, 3, 0], both: [1, 1, 1, 0], onlyB: [1, 1, 1, 0] }],
    ['2024-06-01', { onlyA: [2, 2, 2, 0], both: [2, 2, 2, 0], onlyB: [1, 1, 1, 0] }],
  ])('on %s: [certain, possible, listed, elsewhere]', (iso, expected) => {
    const summaries = regionSummaries(compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false }))
    const shown = (key: 'onlyA' | 'both' | 'onlyB') => [
      summaries[key].range.certain,
      summaries[key].range.possible,
      summaries[key].listed,
      summaries[key].elsewhere,
    ]
    expect({ onlyA: shown('onlyA'), both: shown('both'), onlyB: shown('onlyB') }).toEqual(expected)
  })
})

describe('sectorShares', () => {
  it.each([
    [
      '2024-06-01',
      [
        ['model-developer', 1, 2, 1 / 4, 2 / 3],
        ['research-academia', 1, 0, 1 / 4, 0],
        ['enterprise-software', 2, 1, 2 / 4, 1 / 3],
      ],
    ],
    [
      '2023-08-01',
      [
        ['model-developer', 0, 1, 0, 1 / 2],
        ['enterprise-software', 0, 1, 0, 1 / 2],
      ],
    ],
    ['2023-01-01', []],
  ])('on %s', (iso, expected) => {
    const rows = sectorShares(compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false }))
    expect(rows.map((row) => [row.sector.id, row.a, row.b, row.aShare, row.bShare])).toEqual(expected)
  })
})

describe('comparisonSourceIds', () => {
  it.each([
    ['2023-08-01', ['expansion']],
    ['2023-12-05', ['launch', 'expansion']],
  ])('on %s: %j', (iso, ids) => {
    expect(
      comparisonSourceIds(compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false })).sort(),
    ).toEqual([...ids].sort())
  })
})
