import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { isoToDay } from '../dataset/dates'
import { memberColumns, resolveSortId, sortKeyOf } from './columns'
import { buildMemberRows } from './rows'
import { HAS_VALUE, MISSING, parseSort, serializeSort, sortMemberRows, type SortKey } from './sort'
import { validateDataset } from '../dataset/validate-dataset'

function dataset(mutate: (doc: ReturnType<typeof rawDataset>) => void = () => {}) {
  const doc = rawDataset()
  mutate(doc)
  const result = validateDataset(doc)
  if (!result.ok) throw new Error('fixture must be valid')
  return result.dataset
}

const COLUMNS = memberColumns(dataset())
const parse = (sort: string) => parseSort(sort, (id) => resolveSortId(COLUMNS, id))

const names = (sort: string, mutate?: (doc: ReturnType<typeof rawDataset>) => void, iso = '2024-06-01') => {
  const data = dataset(mutate)
  const columns = memberColumns(data)
  const specs = parseSort(sort, (id) => resolveSortId(columns, id))
  return sortMemberRows(buildMemberRows(data, isoToDay(iso) as number), specs, (id) => sortKeyOf(columns, id)).map(
    (row) => row.name,
  )
}

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
    ['c:forum', ['OpenAI', 'Meta', 'IBM', 'CERN', 'MIT', 'Red Hat']],
    ['-c:forum', ['Meta', 'OpenAI', 'IBM', 'CERN', 'MIT', 'Red Hat']],
    // A link made before coalition columns were namespaced names the coalition alone.
    ['forum', ['OpenAI', 'Meta', 'IBM', 'CERN', 'MIT', 'Red Hat']],
    ['unknown-column', ['CERN', 'IBM', 'Meta', 'MIT', 'OpenAI', 'Red Hat']],
  ])('sort=%s', (sort, expected) => {
    expect(names(sort)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    // "meta" (no membership) is put first in the dataset: names the collator holds equal keep the dataset's order, either way.
    ['name', ['CERN', 'IBM', 'meta', 'Meta', 'MIT', 'OpenAI', 'Red Hat']],
    ['-name', ['Red Hat', 'OpenAI', 'MIT', 'meta', 'Meta', 'IBM', 'CERN']],
    ['coalitions', ['meta', 'MIT', 'CERN', 'OpenAI', 'Red Hat', 'IBM', 'Meta']],
    ['-coalitions', ['IBM', 'Meta', 'CERN', 'OpenAI', 'Red Hat', 'meta', 'MIT']],
    ['sector,-name', ['Red Hat', 'IBM', 'OpenAI', 'meta', 'Meta', 'MIT', 'CERN']],
  ])('equal names: sort=%s', (sort, expected) => {
    const mutate = (doc: ReturnType<typeof rawDataset>) => {
      doc.organizations.unshift({ id: 'meta-lower', name: 'meta', sector: 'model-developer', country: 'US' })
    }
    expect(names(sort, mutate)).toEqual(expected)
  })

  it('orders dates as dates, not as their text', () => {
    // "10 January 2024" comes before "5 December 2023" as text; as dates it is later.
    const mutate = (doc: ReturnType<typeof rawDataset>) => {
      doc.memberships.push({
        organization: 'openai',
        coalition: 'alliance',
        role: 'member',
        joined: '2024-01-10',
        sources: ['launch'],
      })
      doc.memberships[0]!.joined = '2023-12-06'
    }
    expect(names('c:alliance', mutate)).toEqual(['Meta', 'Red Hat', 'IBM', 'OpenAI', 'CERN', 'MIT'])
  })

  it('places a start known only by its bounds at startSortDay: a "by" day, or the day after an "after" day', () => {
    const mutate = (doc: ReturnType<typeof rawDataset>) => {
      doc.version = 2
      // CERN: after 20 December 2023 (from 21 December); OpenAI: by January 2024 (31 January).
      Object.assign(doc.memberships[3]!, { joined: undefined, joinedAfter: '2023-12-20', joinedBy: undefined })
      Object.assign(doc.memberships[4]!, { joined: undefined, joinedBy: '2024-01' })
    }
    expect(names('joined', mutate)).toEqual(['IBM', 'Meta', 'Red Hat', 'CERN', 'OpenAI', 'MIT'])
    expect(names('-joined', mutate)).toEqual(['OpenAI', 'CERN', 'IBM', 'Meta', 'Red Hat', 'MIT'])
    expect(names('c:forum', mutate)).toEqual(['OpenAI', 'Meta', 'IBM', 'CERN', 'MIT', 'Red Hat'])
  })

  // Whole-number keys are packed and sorted natively; others go through a comparator. Both must give
  // this order: coalition count, ties by name, MIT (no coalition) last as MISSING in either direction.
  const FEWEST_FIRST = ['CERN', 'OpenAI', 'Red Hat', 'IBM', 'Meta', 'MIT']
  const MOST_FIRST = ['IBM', 'Meta', 'CERN', 'OpenAI', 'Red Hat', 'MIT']
  it.each<[string, (count: number) => number, boolean, string[]]>([
    ['whole numbers (packed)', (count) => count, false, FEWEST_FIRST],
    ['whole numbers, descending (packed)', (count) => count, true, MOST_FIRST],
    ['negative whole numbers, descending (packed)', (count) => -count, true, FEWEST_FIRST],
    ['halves (compared)', (count) => count + 0.5, false, FEWEST_FIRST],
    ['halves, descending (compared)', (count) => count + 0.5, true, MOST_FIRST],
    ['a span beyond 53 bits (compared)', (count) => (count === 0 ? 0 : 2 ** 52 + count), false, FEWEST_FIRST],
  ])('the same order whatever the keys: %s', (_label, value, desc, expected) => {
    const rows = buildMemberRows(dataset(), isoToDay('2024-06-01') as number)
    const key: SortKey = {
      tier: (row) => (row.coalitionCount === 0 ? MISSING : HAS_VALUE),
      value: (row) => value(row.coalitionCount),
    }
    expect(sortMemberRows(rows, [{ id: 'count', desc }], () => key).map((row) => row.name)).toEqual(expected)
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
    [
      '-joined,name',
      [
        { id: 'joined', desc: true },
        { id: 'name', desc: false },
      ],
    ],
    ['c:forum,-c:forum', [{ id: 'c:forum', desc: false }]],
    ['forum,-c:forum', [{ id: 'c:forum', desc: false }]],
    ['-alliance', [{ id: 'c:alliance', desc: true }]],
    ['gone,-country', [{ id: 'country', desc: true }]],
    ['c:gone,c:', []],
    // The strip has no single value to order by.
    ['memberships', []],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected)
  })

  it('writes what it reads, coalition columns namespaced', () => {
    expect(serializeSort(parse('-joined,name,forum'))).toBe('-joined,name,c:forum')
  })
})
