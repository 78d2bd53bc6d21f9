import { describe, expect, it } from 'vitest'
import { findAbsentees, type Absentee } from './absentees'
import { day, withPact } from './test-helpers'

// Alliance vs Forum on 2024-06-01, with a third coalition "Pact" (OpenAI, CERN, MIT).
const dataset = withPact()
const show = (list: readonly Absentee[]) =>
  list.map((absentee) => `${absentee.organization.name}:${absentee.others.map((c) => c.id).join('+')}`)

describe('findAbsentees', () => {
  it.each([
    ['alliance', 'forum', false, ['OpenAI:pact'], ['CERN:pact', 'Red Hat:'], ['MIT:pact']],
    ['forum', 'alliance', false, ['CERN:pact', 'Red Hat:'], ['OpenAI:pact'], ['MIT:pact']],
    // Pact as B: OpenAI (also in the Forum) ranks above MIT (in nothing else); IBM and Meta are in two other coalitions.
    ['alliance', 'pact', false, ['OpenAI:forum', 'MIT:'], ['IBM:forum', 'Meta:forum', 'Red Hat:'], []],
    ['alliance', 'forum', true, ['OpenAI:pact'], ['CERN:pact'], ['MIT:pact']],
  ])('%s vs %s, families %s', (a, b, family, inBNotA, inANotB, inNeither) => {
    const result = findAbsentees(dataset, a, b, day('2024-06-01'), { family })
    expect(show(result.inBNotA)).toEqual(inBNotA)
    expect(show(result.inANotB)).toEqual(inANotB)
    expect(show(result.inNeither)).toEqual(inNeither)
  })

  it('lists organizations with no membership at all under "in neither", after those with some', () => {
    const result = findAbsentees(dataset, 'alliance', 'forum', day('2023-06-01'), { family: false })
    // On 2023-06-01 only Pact exists: everyone is in neither, the three Pact members first.
    expect(show(result.inNeither)).toEqual(['CERN:pact', 'MIT:pact', 'OpenAI:pact', 'IBM:', 'Meta:', 'Red Hat:'])
  })

  it('breaks ties on the day by how many coalitions each joins at any date', () => {
    // MIT also joins "Later" in 2025: on 2023-06-01 it ties with CERN and OpenAI (Pact only) and ranks first.
    const later = withPact((raw) => {
      raw.coalitions.push({ id: 'later', name: 'Later', founded: '2025-01-01' })
      raw.memberships.push({ organization: 'mit', coalition: 'later', role: 'member', sources: ['expansion'] })
    })
    const result = findAbsentees(later, 'alliance', 'forum', day('2023-06-01'), { family: false })
    expect(
      result.inNeither.map((absentee) => [absentee.organization.name, absentee.others.length, absentee.everOthers]),
    ).toEqual([
      ['MIT', 1, 2],
      ['CERN', 1, 1],
      ['OpenAI', 1, 1],
      ['IBM', 0, 0],
      ['Meta', 0, 0],
      ['Red Hat', 0, 0],
    ])
  })
})

describe('what is only possible on the day', () => {
  // "?" after a name: its place in A or B is uncertain; after a coalition: so is that membership.
  const marked = (list: readonly Absentee[]) =>
    list.map(
      (absentee) =>
        `${absentee.organization.name}${absentee.uncertain ? '?' : ''}:${absentee.others.map((c) => `${c.id}${absentee.uncertainOthers.has(c.id) ? '?' : ''}`).join('+')}`,
    )

  it.each([
    // Meta joined the Forum in May 2024: on 15 May that other membership is uncertain.
    ['alliance', 'pact', 'inANotB', ['IBM:forum', 'Meta:forum?', 'Red Hat:']],
    // In the Forum, not in Pact: Meta's place there is uncertain itself.
    ['forum', 'pact', 'inANotB', ['IBM:alliance', 'Meta?:alliance']],
    ['pact', 'forum', 'inBNotA', ['IBM:alliance', 'Meta?:alliance']],
    ['forum', 'pact', 'inBNotA', ['CERN:alliance', 'MIT:']],
  ] as const)('%s vs %s on 15 May 2024, %s', (a, b, list, expected) => {
    expect(marked(findAbsentees(dataset, a, b, day('2024-05-15'), { family: false })[list])).toEqual(expected)
  })

  it('takes a family as certainly in a coalition when one of its members certainly is', () => {
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
    expect(marked(findAbsentees(joined, 'alliance', 'pact', day('2024-05-15'), { family: false }).inANotB)).toEqual([
      'IBM:forum',
      'Meta:forum?',
      'Red Hat:forum?',
    ])
    expect(marked(findAbsentees(joined, 'alliance', 'pact', day('2024-05-15'), { family: true }).inANotB)).toEqual([
      'IBM:forum',
      'Meta:forum?',
    ])
  })
})
