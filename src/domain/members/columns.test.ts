import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { toCsv } from '../export/csv'
import { isoToDay } from '../dataset/dates'
import { memberCellText, memberColumns, memberCsvTable, sortableIds } from './columns'
import { buildMemberRows } from './rows'
import { sortMemberRows } from './sort'

const data = buildDataset()
const rows = buildMemberRows(data, isoToDay('2024-06-01') as number)
const row = (id: string) => rows.find((r) => r.id === id)!
const column = (id: string) => memberColumns(data).find((c) => c.id === id)!

describe('memberColumns', () => {
  it('has the fixed columns and one per coalition', () => {
    expect(memberColumns(data).map((c) => c.header)).toEqual(['Name', 'Sector', 'Country', 'Coalitions', 'Member since', 'Alliance', 'Forum'])
  })

  it('collapses coalitions into one strip column above eight', () => {
    const many = buildDataset((doc) => {
      for (let i = 0; i < 7; i++) doc.coalitions.push({ id: `c${i}`, name: `Coalition ${i}` })
    })
    expect(memberColumns(many).map((c) => c.id)).toEqual(['name', 'sector', 'country', 'coalitions', 'joined', 'memberships'])
    expect(sortableIds(many).has('c6')).toBe(true)
  })
})

describe('memberCellText', () => {
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
    ['ibm', 'alliance', 'founder · 5 December 2023'],
    ['meta', 'forum', 'member · ≈ May 2024'],
    ['ibm', 'forum', 'member · join date unknown'],
    ['red-hat', 'forum', ''],
  ])('%s / %s → %j', (id, columnId, expected) => {
    expect(memberCellText(row(id), column(columnId), data)).toBe(expected)
  })
})

describe('memberCsvTable', () => {
  it('writes the given rows in order with the visible columns only, and round-trips', () => {
    const evil = buildDataset((doc) => { doc.organizations[1]!.name = '=HYPERLINK("x")' })
    const evilRows = sortMemberRows(buildMemberRows(evil, isoToDay('2024-06-01') as number), [{ id: 'coalitions', desc: true }])
    const columns = memberColumns(evil).filter((c) => ['name', 'country', 'coalitions', 'forum'].includes(c.id))
    const { header, cells } = memberCsvTable(evilRows.slice(0, 3), columns, evil)
    const parsed = Papa.parse<string[]>(toCsv(header, cells).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(parsed).toEqual([
      ['Name', 'Country', 'Coalitions', 'Forum'],
      ["'=HYPERLINK(\"x\")", 'United States', '2', 'member · ≈ May 2024'],
      ['IBM', 'United States', '2', 'member · join date unknown'],
      ['CERN', 'Switzerland', '1', ''],
    ])
  })
})
