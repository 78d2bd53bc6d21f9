import { beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, day, rawDataset } from '../../test/fixtures'
import { isoToDay } from '../dataset/dates'
import {
  activeFilterCount,
  filterMemberRows,
  keepMatchedRows,
  matchMemberRows,
  membershipInScope,
  NO_FILTERS,
  type MemberFilters,
} from './filter'
import { summarizeCoalition } from '../membership/membership'
import { buildMemberRows } from './rows'
import { memberColumns, sortKeyOf } from './columns'
import { currentCloseMatcher, loadCloseMatches, searchOrganizations } from './org-search'
import { sortMemberRows } from './sort'
import { validateDataset } from '../dataset/validate-dataset'

function rowsOn(iso: string) {
  const doc = rawDataset()
  doc.organizations.push({
    id: 'epfl',
    name: 'École polytechnique fédérale de Lausanne',
    aliases: ['EPFL'],
    sector: 'research-academia',
    country: 'CH',
  })
  const result = validateDataset(doc)
  if (!result.ok) throw new Error('fixture must be valid')
  return buildMemberRows(result.dataset, isoToDay(iso) as number)
}

const ids = (iso: string, filters: Partial<MemberFilters>) =>
  filterMemberRows(rowsOn(iso), { ...NO_FILTERS, ...filters }).rows.map((row) => row.id)

describe('filterMemberRows', () => {
  it.each<[string, Partial<MemberFilters>, string[]]>([
    ['no filter keeps everyone, absentees included', {}, ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'mit', 'epfl']],
    ['one sector', { sectors: ['research-academia'] }, ['cern', 'mit', 'epfl']],
    [
      'several sectors',
      { sectors: ['research-academia', 'model-developer'] },
      ['meta', 'cern', 'openai', 'mit', 'epfl'],
    ],
    [
      'member of any chosen coalition',
      { coalitions: ['alliance', 'forum'], match: 'any' },
      ['ibm', 'meta', 'red-hat', 'cern', 'openai'],
    ],
    ['member of all chosen coalitions', { coalitions: ['alliance', 'forum'], match: 'all' }, ['ibm', 'meta']],
    ['member of none of them: the absentees', { coalitions: ['alliance', 'forum'], match: 'none' }, ['mit', 'epfl']],
    ['not in the Forum', { coalitions: ['forum'], match: 'none' }, ['red-hat', 'cern', 'mit', 'epfl']],
    ['country; unknown countries are left out', { countries: ['US'] }, ['ibm', 'meta', 'red-hat', 'openai']],
    ['several countries', { countries: ['CH', 'US'] }, ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'epfl']],
    ['role in any active membership', { roles: ['member'] }, ['ibm', 'meta', 'cern']],
    ['role within the chosen coalitions', { roles: ['member'], coalitions: ['forum'] }, ['ibm', 'meta']],
    [
      'role with "none of them" looks at the other memberships',
      { roles: ['member'], coalitions: ['forum'], match: 'none' },
      ['cern'],
    ],
    ['filters combine', { sectors: ['enterprise-software'], roles: ['founder'] }, ['ibm']],
    ['search by alias', { query: 'facebook' }, ['meta']],
    ['search ignores case and surrounding space', { query: '  FACEBOOK ' }, ['meta']],
    ['search ignores accents', { query: 'ecole' }, ['epfl']],
    ['search words in any order', { query: 'lausanne polytechnique' }, ['epfl']],
    ['search matches part of a name', { query: 'red' }, ['red-hat']],
    ['search that finds nothing', { query: 'nothing like this' }, []],
  ])('%s', (_case, filters, expected) => {
    expect(ids('2024-06-01', filters)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    ['2024-06-01', ['ibm', 'meta']],
    // Meta left the Forum on 2024-09-01: it no longer counts on that day.
    ['2024-09-01', ['ibm']],
    // CERN joined the Alliance in 2024-02 and is not in it in January.
    ['2024-01-15', ['ibm']],
  ])('honours the as-of day (%s) for "member of all"', (iso, expected) => {
    expect(ids(iso, { coalitions: ['alliance', 'forum'], match: 'all' })).toEqual(expected)
  })

  it.each<[string, Partial<MemberFilters>, number]>([
    ['no filter', {}, 0],
    ['a search of spaces is no search', { query: '   ' }, 0],
    ['a search of letters', { query: ' meta ' }, 1],
    ['each sector counts', { sectors: ['a', 'b'] }, 2],
    ['each coalition counts, whatever the match', { coalitions: ['alliance', 'forum'], match: 'none' }, 2],
    ['countries and roles', { countries: ['JP'], roles: ['member', 'founder'] }, 3],
    [
      'everything at once',
      { sectors: ['a'], coalitions: ['forum'], countries: ['DE'], roles: ['member'], query: 'x' },
      5,
    ],
  ])('counts the filters in force: %s', (_case, patch, expected) => {
    expect(activeFilterCount({ ...NO_FILTERS, ...patch })).toBe(expected)
  })

  it('keeps no row as uncertain when every membership is certain', () => {
    expect(
      filterMemberRows(rowsOn('2024-06-01'), { ...NO_FILTERS, coalitions: ['alliance', 'forum'], match: 'any' })
        .uncertain,
    ).toBe(0)
  })
})

