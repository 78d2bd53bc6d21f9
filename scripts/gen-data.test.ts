import { describe, expect, it } from 'vitest'
import { validateDataset } from '../src/domain/dataset/validate-dataset'
import { formatProblem } from '../src/domain/dataset/types'
import { generateDataset } from './gen-data.mjs'

describe('generateDataset', () => {
  it.each([
    { orgs: 50, coalitions: 3, memberships: 120, seed: 1 },
    { orgs: 2000, coalitions: 40, memberships: 20000, seed: 7 },
  ])('writes a dataset the validator accepts: %j', (options) => {
    const result = validateDataset(generateDataset(options))
    if (!result.ok) throw new Error(result.problems.slice(0, 5).map(formatProblem).join('\n'))
    expect(result.dataset.organizations).toHaveLength(options.orgs)
    expect(result.dataset.coalitions).toHaveLength(options.coalitions)
    expect(result.dataset.memberships).toHaveLength(options.memberships)
    expect(result.warnings).toEqual([])
  })

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { orgs: 30, coalitions: 4, memberships: 60 }
    expect(JSON.stringify(generateDataset({ ...options, seed: 3 }))).toBe(
      JSON.stringify(generateDataset({ ...options, seed: 3 })),
    )
    expect(JSON.stringify(generateDataset({ ...options, seed: 3 }))).not.toBe(
      JSON.stringify(generateDataset({ ...options, seed: 4 })),
    )
  })

  it('refuses more memberships than organization-coalition pairs', () => {
    expect(() => generateDataset({ orgs: 2, coalitions: 2, memberships: 5, seed: 1 })).toThrow(
      'more than orgs × coalitions',
    )
  })
})
