import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { isoToDay } from '../dataset/dates'
import { buildMemberRows } from './rows'
import { parseSort, serializeSort, sortMemberRows } from './sort'
import { validateDataset } from '../dataset/validate-dataset'

function rows(mutate: (doc: ReturnType<typeof rawDataset>) => void = () => {}, iso = '2024-06-01') {
  const doc = rawDataset()
  mutate(doc)
  const result = validateDataset(doc)
  if (!result.ok) throw new Error('fixture must be valid')
  return buildMemberRows(result.dataset, isoToDay(iso) as number)
}

const KNOWN = new Set(['name', 'sector', 'country', 'coalitions', 'joined', 'alliance', 'forum'])
const names = (sort: string, mutate?: (doc: ReturnType<typeof rawDataset>) => void) =>
  sortMemberRows(rows(mutate), parseSort(sort, KNOWN)).map((row) => row.name)

describe('sortMemberRows', () => {
  // On 2024-06-01: IBM (US, 2 coalitions, first joined 2023-12-05), Meta (US, 2, 2023-12-05),
  // Red Hat (US, 1, 2023-12-05), CERN (CH, 1, 2024-02), OpenAI (US, 1, 2023-07-26), MIT (no country, none).
  it.each<[string, string[]]>([
    ['', ['CERN', 'IBM', 'Meta', 'MIT', 'OpenAI', 'Red Hat']],
    ['name', ['CERN', 'IBM', 'Meta', 'MIT', 'OpenAI', 'Red Hat']],
    ['-name', ['Red Hat', 'OpenAI', 'MIT', 'Meta', 'IBM', 'CERN']],
    ['country', ['CERN', 'IBM', 'Meta', 'OpenAI', 'Red Hat', 'MIT']],
    ['-country', ['IBM', 'Meta', 'OpenAI', 'Red Hat', 'CERN', 'MIT']],
    ['joined', ['OpenAI', 'IBM', 'Meta', 'Red Hat', 'CERN', 'MIT']],
    ['-joined', ['CERN', 'IBM', 'Meta', 'Red Hat', 'OpenAI', 'MIT']],
    ['-coalitions', ['IBM', 'Meta', 'CERN', 'OpenAI', 'Red Hat', 'MIT']],
    ['coalitions', ['MIT', 'CERN', 'OpenAI', 'Red Hat', 'IBM', 'Meta']],
    ['sector', ['IBM', 'Red Hat', 'Meta', 'OpenAI', 'CERN', 'MIT']],
    ['sector,joined', ['IBM', 'Red Hat', 'OpenAI', 'Meta', 'CERN', 'MIT']],
    ['-sector,-name', ['MIT', 'CERN', 'OpenAI', 'Meta', 'Red Hat', 'IBM']],
    // The Forum: OpenAI 2023-07-26, Meta 2024-05, IBM with no join date, then the non-members.
    ['forum', ['OpenAI', 'Meta', 'IBM', 'CERN', 'MIT', 'Red Hat']],
    ['-forum', ['Meta', 'OpenAI', 'IBM', 'CERN', 'MIT', 'Red Hat']],
    ['unknown-column', ['CERN', 'IBM', 'Meta', 'MIT', 'OpenAI', 'Red Hat']],
  ])('sort=%s', (sort, expected) => {
    expect(names(sort)).toEqual(expected)
  })

  it('orders dates as dates, not as their text', () => {
    // "10 January 2024" comes before "5 December 2023" as text; as dates it is later.
    const mutate = (doc: ReturnType<typeof rawDataset>) => {
      doc.memberships.push({ organization: 'openai', coalition: 'alliance', role: 'member', joined: '2024-01-10', sources: ['launch'] })
      doc.memberships[0]!.joined = '2023-12-06'
    }
    expect(names('alliance', mutate)).toEqual(['Meta', 'Red Hat', 'IBM', 'OpenAI', 'CERN', 'MIT'])
  })

  it('sorts case and accents like a reader expects', () => {
    const mutate = (doc: ReturnType<typeof rawDataset>) => {
      doc.organizations[3]!.name = 'école'
      doc.organizations[5]!.name = 'Zeta'
    }
    expect(names('name', mutate)).toEqual(['école', 'IBM', 'Meta', 'OpenAI', 'Red Hat', 'Zeta'])
  })
})

describe('parseSort / serializeSort', () => {
  it.each<[string, { id: string; desc: boolean }[]]>([
    ['', []],
    ['name', [{ id: 'name', desc: false }]],
    ['-joined,name', [{ id: 'joined', desc: true }, { id: 'name', desc: false }]],
    ['forum,-forum', [{ id: 'forum', desc: false }]],
    ['gone,-country', [{ id: 'country', desc: true }]],
  ])('%j', (text, expected) => {
    expect(parseSort(text, KNOWN)).toEqual(expected)
  })

  it('writes what it reads', () => {
    expect(serializeSort(parseSort('-joined,name,forum', KNOWN))).toBe('-joined,name,forum')
  })
})
