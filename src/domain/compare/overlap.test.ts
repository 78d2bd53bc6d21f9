import { describe, expect, it } from 'vitest'
import { overlapCombinations, resolveSets, sortCombinations, type Overlap } from './overlap'
import { buildDataset, day, withPact } from './test-helpers'

// On 2024-06-01: Alliance = IBM, Meta, Red Hat, CERN; Forum = OpenAI, Meta, IBM; Pact = OpenAI, CERN, MIT.
const dataset = withPact()
const show = (overlap: Overlap) => overlap.combinations.map((c) => `${c.key}=${c.members.map((m) => m.name).join(',')}`)

describe('resolveSets', () => {
  it.each([
    [[], ['alliance', 'forum', 'pact']],
    [
      ['pact', 'alliance'],
      ['alliance', 'pact'],
    ],
    [['nope'], ['alliance', 'forum', 'pact']],
    [['forum', 'nope'], ['forum']],
  ])('%j → %j', (sets, expected) => {
    expect(resolveSets(dataset, sets)).toEqual(expected)
  })
})

describe('overlapCombinations', () => {
  it.each([
    [
      [],
      false,
      6,
      ['alliance+forum=IBM,Meta', 'alliance=Red Hat', 'pact=MIT', 'alliance+pact=CERN', 'forum+pact=OpenAI'],
    ],
    [[], true, 5, ['alliance+forum=IBM,Meta', 'pact=MIT', 'alliance+pact=CERN', 'forum+pact=OpenAI']],
    [['forum', 'pact'], false, 5, ['forum=IBM,Meta', 'pact=CERN,MIT', 'forum+pact=OpenAI']],
    [['alliance'], false, 4, ['alliance=CERN,IBM,Meta,Red Hat']],
  ])('sets %j, families %s: %d organizations', (sets, family, total, expected) => {
    const overlap = overlapCombinations(dataset, sets, day('2024-06-01'), { family })
    expect(overlap.total).toBe(total)
    expect(show(overlap)).toEqual(expected)
    // Every organization is in exactly one combination.
    expect(overlap.combinations.reduce((sum, c) => sum + c.size, 0)).toBe(total)
  })

  it.each([
    ['2022-06-01', 0],
    // Pact (founded 2023-01-01, members without join dates) is the only coalition on its first day.
    ['2023-01-01', 3],
    // Forum: OpenAI, IBM; Pact: OpenAI, CERN, MIT.
    ['2023-08-01', 4],
    ['2024-09-01', 6],
  ])('combination sizes add up to the union on %s', (iso, union) => {
    const overlap = overlapCombinations(dataset, [], day(iso), { family: false })
    expect(overlap.total).toBe(union)
    expect(overlap.combinations.reduce((sum, c) => sum + c.size, 0)).toBe(union)
  })

  it('works on the bundled-like case of a single coalition dataset', () => {
    const single = buildDataset((raw) => {
      raw.coalitions = raw.coalitions.filter((c) => c.id === 'alliance')
      raw.memberships = raw.memberships.filter((m) => m.coalition === 'alliance')
    })
    const overlap = overlapCombinations(single, [], day('2024-06-01'), { family: false })
    expect(show(overlap)).toEqual(['alliance=CERN,IBM,Meta,Red Hat'])
  })
})

describe('uncertain members of a combination', () => {
  const uncertain = (overlap: Overlap) =>
    overlap.combinations.filter((c) => c.uncertainIds.size > 0).map((c) => `${c.key}:${[...c.uncertainIds].join(',')}`)
  it.each([
    // Meta joined the Forum in May 2024, CERN the Alliance in February 2024.
    ['2024-05-15', ['alliance+forum:meta']],
    ['2024-02-15', ['alliance+pact:cern']],
    ['2024-06-01', []],
  ])('on %s', (iso, expected) => {
    expect(uncertain(overlapCombinations(dataset, [], day(iso), { family: false }))).toEqual(expected)
  })

  it('is certain for a family when a certain member stands for it in every coalition', () => {
    // Red Hat joins the Forum in May 2024, where its parent IBM has long been a member.
    const joined = withPact((raw) => {
      raw.memberships.push({
        organization: 'red-hat',
        coalition: 'forum',
        role: 'member',
        joined: '2024-05',
        sources: ['expansion'],
      })
    })
    expect(uncertain(overlapCombinations(joined, [], day('2024-05-15'), { family: false }))).toEqual([
      'alliance+forum:meta,red-hat',
    ])
    expect(uncertain(overlapCombinations(joined, [], day('2024-05-15'), { family: true }))).toEqual([
      'alliance+forum:meta',
    ])
  })
})

describe('sortCombinations', () => {
  const overlap = overlapCombinations(dataset, [], day('2024-06-01'), { family: false })
  it.each([
    ['size', ['alliance+forum', 'alliance', 'pact', 'alliance+pact', 'forum+pact']],
    ['degree', ['alliance+forum', 'alliance+pact', 'forum+pact', 'alliance', 'pact']],
  ] as const)('by %s', (sort, keys) => {
    expect(sortCombinations(overlap.combinations, sort).map((c) => c.key)).toEqual(keys)
  })
})
