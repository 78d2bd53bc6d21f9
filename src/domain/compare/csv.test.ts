import { describe, expect, it } from 'vitest'
import { compareCoalitions } from './coalitions'
import { comparisonCsv } from './csv'
import { buildDataset, day } from './test-helpers'

const dataset = buildDataset()
const LAUNCH = 'https://example.org/launch'
const EXPANSION = 'https://example.org/expansion'

// One coalition's cells: status, role, the six fields as written, then start window from/to, end window from/to.
type Side = [string, string, string, string, string, string, string, string, string, string, string, string]
const NOT_IN: Side = ['', '', '', '', '', '', '', '', '', '', '', '']
const since = (status: string, role: string, joined: string, from: string, to = from): Side => [
  status,
  role,
  joined,
  '',
  '',
  '',
  '',
  '',
  from,
  to,
  '',
  '',
]
const FIELDS = [
  'status',
  'role',
  'joined',
  'joinedAfter',
  'joinedBy',
  'left',
  'leftAfter',
  'leftBy',
  'start window from',
  'start window to',
  'end window from',
  'end window to',
]
const sideHeader = (name: string) => FIELDS.map((field) => `${name}: ${field}`)

describe('comparisonCsv', () => {
  it('has one row per organization in A or B, with status, dates as written, windows and sources per coalition', () => {
    const { header, rows } = comparisonCsv(
      dataset,
      compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: false }),
    )
    expect(header).toEqual([
      'organization',
      'sector',
      'country',
      'in Alliance',
      'in Forum',
      ...sideHeader('Alliance'),
      ...sideHeader('Forum'),
      'sources',
    ])
    expect(rows).toEqual([
      [
        'CERN',
        'Research & academia',
        'CH',
        'yes',
        'no',
        ...since('certain', 'member', '2024-02', '2024-02-01', '2024-02-29'),
        ...NOT_IN,
        EXPANSION,
      ],
      [
        'Red Hat',
        'Enterprise software',
        'US',
        'yes',
        'no',
        ...since('certain', 'founding member', '2023-12-05', '2023-12-05'),
        ...NOT_IN,
        LAUNCH,
      ],
      [
        'Meta',
        'Model developer',
        'US',
        'yes',
        'yes',
        ...since('certain', 'founder', '2023-12-05', '2023-12-05'),
        'certain',
        'member',
        '2024-05',
        '',
        '',
        '2024-09-01',
        '',
        '',
        '2024-05-01',
        '2024-05-31',
        '2024-09-01',
        '2024-09-01',
        `${LAUNCH} | ${EXPANSION}`,
      ],
      // No join date in the Forum: nothing written, and the windows count from the Forum's founding.
      [
        'IBM',
        'Enterprise software',
        'US',
        'yes',
        'yes',
        ...since('certain', 'founder', '2023-12-05', '2023-12-05'),
        ...since('certain', 'member', '', '2023-07-26'),
        `${LAUNCH} | ${EXPANSION}`,
      ],
      [
        'OpenAI',
        'Model developer',
        'US',
        'no',
        'yes',
        ...NOT_IN,
        ...since('certain', 'founder', '2023-07-26', '2023-07-26'),
        EXPANSION,
      ],
    ])
  })

  it('calls a membership the evidence allows but does not prove "possible"', () => {
    // Meta joined the Forum in May 2024: on 15 May it may or may not have joined yet.
    const { rows } = comparisonCsv(
      dataset,
      compareCoalitions(dataset, 'alliance', 'forum', day('2024-05-15'), { family: false }),
    )
    const meta = rows.find((row) => row[0] === 'Meta')
    expect([meta?.[5], meta?.[17]]).toEqual(['certain', 'possible'])
  })

  it('writes every v2 bound as given and the windows derived from them, open edges empty', () => {
    const v2 = buildDataset((raw) => {
      raw.version = 2
      raw.memberships.push(
        {
          organization: 'mit',
          coalition: 'alliance',
          role: 'member',
          joinedAfter: '2024-03-01',
          joinedBy: '2024-04',
          leftAfter: '2024-08-01',
          leftBy: '2024-09-15',
          sources: ['expansion'],
        },
        {
          organization: 'openai',
          coalition: 'alliance',
          role: 'member',
          joinedAfter: '2024-01-10',
          sources: ['expansion'],
        },
      )
    })
    const { rows } = comparisonCsv(v2, compareCoalitions(v2, 'alliance', 'forum', day('2024-08-10'), { family: false }))
    expect(rows.find((row) => row[0] === 'MIT')?.slice(5, 17)).toEqual([
      'possible',
      'member',
      '',
      '2024-03-01',
      '2024-04',
      '',
      '2024-08-01',
      '2024-09-15',
      '2024-03-02',
      '2024-04-30',
      '2024-08-02',
      '2024-09-15',
    ])
    // joinedAfter alone is never certain: the start window has no last day.
    expect(rows.find((row) => row[0] === 'OpenAI')?.slice(5, 17)).toEqual([
      'possible',
      'member',
      '',
      '2024-01-10',
      '',
      '',
      '',
      '',
      '2024-01-11',
      '',
      '',
      '',
    ])
  })

  it.each([
    ['2023-01-01', 0],
    ['2023-12-05', 4],
    ['2024-06-01', 5],
  ])('on %s it has %d rows', (iso, count) => {
    expect(
      comparisonCsv(dataset, compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false })).rows,
    ).toHaveLength(count)
  })

  it('names each family member’s role and dates when families are counted as one', () => {
    const { header, rows } = comparisonCsv(
      dataset,
      compareCoalitions(dataset, 'alliance', 'forum', day('2024-06-01'), { family: true }),
    )
    expect(header.slice(0, 3)).toEqual(['organization', 'family members', 'sector'])
    const ibm = rows.find((row) => row[0] === 'IBM')
    expect(ibm?.slice(0, 6)).toEqual(['IBM', 'IBM | Red Hat', 'Enterprise software', 'US', 'yes', 'yes'])
    expect(ibm?.slice(6, 10)).toEqual([
      'certain',
      'IBM: founder | Red Hat: founding member',
      'IBM: 2023-12-05 | Red Hat: 2023-12-05',
      '',
    ])
    // IBM's Forum membership has no join date: the cell stays empty.
    expect(ibm?.slice(18, 21)).toEqual(['certain', 'IBM: member', ''])
    expect(ibm?.slice(26, 28)).toEqual(['IBM: 2023-07-26', 'IBM: 2023-07-26'])
    expect(ibm?.at(-1)).toBe(`${LAUNCH} | ${EXPANSION}`)
    expect(rows.find((row) => row[0] === 'Meta')?.slice(6, 9)).toEqual(['certain', 'founder', '2023-12-05'])
  })
})
