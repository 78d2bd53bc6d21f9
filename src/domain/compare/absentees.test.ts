import { describe, expect, it } from 'vitest'
import { findAbsentees, type Absentee } from './absentees'
import { day, withPact } from './test-helpers'

// Alliance vs Forum on 2024-06-01, with a third coalition "Pact" (OpenAI, CERN, MIT).
const dataset = withPact()
const show = (list: readonly Absentee[]) => list.map((absentee) => `${absentee.organization.name}:${absentee.others.map((c) => c.id).join('+')}`)

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
    expect(result.inNeither.map((absentee) => [absentee.organization.name, absentee.others.length, absentee.everOthers])).toEqual([
      ['MIT', 1, 2],
      ['CERN', 1, 1],
      ['OpenAI', 1, 1],
      ['IBM', 0, 0],
      ['Meta', 0, 0],
      ['Red Hat', 0, 0],
    ])
  })
})
