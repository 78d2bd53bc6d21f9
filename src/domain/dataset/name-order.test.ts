import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { byOrganizationName, collationRanks, organizationNameRanks } from './name-order'

describe('collationRanks', () => {
  it.each<[string, readonly (string | undefined)[], readonly number[]]>([
    ['plain names', ['Meta', 'IBM', 'CERN'], [2, 1, 0]],
    ['case and accents aside, equal keys share a rank', ['école', 'Ecole', 'apple'], [1, 1, 0]],
    ['numbers by value', ['Group 10', 'Group 2', 'Group 1'], [2, 1, 0]],
    ['a missing key is -1 and takes no rank', [undefined, 'b', 'a'], [-1, 1, 0]],
    ['repeats of one key', ['x', 'x', 'x'], [0, 0, 0]],
    ['nothing', [], []],
  ])('%s', (_case, keys, expected) => {
    expect(Array.from(collationRanks(keys))).toEqual(expected)
  })
})

describe('organizationNameRanks and byOrganizationName', () => {
  const dataset = buildDataset()
  it('ranks the organizations by name, by their index', () => {
    // IBM, Meta, Red Hat, CERN, OpenAI, MIT
    expect(Array.from(organizationNameRanks(dataset))).toEqual([1, 2, 5, 0, 4, 3])
  })

  it('works the ranks out once per dataset', () => {
    expect(organizationNameRanks(dataset)).toBe(organizationNameRanks(dataset))
  })

  it('sorts organizations as the collator would', () => {
    const sorted = dataset.organizations.slice().sort(byOrganizationName(dataset))
    expect(sorted.map((organization) => organization.name)).toEqual(['CERN', 'IBM', 'Meta', 'MIT', 'OpenAI', 'Red Hat'])
  })
})
