import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { changesBetween } from './changes'
import { CHANGES_CSV_HEADER, changesCsv, changesFileName } from './changes-csv'

// Forum: OpenAI from the founding (2023-07-26); Meta some day in May 2024, gone between 1 August and
// 1 September 2024, back some day after 1 December 2024 and by 31 January 2025.
const dataset = buildDataset((doc) => {
  doc.version = 2
  const meta = doc.memberships[5]!
  delete meta.left
  Object.assign(meta, { leftAfter: '2024-08-01', leftBy: '2024-09-01' })
  doc.memberships.push({
    organization: 'meta',
    coalition: 'forum',
    role: 'member',
    joinedAfter: '2024-12-01',
    joinedBy: '2025-01-31',
    sources: ['launch'],
  })
})

const csvOf = (from: string, to: string, coalitionIds: string[]) =>
  changesCsv(dataset, changesBetween(dataset, day(from), day(to), undefined, coalitionIds), day(from), day(to))

describe('changesCsv', () => {
  it('has the header the README documents', () => {
    expect(csvOf('2024-01-01', '2024-06-30', ['forum']).header).toEqual([...CHANGES_CSV_HEADER])
  })

  it.each<[string, string, string, string[][]]>([
    [
      'a join known to the month, with its fields as written',
      '2024-01-01',
      '2024-06-30',
      [
        [
          '2024-01-01',
          '2024-06-30',
          'forum',
          'Forum',
          'meta',
          'Meta',
          'Model developer',
          'US',
          'joined',
          'none',
          'certain',
          'member',
          '2024-05',
          '',
          '',
          '',
          '2024-08-01',
          '2024-09-01',
          'https://example.org/expansion',
        ],
      ],
    ],
    [
      'into the end window: certain, then possible',
      '2024-07-01',
      '2024-08-15',
      [
        [
          '2024-07-01',
          '2024-08-15',
          'forum',
          'Forum',
          'meta',
          'Meta',
          'Model developer',
          'US',
          'may have left',
          'certain',
          'possible',
          'member',
          '2024-05',
          '',
          '',
          '',
          '2024-08-01',
          '2024-09-01',
          'https://example.org/expansion',
        ],
      ],
    ],
    [
      'a rejoin: both memberships, each field in dataset order, every source once',
      '2024-08-15',
      '2025-02-01',
      [
        [
          '2024-08-15',
          '2025-02-01',
          'forum',
          'Forum',
          'meta',
          'Meta',
          'Model developer',
          'US',
          'became certain',
          'possible',
          'certain',
          'member | member',
          '2024-05 | ',
          ' | 2024-12-01',
          ' | 2025-01-31',
          '',
          '2024-08-01 | ',
          '2024-09-01 | ',
          'https://example.org/expansion | https://example.org/launch',
        ],
      ],
    ],
  ])('%s', (_case, from, to, rows) => {
    expect(csvOf(from, to, ['forum']).rows).toEqual(rows)
  })

  it('lists the coalitions in the order given, each change once', () => {
    const rows = csvOf('2023-01-01', '2024-03-01', ['alliance', 'forum']).rows
    expect(rows.map((row) => [row[2], row[5], row[8]])).toEqual([
      ['alliance', 'CERN', 'joined'],
      ['alliance', 'IBM', 'joined'],
      ['alliance', 'Meta', 'joined'],
      ['alliance', 'Red Hat', 'joined'],
      ['forum', 'IBM', 'joined'],
      ['forum', 'OpenAI', 'joined'],
    ])
  })
})

describe('changesFileName', () => {
  it.each<[string[], string, string]>([
    [[], '', 'coalition-atlas-changes-2024-01-01-to-2024-12-31.csv'],
    [['model-developer'], ' meta ', 'coalition-atlas-changes-model-developer-search-meta-2024-01-01-to-2024-12-31.csv'],
  ])('%j, %j', (sectors, query, expected) => {
    expect(changesFileName(sectors, query, day('2024-01-01'), day('2024-12-31'))).toBe(expected)
  })

  it('keeps the two days when the rest is long', () => {
    const name = changesFileName([], 'x'.repeat(300), day('2024-01-01'), day('2024-12-31'))
    expect([name.length <= 124, name.endsWith('-2024-01-01-to-2024-12-31.csv')]).toEqual([true, true])
  })
})
