import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { toCsv } from '../export/csv'
import { filterMemberRows, NO_FILTERS, type MemberFilters } from './filter'
import { MEMBERSHIP_LIST_HEADER, membersFileName, membershipListTable } from './membership-list'
import { buildMemberRows } from './rows'

/** Version 2 of the fixture, with a start known by its bounds, a left window and a month-only join. */
const data = buildDataset((doc) => {
  doc.version = 2
  doc.sources.push({ id: 'register', title: 'Register', url: 'https://example.org/register?a=1&b=2' })
  // MIT: in the Forum by March 2024, start unknown.
  doc.memberships.push({
    organization: 'mit',
    coalition: 'forum',
    role: 'partner',
    joinedBy: '2024-03',
    sources: ['expansion', 'register'],
  })
  // OpenAI: signed the Alliance after 1 May 2024.
  doc.memberships.push({
    organization: 'openai',
    coalition: 'alliance',
    role: 'signatory',
    joinedAfter: '2024-05-01',
    sources: ['register'],
    confidence: 'low',
  })
  // Red Hat left the Alliance some day in June 2024.
  Object.assign(doc.memberships[2]!, { leftAfter: '2024-05-31', leftBy: '2024-06-30' })
})

function list(iso: string, filters: Partial<MemberFilters> = {}) {
  const all = { ...NO_FILTERS, ...filters }
  const { rows } = filterMemberRows(buildMemberRows(data, day(iso)), all)
  return membershipListTable(rows, all, data)
}

/** The row of one organization's membership of one coalition, by column name. */
function record(iso: string, organization: string, coalition: string) {
  const { header, cells } = list(iso)
  const found = cells.find((line) => line[1] === organization && line[5] === coalition)
  return found ? Object.fromEntries(header.map((name, index) => [name, found[index]])) : undefined
}

