import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { isoToDay } from '../dataset/dates'
import { normalizeDocument } from '../dataset/normalize'
import type { RawDataset } from '../dataset/schema'
import { runInSlices } from '../dataset/steps'
import { summarizeCoalition, summarizeCoalitionsSteps } from './membership'

describe('summarizeCoalitionsSteps: every coalition’s counts in one pass, in slices', () => {
  const dataset = normalizeDocument(
    generateDataset({ orgs: 2000, coalitions: 30, memberships: 20_000, seed: 3 }) as RawDataset,
  )

  it.each([['2020-06-30'], ['2023-12-05'], ['2026-11-22']])(
    'on %s: the same as each coalition summarized by itself, with pauses between slices',
    async (iso) => {
      const day = isoToDay(iso) as number
      let pauses = 0
      // A slice of 0 ms pauses at every step: each step must leave the tallies whole.
      const sliced = await runInSlices(
        summarizeCoalitionsSteps(dataset, day),
        async () => {
          pauses++
        },
        0,
      )
      expect(pauses).toBeGreaterThan(2)
      const alone = dataset.coalitions.map((coalition) => summarizeCoalition(dataset, coalition, day))
      expect(sliced.map((summary) => [summary.coalition.id, summary.certain, summary.possible])).toEqual(
        alone.map((summary) => [summary.coalition.id, summary.certain, summary.possible]),
      )
      expect(sliced).toEqual(alone)
      // Not a day on which nothing is counted.
      expect(sliced.reduce((sum, summary) => sum + summary.possible, 0)).toBeGreaterThan(0)
    },
  )
})
