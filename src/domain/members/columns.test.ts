import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { toCsv } from '../export/csv'
import { memberColumns, memberCsvTable, resolveSortId, sinceScope, sortKeyOf } from './columns'
import { buildMemberRows } from './rows'
import { parseSort, sortMemberRows } from './sort'
import type { Dataset } from '../dataset/types'

const data = buildDataset()
const rows = buildMemberRows(data, day('2024-06-01'))
const row = (id: string, on = rows) => on.find((r) => r.id === id)!
const column = (id: string, dataset: Dataset = data) => memberColumns(dataset).byId.get(id)!

/** The fixture in version 2, with uncertain memberships of every kind. */
const v2 = buildDataset((doc) => {
  doc.version = 2
  // MIT: in the Forum by March 2024, start unknown; OpenAI: signed the Alliance after 1 May 2024.
  doc.memberships.push({
    organization: 'mit',
    coalition: 'forum',
    role: 'partner',
    joinedBy: '2024-03',
    sources: ['expansion'],
  })
  doc.memberships.push({
    organization: 'openai',
    coalition: 'alliance',
    role: 'signatory',
    joinedAfter: '2024-05-01',
    sources: ['expansion'],
  })
  // Red Hat left the Alliance some day between 1 and 30 June 2024.
  Object.assign(doc.memberships[2]!, { leftAfter: '2024-05-31', leftBy: '2024-06-30' })
})

describe('memberColumns', () => {
  it('has the fixed columns and one per coalition, coalition ids namespaced', () => {
    expect(memberColumns(data).list.map((c) => c.header)).toEqual([
      'Name',
      'Sector',
      'Country',
      'Coalitions',
      'Member since (any coalition)',
      'Alliance',
      'Forum',
    ])
    expect(memberColumns(data).list.map((c) => c.id)).toEqual([
      'name',
      'sector',
      'country',
      'coalitions',
      'joined',
      'c:alliance',
      'c:forum',
    ])
  })

  it('collapses coalitions into one strip column above eight, and each may still order the rows', () => {
    const many = buildDataset((doc) => {
      for (let i = 0; i < 7; i++) doc.coalitions.push({ id: `c${i}`, name: `Coalition ${i}` })
    })
    const columns = memberColumns(many)
    expect(columns.list.map((c) => c.id)).toEqual(['name', 'sector', 'country', 'coalitions', 'joined', 'memberships'])
    expect(resolveSortId(columns, 'c:c6')).toBe('c:c6')
    expect(resolveSortId(columns, 'memberships')).toBeNull()
  })

  it.each(['name', 'joined', 'memberships'])('keeps the column of a coalition whose id is "%s"', (id) => {
    const clash = buildDataset((doc) => {
      doc.coalitions[0]!.id = id
      for (const m of doc.memberships) if (m.coalition === 'alliance') m.coalition = id
    })
    const columns = memberColumns(clash)
    expect(columns.list.map((c) => c.header)).toEqual([
      'Name',
      'Sector',
      'Country',
      'Coalitions',
      'Member since (any coalition)',
      'Alliance',
      'Forum',
    ])
    expect(columns.list.filter((c) => c.id === id).map((c) => c.header)).toEqual(
      id === 'memberships' ? [] : [id === 'name' ? 'Name' : 'Member since (any coalition)'],
    )
    const clashRows = buildMemberRows(clash, day('2024-06-01'))
    expect(column(`c:${id}`, clash).text(row('cern', clashRows))).toBe('member · ≈ February 2024')
    // `sort=name` still means the Name column; the coalition's column is `c:name`.
    const order = (sort: string) =>
      sortMemberRows(
        clashRows,
        parseSort(sort, (sortId) => resolveSortId(columns, sortId)),
        (sortId) => sortKeyOf(columns, sortId),
      ).map((r) => r.name)
    expect(parseSort(id, (sortId) => resolveSortId(columns, sortId))).toEqual(
      id === 'memberships' ? [] : [{ id, desc: false }],
    )
    expect(order(`-c:${id}`)).toEqual(['CERN', 'IBM', 'Meta', 'Red Hat', 'MIT', 'OpenAI'])
  })
})

describe('cell text', () => {
  it.each<[string, string, string | number]>([
    ['meta', 'name', 'Meta'],
    ['cern', 'sector', 'Research & academia'],
    ['cern', 'country', 'Switzerland'],
    ['mit', 'country', ''],
    ['ibm', 'coalitions', 2],
    ['mit', 'coalitions', 0],
    ['ibm', 'joined', '5 December 2023'],
    ['cern', 'joined', '≈ February 2024'],
    ['mit', 'joined', ''],
    ['ibm', 'c:alliance', 'founder · 5 December 2023'],
    ['meta', 'c:forum', 'member · ≈ May 2024'],
    ['ibm', 'c:forum', 'member · join date unknown'],
    ['red-hat', 'c:forum', ''],
  ])('%s / %s → %j', (id, columnId, expected) => {
    expect(column(columnId).text(row(id))).toBe(expected)
  })

  it.each<[string, string, string, string | number]>([
    // Possible from the Forum's founding, certain from 31 March 2024.
    ['2024-03-01', 'mit', 'c:forum', 'partner · member by March 2024; start unknown · uncertain'],
    ['2024-04-01', 'mit', 'c:forum', 'partner · member by March 2024; start unknown'],
    ['2024-03-01', 'mit', 'joined', 'member by March 2024; start unknown · uncertain'],
    ['2024-04-01', 'mit', 'joined', 'member by March 2024; start unknown'],
    // Joined some day in February 2024: on 15 February perhaps not yet.
    ['2024-02-15', 'cern', 'joined', '≈ February 2024 · uncertain'],
    ['2024-03-01', 'cern', 'joined', '≈ February 2024'],
    ['2024-06-01', 'openai', 'c:alliance', 'signatory · signed after 1 May 2024; date unknown · uncertain'],
    ['2024-05-01', 'openai', 'c:alliance', ''],
    // Uncertain because it may have ended: the cell says how.
    [
      '2024-06-15',
      'red-hat',
      'c:alliance',
      'founding member · 5 December 2023; left between 31 May and 30 June 2024 · uncertain',
    ],
    ['2024-05-15', 'red-hat', 'c:alliance', 'founding member · 5 December 2023'],
    ['2024-05-15', 'meta', 'c:forum', 'member · ≈ May 2024 · uncertain'],
    ['2024-05-15', 'meta', 'coalitions', 2],
  ])('on %s, %s / %s → %j', (iso, id, columnId, expected) => {
    expect(column(columnId, v2).text(row(id, buildMemberRows(v2, day(iso))))).toBe(expected)
  })

  it('says every membership of the collapsed strip in words, uncertain ones marked', () => {
    const many = buildDataset((doc) => {
      doc.version = 2
      doc.coalitions[1]!.shortName = 'FMF'
      for (let i = 0; i < 7; i++) doc.coalitions.push({ id: `c${i}`, name: `Coalition ${i}` })
    })
    const strip = column('memberships', many)
    const on = buildMemberRows(many, day('2024-05-15'))
    expect(strip.text(row('meta', on))).toBe('Alliance: founder, 5 December 2023. FMF: member, ≈ May 2024, uncertain.')
    expect(strip.text(row('mit', on))).toBe('')
  })
})