describe('membershipListTable', () => {
  it('has the documented columns', () => {
    expect(list('2024-06-15').header).toEqual([
      'organization',
      'organization_id',
      'sector',
      'country',
      'coalition',
      'coalition_id',
      'role',
      'joined',
      'left',
      'joinedAfter',
      'joinedBy',
      'leftAfter',
      'leftBy',
      'start_earliest',
      'start_latest',
      'end_earliest',
      'end_latest',
      'status_on_day',
      'confidence',
      'source_urls',
    ])
    expect(MEMBERSHIP_LIST_HEADER).toHaveLength(20)
  })

  it.each<[string, string, string, Record<string, string>]>([
    // joinedBy: the start window runs from the Forum's founding to the last day of March.
    [
      '2024-03-01',
      'mit',
      'forum',
      {
        joinedBy: '2024-03',
        joined: '',
        start_earliest: '2023-07-26',
        start_latest: '2024-03-31',
        end_earliest: '',
        end_latest: '',
        status_on_day: 'possible',
        confidence: '',
        source_urls: 'https://example.org/expansion | https://example.org/register?a=1&b=2',
      },
    ],
    [
      '2024-04-01',
      'mit',
      'forum',
      {
        status_on_day: 'certain',
        role: 'partner',
        organization: 'MIT',
        country: '',
        sector: 'Research & academia',
        coalition: 'Forum',
      },
    ],
    // joinedAfter: from the day after; never certain.
    [
      '2024-06-15',
      'openai',
      'alliance',
      {
        joinedAfter: '2024-05-01',
        start_earliest: '2024-05-02',
        start_latest: '',
        status_on_day: 'possible',
        confidence: 'low',
        country: 'US',
      },
    ],
    // A left window: certain until the day after leftAfter, possible until leftBy.
    [
      '2024-06-15',
      'red-hat',
      'alliance',
      {
        joined: '2023-12-05',
        leftAfter: '2024-05-31',
        leftBy: '2024-06-30',
        left: '',
        start_earliest: '2023-12-05',
        start_latest: '2023-12-05',
        end_earliest: '2024-06-01',
        end_latest: '2024-06-30',
        status_on_day: 'possible',
      },
    ],
    ['2024-05-31', 'red-hat', 'alliance', { status_on_day: 'certain', role: 'founding member' }],
    // A month-precision join keeps its text; the window spans the month.
    [
      '2024-05-15',
      'meta',
      'forum',
      {
        joined: '2024-05',
        left: '2024-09-01',
        start_earliest: '2024-05-01',
        start_latest: '2024-05-31',
        end_earliest: '2024-09-01',
        end_latest: '2024-09-01',
        status_on_day: 'possible',
      },
    ],
    ['2024-06-01', 'meta', 'forum', { status_on_day: 'certain' }],
    // No start at all: counted from the founding.
    [
      '2024-06-01',
      'ibm',
      'forum',
      { joined: '', start_earliest: '2023-07-26', start_latest: '2023-07-26', status_on_day: 'certain' },
    ],
  ])('on %s, %s in %s', (iso, organization, coalition, expected) => {
    expect(record(iso, organization, coalition)).toMatchObject(expected)
  })

  it.each<[string, string, string]>([
    ['2024-05-01', 'openai', 'alliance'],
    ['2024-06-30', 'red-hat', 'alliance'],
    ['2024-09-01', 'meta', 'forum'],
  ])('leaves out a membership not possible on the day (%s: %s in %s)', (iso, organization, coalition) => {
    expect(record(iso, organization, coalition)).toBeUndefined()
  })

  it.each<[string, Partial<MemberFilters>, string[]]>([
    [
      'every membership of every row, rows in order, coalitions in dataset order',
      {},
      [
        'ibm/alliance',
        'ibm/forum',
        'meta/alliance',
        'meta/forum',
        'red-hat/alliance',
        'cern/alliance',
        'openai/alliance',
        'openai/forum',
        'mit/forum',
      ],
    ],
    [
      'the chosen coalition only',
      { coalitions: ['alliance'] },
      ['ibm/alliance', 'meta/alliance', 'red-hat/alliance', 'cern/alliance', 'openai/alliance'],
    ],
    ['"none of" lists the other memberships', { coalitions: ['alliance'], match: 'none' }, ['mit/forum']],
    ['the chosen roles only', { roles: ['founder'] }, ['ibm/alliance', 'meta/alliance', 'openai/forum']],
    ['a sector', { sectors: ['research-academia'] }, ['cern/alliance', 'mit/forum']],
  ])('lists %s', (_case, filters, expected) => {
    expect(list('2024-06-15', filters).cells.map((cells) => `${cells[1]}/${cells[5]}`)).toEqual(expected)
  })

  it('neutralizes formulas and round-trips through CSV', () => {
    const evil = buildDataset((doc) => {
      doc.organizations[0]!.name = '=HYPERLINK("x")'
      doc.memberships[0]!.role = '+founder'
    })
    const { rows } = filterMemberRows(buildMemberRows(evil, day('2024-06-01')), { ...NO_FILTERS, query: 'hyperlink' })
    const { header, cells } = membershipListTable(rows, NO_FILTERS, evil)
    const parsed = Papa.parse<string[]>(toCsv(header, cells).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(parsed.map((row) => [row[0], row[6]])).toEqual([
      ['organization', 'role'],
      ['\'=HYPERLINK("x")', "'+founder"],
      ['\'=HYPERLINK("x")', 'member'],
    ])
  })
})

describe('membersFileName', () => {
  it.each<[Partial<MemberFilters>, 'membership-list' | 'organizations', string]>([
    [{}, 'membership-list', 'coalition-atlas-membership-list-2024-05-01.csv'],
    [
      { coalitions: ['partnership-on-ai'] },
      'membership-list',
      'coalition-atlas-membership-list-partnership-on-ai-2024-05-01.csv',
    ],
    [{ sectors: ['research-academia'] }, 'organizations', 'coalition-atlas-members-research-academia-2024-05-01.csv'],
    [
      { coalitions: ['a', 'b'], match: 'all', countries: ['US'], roles: ['founding member'], query: ' Red Hat ' },
      'organizations',
      'coalition-atlas-members-all-of-a-b-us-founding-member-search-red-hat-2024-05-01.csv',
    ],
    [
      { query: 'x'.repeat(300) },
      'membership-list',
      `coalition-atlas-membership-list-search-${'x'.repeat(70)}-2024-05-01.csv`,
    ],
  ])('%j, %s → %s', (filters, kind, expected) => {
    expect(membersFileName(kind, { ...NO_FILTERS, ...filters }, '2024-05-01')).toBe(expected)
  })
})
