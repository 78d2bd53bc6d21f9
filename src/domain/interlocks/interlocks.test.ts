import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { interlocks, interlocksCoalitionId } from './interlocks'

// Alliance: IBM, Meta, Red Hat from 2023-12-05, CERN from February 2024.
// Forum: OpenAI and IBM from its founding (2023-07-26), Meta some day in May 2024 until 2024-09-01.
const dataset = buildDataset((doc) => {
  doc.coalitions.push({ id: 'club', name: 'Club', founded: '2020-01-01' })
  doc.memberships.push({
    organization: 'ibm',
    coalition: 'club',
    role: 'member',
    joined: '2020-01-01',
    sources: ['launch'],
  })
})

describe('interlocks', () => {
  it('ranks the other coalitions by shared members, with shares of the chosen coalition', () => {
    const result = interlocks(dataset, 'alliance', day('2024-06-01'))
    expect(result?.members).toEqual({ certain: 4, possible: 4 })
    expect(
      result?.coalitions.map((item) => [
        item.coalition.id,
        item.shared,
        item.share,
        item.members.map((member) => member.organization.name),
      ]),
    ).toEqual([
      ['forum', { certain: 2, possible: 2 }, { certain: 0.5, possible: 0.5 }, ['IBM', 'Meta']],
      ['club', { certain: 1, possible: 1 }, { certain: 0.25, possible: 0.25 }, ['IBM']],
    ])
  })

  it('counts a shared member as possible only while one of the two memberships is uncertain', () => {
    const forum = interlocks(dataset, 'alliance', day('2024-05-15'))?.coalitions.find(
      (item) => item.coalition.id === 'forum',
    )
    expect(forum?.shared).toEqual({ certain: 1, possible: 2 })
    expect(forum?.members.map((member) => [member.organization.name, member.certain])).toEqual([
      ['IBM', true],
      ['Meta', false],
    ])
  })

  it("ranks the chosen coalition's members by how many other coalitions they belong to", () => {
    const reach = interlocks(dataset, 'alliance', day('2024-06-01'))?.reach
    expect(reach?.map((item) => [item.organization.name, item.others.possible])).toEqual([
      ['IBM', 2],
      ['Meta', 1],
      ['CERN', 0],
      ['Red Hat', 0],
    ])
  })

  it('follows the search and the sector filter, and knows no unknown coalition', () => {
    const onlyResearch = interlocks(
      dataset,
      'alliance',
      day('2024-06-01'),
      (organization) => organization.sectorId === 'research-academia',
    )
    expect([onlyResearch?.members, onlyResearch?.coalitions]).toEqual([{ certain: 1, possible: 1 }, []])
    expect(interlocks(dataset, 'nowhere', day('2024-06-01'))).toBeNull()
  })
})

describe('interlocksCoalitionId', () => {
  const withAlliance = buildDataset((doc) => {
    doc.coalitions.push({ id: 'ai-alliance', name: 'AI Alliance' })
  })
  it.each<[string, typeof dataset, string | null, string | null]>([
    ['a chosen coalition the dataset has', withAlliance, 'forum', 'forum'],
    ['none chosen: the AI Alliance when present', withAlliance, null, 'ai-alliance'],
    ['an unknown id: the AI Alliance when present', withAlliance, 'gone', 'ai-alliance'],
    ['none chosen and no AI Alliance: the first coalition', dataset, null, 'alliance'],
  ])('%s', (_case, data, chosen, expected) => {
    expect(interlocksCoalitionId(data, chosen)).toBe(expected)
  })

  it('is null for a dataset without coalitions', () => {
    const empty = buildDataset((doc) => {
      doc.coalitions = []
      doc.memberships = []
    })
    expect(interlocksCoalitionId(empty, null)).toBeNull()
  })
})