describe('"Member since" follows the coalition filter', () => {
  const scoped = (coalitions: string[], match: 'any' | 'all' | 'none') =>
    memberColumns(data, sinceScope(data, coalitions, match)).byId.get('joined')!

  it.each<[string[], 'any' | 'all' | 'none', string | null]>([
    [[], 'any', null],
    [['forum'], 'any', 'Member since (Forum)'],
    [['forum'], 'all', 'Member since (Forum)'],
    [['alliance', 'forum'], 'any', 'Member since (earliest of 2 chosen)'],
    // Not members of the chosen coalition: there is no date in it to show.
    [['forum'], 'none', null],
    // An id the dataset does not have names nothing.
    [['gone'], 'any', null],
  ])('%j (%s) → header %j', (coalitions, match, header) => {
    expect(scoped(coalitions, match).header).toBe(header ?? 'Member since (any coalition)')
  })

  it.each<[string[], 'any' | 'all' | 'none', string, string]>([
    // Meta joined the Alliance in December 2023 and the Forum in May 2024: a Forum view shows May 2024.
    [['forum'], 'any', 'meta', '≈ May 2024'],
    [['alliance'], 'any', 'meta', '5 December 2023'],
    [['alliance', 'forum'], 'all', 'meta', '5 December 2023'],
    [['forum'], 'none', 'meta', '5 December 2023'],
    [[], 'any', 'meta', '5 December 2023'],
    // IBM's Forum membership has no date: nothing to show, though its Alliance date is known.
    [['forum'], 'any', 'ibm', ''],
    [['alliance', 'forum'], 'any', 'ibm', '5 December 2023'],
    [['forum'], 'any', 'cern', ''],
  ])('%j (%s): %s → %j', (coalitions, match, id, expected) => {
    expect(scoped(coalitions, match).text(row(id))).toBe(expected)
  })

  it('sorts by the date in scope, and the CSV header names it', () => {
    const columns = memberColumns(data, sinceScope(data, ['forum'], 'any'))
    const order = sortMemberRows(rows, [{ id: 'joined', desc: false }], (id) => sortKeyOf(columns, id)).map(
      (r) => r.name,
    )
    // OpenAI (July 2023) before Meta (May 2024); no Forum date last, by name.
    expect(order).toEqual(['OpenAI', 'Meta', 'CERN', 'IBM', 'MIT', 'Red Hat'])
    const everywhere = sortMemberRows(rows, [{ id: 'joined', desc: false }], (id) =>
      sortKeyOf(memberColumns(data), id),
    ).map((r) => r.name)
    expect(everywhere).toEqual(['OpenAI', 'IBM', 'Meta', 'Red Hat', 'CERN', 'MIT'])
    const shown = columns.list.filter((c) => c.id === 'name' || c.id === 'joined')
    expect(
      memberCsvTable(
        order.slice(0, 2).map((name) => rows.find((r) => r.name === name)!),
        shown,
      ),
    ).toEqual({
      header: ['Name', 'Member since (Forum)'],
      cells: [
        ['OpenAI', '26 July 2023'],
        ['Meta', '≈ May 2024'],
      ],
    })
  })
})

describe('memberCsvTable', () => {
  it('writes the given rows in order with the visible columns only, and round-trips', () => {
    const evil = buildDataset((doc) => {
      doc.organizations[1]!.name = '=HYPERLINK("x")'
    })
    const columns = memberColumns(evil)
    const evilRows = sortMemberRows(
      buildMemberRows(evil, day('2024-06-01')),
      [{ id: 'coalitions', desc: true }],
      (id) => sortKeyOf(columns, id),
    )
    const shown = columns.list.filter((c) => ['name', 'country', 'coalitions', 'c:forum'].includes(c.id))
    const { header, cells } = memberCsvTable(evilRows.slice(0, 3), shown)
    const parsed = Papa.parse<string[]>(toCsv(header, cells).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(parsed).toEqual([
      ['Name', 'Country', 'Coalitions', 'Forum'],
      ['\'=HYPERLINK("x")', 'United States', '2', 'member · ≈ May 2024'],
      ['IBM', 'United States', '2', 'member · join date unknown'],
      ['CERN', 'Switzerland', '1', ''],
    ])
  })
})