/** Version 2 of the fixture on days when some memberships are only possible. */
const v2 = buildDataset((doc) => {
  doc.version = 2
  // MIT: in the Forum by March 2024, start unknown. OpenAI: signed the Alliance after 1 May 2024.
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
  // Red Hat left the Alliance some day in June 2024.
  Object.assign(doc.memberships[2]!, { leftAfter: '2024-05-31', leftBy: '2024-06-30' })
})

describe('filterMemberRows with uncertain memberships', () => {
  // On 2024-06-15 the Alliance has IBM, Meta and CERN for certain, Red Hat (may have left) and
  // OpenAI (signed after 1 May) perhaps; the Forum has OpenAI, Meta, IBM and MIT for certain.
  // On 2024-05-15 Meta's Forum membership ("2024-05") is uncertain; on 2024-03-01 MIT's ("by March").
  it.each<[string, string, Partial<MemberFilters>, string[], number]>([
    [
      'no filter: nobody is kept for a membership',
      '2024-06-15',
      {},
      ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'mit'],
      0,
    ],
    [
      'any of one coalition: the uncertain members count, marked',
      '2024-06-15',
      { coalitions: ['alliance'] },
      ['ibm', 'meta', 'red-hat', 'cern', 'openai'],
      2,
    ],
    [
      'any of two: OpenAI is certain in the Forum',
      '2024-06-15',
      { coalitions: ['alliance', 'forum'] },
      ['ibm', 'meta', 'red-hat', 'cern', 'openai', 'mit'],
      1,
    ],
    [
      'all of two: OpenAI only possibly',
      '2024-06-15',
      { coalitions: ['alliance', 'forum'], match: 'all' },
      ['ibm', 'meta', 'openai'],
      1,
    ],
    [
      'none: a possible member is not an absentee',
      '2024-06-15',
      { coalitions: ['alliance'], match: 'none' },
      ['mit'],
      0,
    ],
    ['role through an uncertain membership only', '2024-06-15', { roles: ['signatory'] }, ['openai'], 1],
    ['role through a certain membership', '2024-06-15', { roles: ['founder'] }, ['ibm', 'meta', 'openai'], 0],
    [
      'role scoped to a coalition',
      '2024-06-15',
      { roles: ['founding member'], coalitions: ['alliance'] },
      ['red-hat'],
      1,
    ],
    [
      'a month-only join is uncertain within its month',
      '2024-05-15',
      { coalitions: ['forum'] },
      ['ibm', 'meta', 'openai', 'mit'],
      1,
    ],
    [
      'before the "by" day, the start is uncertain',
      '2024-03-01',
      { coalitions: ['forum'] },
      ['ibm', 'openai', 'mit'],
      1,
    ],
  ])('%s', (_case, iso, filters, expected, uncertain) => {
    const result = filterMemberRows(buildMemberRows(v2, day(iso)), { ...NO_FILTERS, ...filters })
    expect(result.rows.map((row) => row.id)).toEqual(expected)
    expect(result.uncertain).toBe(uncertain)
  })

  it.each(['2023-07-26', '2024-03-01', '2024-05-15', '2024-06-15', '2024-07-01'])(
    'agrees with the coalition summaries on %s: rows = possible, uncertain = possible − certain',
    (iso) => {
      const rows = buildMemberRows(v2, day(iso))
      for (const coalition of v2.coalitions) {
        const summary = summarizeCoalition(v2, coalition, day(iso))
        const result = filterMemberRows(rows, { ...NO_FILTERS, coalitions: [coalition.id] })
        expect(result.rows.length, coalition.id).toBe(summary.possible)
        expect(result.uncertain, coalition.id).toBe(summary.possible - summary.certain)
      }
    },
  )
})

