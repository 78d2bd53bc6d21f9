import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { eachMembershipOf, firstPositions, membershipGroups } from './each-membership'

// The fixture's memberships with OpenAI's Forum membership moved first, so the two coalitions
// interleave: forum, alliance ×4, forum ×2.
const dataset = buildDataset((raw) => {
  raw.memberships.unshift(...raw.memberships.splice(4, 1))
})
const visits = (ids: readonly string[]) => {
  const seen: string[] = []
  eachMembershipOf(dataset, ids, (membership, position) =>
    seen.push(`${membership.organizationId}@${membership.coalitionId}:${position}`),
  )
  return seen
}

describe('eachMembershipOf', () => {
  it.each<[string, readonly string[], readonly string[]]>([
    ['one coalition: its memberships in dataset order', ['forum'], ['openai@forum:0', 'meta@forum:0', 'ibm@forum:0']],
    [
      'two coalitions: dataset order, each with its position in the list',
      ['forum', 'alliance'],
      [
        'openai@forum:0',
        'ibm@alliance:1',
        'meta@alliance:1',
        'red-hat@alliance:1',
        'cern@alliance:1',
        'meta@forum:0',
        'ibm@forum:0',
      ],
    ],
    ['an unknown id is skipped', ['nope', 'forum'], ['openai@forum:1', 'meta@forum:1', 'ibm@forum:1']],
    [
      'a coalition listed twice: visited once, at its first position',
      ['forum', 'forum'],
      ['openai@forum:0', 'meta@forum:0', 'ibm@forum:0'],
    ],
    ['no coalitions: nothing', [], []],
  ])('%s', (_case, ids, expected) => {
    expect(visits(ids)).toEqual(expected)
  })
})

describe('firstPositions', () => {
  it.each<[readonly string[], readonly number[]]>([
    [
      ['forum', 'alliance'],
      [0, 1],
    ],
    [
      ['forum', 'forum', 'alliance'],
      [0, 0, 2],
    ],
    [
      ['nope', 'alliance'],
      [-1, 1],
    ],
  ])('%j -> %j', (ids, expected) => {
    expect(firstPositions(dataset, ids)).toEqual(expected)
  })
})

describe('membershipGroups', () => {
  it.each<[string, readonly string[], readonly (readonly string[])[]]>([
    [
      'each coalition its memberships, in dataset order',
      ['alliance', 'forum'],
      [
        ['ibm@alliance', 'meta@alliance', 'red-hat@alliance', 'cern@alliance'],
        ['openai@forum', 'meta@forum', 'ibm@forum'],
      ],
    ],
    ['an unknown id: an empty group', ['nope', 'forum'], [[], ['openai@forum', 'meta@forum', 'ibm@forum']]],
    [
      'a coalition listed twice: its memberships in the first group only',
      ['forum', 'forum'],
      [['openai@forum', 'meta@forum', 'ibm@forum'], []],
    ],
  ])('%s', (_case, ids, expected) => {
    const { start, order } = membershipGroups(dataset, ids)
    const groups = ids.map((_id, position) =>
      Array.from(order.subarray(start[position], start[position + 1]), (index) => {
        const membership = dataset.memberships[index]
        return `${membership?.organizationId}@${membership?.coalitionId}`
      }),
    )
    expect(groups).toEqual(expected)
  })
})
