import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { interlocks, type Interlocks } from './interlocks'
import { INTERLOCKS_CSV_HEADER, interlocksCsv, interlocksFileName } from './interlocks-csv'

// Alliance: IBM, Meta, Red Hat from 2023-12-05, CERN in February 2024. Forum: OpenAI and IBM, Meta in May 2024 until 2024-09-01.
// Club: IBM since 2020; Red Hat some day after 1 March 2024.
const dataset = buildDataset((doc) => {
  doc.version = 2
  doc.coalitions.push({ id: 'club', name: 'Club', founded: '2020-01-01' })
  doc.memberships.push(
    { organization: 'ibm', coalition: 'club', role: 'member', joined: '2020-01-01', sources: ['launch'] },
    { organization: 'red-hat', coalition: 'club', role: 'member', joinedAfter: '2024-03-01', sources: ['launch'] },
  )
})

describe('interlocksCsv', () => {
  it('gives one row per other coalition, in the order shown, with shares and names', () => {
    const result = interlocks(dataset, 'alliance', day('2024-05-15')) as Interlocks
    const { header, rows } = interlocksCsv(result, '2024-05-15')
    expect(header).toEqual([...INTERLOCKS_CSV_HEADER])
    expect(rows).toEqual([
      ['2024-05-15', 'alliance', 'Alliance', 4, 4, 1, 'forum', 'Forum', 1, 2, 0.25, 0.5, 'IBM | Meta (uncertain)'],
      ['2024-05-15', 'alliance', 'Alliance', 4, 4, 2, 'club', 'Club', 1, 2, 0.25, 0.5, 'IBM | Red Hat (uncertain)'],
    ])
  })

  it('has no rows when no member is anywhere else', () => {
    const result = interlocks(
      dataset,
      'alliance',
      day('2024-05-15'),
      (organization) => organization.id === 'cern',
    ) as Interlocks
    expect(interlocksCsv(result, '2024-05-15').rows).toEqual([])
  })
})

describe('interlocksFileName', () => {
  it.each<[string[], string, string]>([
    [[], '', 'coalition-atlas-interlocks-ai-alliance-2024-06-30.csv'],
    [['model-developer'], 'Méta', 'coalition-atlas-interlocks-ai-alliance-model-developer-search-meta-2024-06-30.csv'],
  ])('%j, %j', (sectors, query, expected) => {
    expect(interlocksFileName('ai-alliance', sectors, query, '2024-06-30')).toBe(expected)
  })

  it('keeps the day when the rest is long', () => {
    const name = interlocksFileName('ai-alliance', [], 'x'.repeat(300), '2024-06-30')
    expect([name.length <= 124, name.endsWith('-2024-06-30.csv')]).toEqual([true, true])
  })
})