describe('membershipInScope', () => {
  const cells = buildMemberRows(v2, day('2024-06-15')).find((row) => row.id === 'openai')!.cells
  const forum = cells.get('forum')!
  const alliance = cells.get('alliance')!
  it.each<[string, Partial<MemberFilters>, boolean, boolean]>([
    ['no filter shows every membership', {}, true, true],
    ['a coalition filter shows its coalitions only', { coalitions: ['alliance'] }, false, true],
    ['"all of" likewise', { coalitions: ['alliance', 'forum'], match: 'all' }, true, true],
    ['"none of" shows the other memberships', { coalitions: ['cosai'], match: 'none' }, true, true],
    ['a role filter shows those roles', { roles: ['signatory'] }, false, true],
  ])('%s', (_case, filters, forumShown, allianceShown) => {
    expect(membershipInScope({ ...NO_FILTERS, ...filters }, forum)).toBe(forumShown)
    expect(membershipInScope({ ...NO_FILTERS, ...filters }, alliance)).toBe(allianceShown)
  })
})

describe('filterMemberRows with a misspelt search', () => {
  beforeAll(() => loadCloseMatches())
  const withNames = buildDataset((doc) => {
    doc.organizations.push({ id: 'nvidia', name: 'Nvidia', sector: 'model-developer', country: 'US' })
    doc.organizations.push({ id: 'nvidea-labs', name: 'Nvidea Labs', sector: 'research-academia', country: 'US' })
  })
  const rows = sortMemberRows(buildMemberRows(withNames, day('2024-06-01')), [{ id: 'name', desc: false }], (id) =>
    sortKeyOf(memberColumns(withNames), id),
  )

  it.each<[string, string[], number]>([
    // The exact match first, though "Nvidea Labs" sorts before "Nvidia" by name.
    ['nvidia', ['Nvidia', 'Nvidea Labs'], 1],
    ['Nvidea', ['Nvidea Labs', 'Nvidia'], 1],
    ['nvidia labs', ['Nvidea Labs'], 1],
    ['nvidea labs', ['Nvidea Labs'], 0],
    ['opnai', ['OpenAI'], 1],
    ['openai', ['OpenAI'], 0],
  ])('%j → %j, %i close', (query, names, close) => {
    const result = filterMemberRows(
      rows,
      { ...NO_FILTERS, query },
      searchOrganizations(withNames.organizations, query, currentCloseMatcher()),
    )
    expect(result.rows.map((row) => row.name)).toEqual(names)
    expect(result.close).toBe(close)
  })

  it('applies the other filters to close matches too', () => {
    const result = filterMemberRows(
      rows,
      { ...NO_FILTERS, query: 'nvidia', sectors: ['model-developer'] },
      searchOrganizations(withNames.organizations, 'nvidia', currentCloseMatcher()),
    )
    expect(result.rows.map((row) => row.name)).toEqual(['Nvidia'])
    expect(result.close).toBe(0)
  })
})

