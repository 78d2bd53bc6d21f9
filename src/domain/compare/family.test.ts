import { describe, expect, it } from 'vitest'
import { familyIndex, familyRoot, unitIdResolver } from './family'
import { buildDataset } from './test-helpers'

// IBM ← Red Hat in the fixture; a grandchild tests walking more than one step.
const dataset = buildDataset((raw) => {
  raw.organizations.push({ id: 'ansible', name: 'Ansible', sector: 'enterprise-software', parent: 'red-hat' })
})

describe('familyRoot', () => {
  it.each([
    ['ibm', 'ibm'],
    ['red-hat', 'ibm'],
    ['ansible', 'ibm'],
    ['meta', 'meta'],
    ['not-an-id', 'not-an-id'],
  ])('%s → %s', (id, root) => {
    expect(familyRoot(dataset, id)).toBe(root)
  })
})

describe('familyIndex', () => {
  it.each([
    ['ibm', ['IBM', 'Ansible', 'Red Hat']],
    ['meta', ['Meta']],
    ['mit', ['MIT']],
  ])('family of %s, root first then by name: %j', (root, names) => {
    expect(
      familyIndex(dataset)
        .membersOf.get(root)
        ?.map((organization) => organization.name),
    ).toEqual(names)
  })

  it('has no family under a subsidiary', () => {
    expect(familyIndex(dataset).membersOf.has('red-hat')).toBe(false)
  })
})

describe('unitIdResolver', () => {
  it.each([
    [false, 'red-hat', 'red-hat'],
    [true, 'red-hat', 'ibm'],
    [true, 'ansible', 'ibm'],
    [true, 'cern', 'cern'],
  ])('family %s: %s counts as %s', (family, id, unit) => {
    expect(unitIdResolver(dataset, family)(id)).toBe(unit)
  })
})
