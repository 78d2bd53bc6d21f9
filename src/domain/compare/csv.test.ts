import { describe, expect, it } from 'vitest'
import { compareCoalitions } from './coalitions'
import { comparisonCsv } from './csv'
import { buildDataset, day } from './test-helpers'

const dataset = buildDataset()
const LAUNCH = 'https://example.org/launch'
const EXPANSION = 'https://example.org/expansion'

describe('comparisonCsv', () => {
  it('has one row per organization in A or B, with role, join date and sources per coalition', () => {
    const { header, rows } = comparisonCsv(dataset, compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: false }))
    expect(header).toEqual(['organization', 'sector', 'country', 'in Alliance', 'in Forum', 'role in Alliance', 'joined Alliance', 'role in Forum', 'joined Forum', 'sources'])
    expect(rows).toEqual([
      ['CERN', 'Research & academia', 'CH', 'yes', 'no', 'member', '2024-02', '', '', EXPANSION],
      ['Red Hat', 'Enterprise software', 'US', 'yes', 'no', 'founding member', '2023-12-05', '', '', LAUNCH],
      ['Meta', 'Model developer', 'US', 'yes', 'yes', 'founder', '2023-12-05', 'member', '2024-05', `${LAUNCH} | ${EXPANSION}`],
      ['IBM', 'Enterprise software', 'US', 'yes', 'yes', 'founder', '2023-12-05', 'member', 'unknown', `${LAUNCH} | ${EXPANSION}`],
      ['OpenAI', 'Model developer', 'US', 'no', 'yes', '', '', 'founder', '2023-07-26', EXPANSION],
    ])
  })

  it.each([
    ['2023-01-01', 0],
    ['2023-12-05', 4],
    ['2024-06-01', 5],
  ])('on %s it has %d rows', (iso, count) => {
    expect(comparisonCsv(dataset, compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false })).rows).toHaveLength(count)
  })

  it('names each family member’s role and date when families are counted as one', () => {
    const { header, rows } = comparisonCsv(dataset, compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: true }))
    expect(header.slice(0, 3)).toEqual(['organization', 'family members', 'sector'])
    expect(rows.find((row) => row[0] === 'IBM')).toEqual([
      'IBM',
      'IBM | Red Hat',
      'Enterprise software',
      'US',
      'yes',
      'yes',
      'IBM: founder | Red Hat: founding member',
      'IBM: 2023-12-05 | Red Hat: 2023-12-05',
      'IBM: member',
      'IBM: unknown',
      `${LAUNCH} | ${EXPANSION}`,
    ])
    expect(rows.find((row) => row[0] === 'Meta')?.slice(6, 10)).toEqual(['founder', '2023-12-05', 'member', '2024-05'])
  })
})