describe('keepMatchedRows: the filters worked out once, the rows picked out in any order', () => {
  beforeAll(() => loadCloseMatches())
  const withNames = buildDataset((doc) => {
    doc.organizations.push({ id: 'nvidia', name: 'Nvidia', sector: 'model-developer', country: 'US' })
    doc.organizations.push({ id: 'nvidea-labs', name: 'Nvidea Labs', sector: 'research-academia', country: 'US' })
  })
  const unsorted = buildMemberRows(withNames, day('2024-06-01'))
  const byName = (desc: boolean) =>
    sortMemberRows(unsorted, [{ id: 'name', desc }], (id) => sortKeyOf(memberColumns(withNames), id))

  // Matched on the dataset's order, kept in name order: the same rows, in name order, close ones last.
  it.each<[string, Partial<MemberFilters>, boolean, string[], number]>([
    ['no filter, A to Z', {}, false, ['CERN', 'IBM', 'Meta', 'MIT', 'Nvidea Labs', 'Nvidia', 'OpenAI', 'Red Hat'], 0],
    ['one sector, Z to A', { sectors: ['research-academia'] }, true, ['Nvidea Labs', 'MIT', 'CERN'], 0],
    ['a misspelt search, A to Z: the exact match first', { query: 'nvidia' }, false, ['Nvidia', 'Nvidea Labs'], 0],
    ['a misspelt search, Z to A', { query: 'nvidea' }, true, ['Nvidea Labs', 'Nvidia'], 0],
    ['a coalition, Z to A', { coalitions: ['alliance'] }, true, ['Red Hat', 'Meta', 'IBM', 'CERN'], 0],
  ])('%s', (_case, partial, desc, names, uncertain) => {
    const filters = { ...NO_FILTERS, ...partial }
    const search = searchOrganizations(withNames.organizations, filters.query, currentCloseMatcher())
    const matched = matchMemberRows(unsorted, filters, search)
    const sorted = byName(desc)
    const result = keepMatchedRows(sorted, matched, search)
    expect(result.rows.map((row) => row.name)).toEqual(names)
    expect(result.uncertain).toBe(uncertain)
    expect(result).toEqual(filterMemberRows(sorted, filters, search))
  })

  // Every organization kept, certainly: the rows come back as given, whatever filter kept them.
  it.each<[string, Partial<MemberFilters>]>([
    ['no filter', {}],
    ['every sector chosen', { sectors: withNames.sectors.map((sector) => sector.id) }],
  ])('%s: every row, in the given order', (_case, partial) => {
    const filters = { ...NO_FILTERS, ...partial }
    const search = searchOrganizations(withNames.organizations, '', null)
    const sorted = byName(true)
    const result = keepMatchedRows(sorted, matchMemberRows(unsorted, filters, search), search)
    expect(result.rows.map((row) => row.name)).toEqual(sorted.map((row) => row.name))
    expect(result.rows).toHaveLength(unsorted.length)
    expect([result.uncertain, result.close]).toEqual([0, 0])
  })

  it('keeps a close match last even when the search finds every organization', () => {
    // Every name holds "Nvidia" but one, "Nvidea Labs", which only the close matcher finds.
    const alike = buildDataset((doc) => {
      doc.organizations.forEach((organization, index) => {
        organization.name = index === 0 ? 'Nvidea Labs' : `Nvidia ${String.fromCharCode(65 + index)}`
        delete organization.aliases
      })
    })
    const rows = buildMemberRows(alike, day('2024-06-01'))
    const search = searchOrganizations(alike.organizations, 'nvidia', currentCloseMatcher())
    const sorted = sortMemberRows(rows, [{ id: 'name', desc: false }], (id) => sortKeyOf(memberColumns(alike), id))
    const result = keepMatchedRows(sorted, matchMemberRows(rows, { ...NO_FILTERS, query: 'nvidia' }, search), search)
    expect(result.rows).toHaveLength(rows.length)
    expect(result.rows.at(-1)?.name).toBe('Nvidea Labs')
    expect(result.close).toBe(1)
  })
})
