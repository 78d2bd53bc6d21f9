import { describe, expect, it } from 'vitest'
import { loadDataset } from '../dataset/load-dataset'
import type { DatasetDocument } from '../export/dataset-document'
import { importOk } from './test-helpers'

const HEAD =
  'organization,coalition,role,joined,sector,country,organization aliases,parent,source URL,source title,source date'

function valid(document: DatasetDocument | null): void {
  const outcome = loadDataset(JSON.stringify(document))
  expect(outcome.ok ? [] : outcome.problems.map((p) => `${p.path}: ${p.message}`).concat(outcome.reason)).toEqual([])
}

describe('rows made into a dataset', () => {
  const { analysis, document } = importOk(
    [
      HEAD,
      'Meta,AI Alliance,founder,2023-12-05,Model developer,US,Facebook,,https://example.org/launch,Launch,2023-12-05',
      'IBM,AI Alliance,,2023-12-05,Cloud,US,,,https://example.org/launch,,',
      'Red Hat,AI Alliance,member,2024-02,,US,,IBM,https://example.org/feb,February list,2024-02-08',
      'Meta,Frontier Model Forum,member,2024-05,,,,,https://example.org/fmf,,',
      'Zeta Labs,,,,,,,,,,',
      'Meta,AI Alliance,founder,2023-12-05,Model developer,US,,,https://example.org/second,Second source,',
    ].join('\n'),
  )

  it('makes sectors, coalitions, organizations and sources with readable ids', () => {
    expect(document?.sectors).toEqual([
      { id: 'model-developer', label: 'Model developer' },
      { id: 'cloud', label: 'Cloud' },
      { id: 'unknown-sector', label: 'Unknown sector' },
    ])
    expect(document?.coalitions).toEqual([
      { id: 'ai-alliance', name: 'AI Alliance' },
      { id: 'frontier-model-forum', name: 'Frontier Model Forum' },
    ])
    expect(document?.organizations).toEqual([
      { id: 'meta', name: 'Meta', sector: 'model-developer', aliases: ['Facebook'], country: 'US' },
      { id: 'ibm', name: 'IBM', sector: 'cloud', country: 'US' },
      { id: 'red-hat', name: 'Red Hat', sector: 'unknown-sector', country: 'US', parent: 'ibm' },
      { id: 'zeta-labs', name: 'Zeta Labs', sector: 'unknown-sector' },
    ])
  })

  it('makes one source of an address many rows cite, titled by its address when the sheet gives no title', () => {
    expect(document?.sources).toEqual([
      { id: 'launch', title: 'Launch', url: 'https://example.org/launch', date: '2023-12-05' },
      { id: 'february-list', title: 'February list', url: 'https://example.org/feb', date: '2024-02-08' },
      { id: 'example-org-fmf', title: 'example.org/fmf', url: 'https://example.org/fmf' },
      { id: 'second-source', title: 'Second source', url: 'https://example.org/second' },
    ])
  })

  it('reads an empty role as member, and a second row of one membership as a second source', () => {
    expect(document?.memberships).toEqual([
      {
        organization: 'meta',
        coalition: 'ai-alliance',
        role: 'founder',
        joined: '2023-12-05',
        sources: ['launch', 'second-source'],
      },
      { organization: 'ibm', coalition: 'ai-alliance', role: 'member', joined: '2023-12-05', sources: ['launch'] },
      {
        organization: 'red-hat',
        coalition: 'ai-alliance',
        role: 'member',
        joined: '2024-02',
        sources: ['february-list'],
      },
      {
        organization: 'meta',
        coalition: 'frontier-model-forum',
        role: 'member',
        joined: '2024-05',
        sources: ['example-org-fmf'],
      },
    ])
    expect(analysis.roleDefaulted).toBe(1)
    expect(analysis.report).toMatchObject({
      memberships: 4,
      organizations: 4,
      coalitions: 2,
      sources: 4,
      sectors: 3,
      organizationsAlone: 1,
      unknownSector: 2,
      extraSourceRows: 1,
    })
  })

  it('is a document the validator accepts', () => {
    expect(analysis.problems).toEqual([])
    valid(document)
  })

  it('files an organization under a sector another row gives it', () => {
    const { document: second } = importOk(
      `${HEAD}\nMeta,A,,,,,,,https://x.example/a,,\nMeta,B,,,Model developer,,,,https://x.example/b,,\n`,
    )
    expect(second?.organizations).toEqual([{ id: 'meta', name: 'Meta', sector: 'model-developer' }])
  })
})

describe('ids', () => {
  it('are de-duplicated slugs, or the ids the sheet gives', () => {
    const text = [
      'organization,coalition,organization id,source URL',
      'Meta,A,,https://x.example',
      'Meta!,A,,https://x.example',
      'META Platforms,A,meta-platforms-inc,https://x.example',
    ].join('\n')
    // "Meta!" is offered as "Meta" written another way; kept apart, it needs an id of its own.
    const apart = new Map(importOk(text).analysis.pairs.map((pair) => [pair.id, false]))
    const { document } = importOk(text, { merges: apart })
    expect(document?.organizations.map((o) => o.id)).toEqual(['meta', 'meta-2', 'meta-platforms-inc'])
  })
})

describe('near-duplicate names', () => {
  const text = [
    'organization,coalition,source URL',
    'Meta,A,https://x.example/1',
    'meta,B,https://x.example/2',
    'Meta Platforms,C,https://x.example/3',
    'Anthropic,A,https://x.example/4',
    'Antropic,B,https://x.example/5',
    'Anthropic,C,https://x.example/6',
  ].join('\n')

  it('are offered, with only case-and-punctuation pairs merged by default', () => {
    const { analysis, document } = importOk(text)
    expect(analysis.pairs.map((pair) => [pair.from, pair.to, pair.reason, pair.merge])).toEqual([
      ['meta', 'Meta', 'same-name', true],
      ['Meta Platforms', 'Meta', 'contains', false],
      ['Antropic', 'Anthropic', 'similar', false],
    ])
    // "meta" differs from "Meta" only in case: as an alias it would add nothing search does not find.
    expect(document?.organizations.map((o) => [o.name, o.aliases ?? []])).toEqual([
      ['Meta', []],
      ['Meta Platforms', []],
      ['Anthropic', []],
      ['Antropic', []],
    ])
  })

  it('are merged or kept apart as the person chooses', () => {
    const first = importOk(text)
    const choices = new Map(first.analysis.pairs.map((pair) => [pair.id, pair.from !== 'meta']))
    const { document } = importOk(text, { merges: choices })
    expect(document?.organizations.map((o) => [o.name, o.aliases ?? []])).toEqual([
      ['Meta', ['Meta Platforms']],
      ['meta', []],
      ['Anthropic', ['Antropic']],
    ])
    expect(document?.memberships.map((m) => `${m.organization}/${m.coalition}`)).toEqual([
      'meta/a',
      'meta-2/b',
      'meta/c',
      'anthropic/a',
      'anthropic/b',
      'anthropic/c',
    ])
    valid(document)
  })
})

describe('adding to the dataset on screen', () => {
  const existing: DatasetDocument = {
    version: 2,
    title: 'On screen',
    updated: '2026-01-01',
    sectors: [{ id: 'tech', label: 'Tech' }],
    sources: [{ id: 'old', title: 'Old', url: 'https://x.example/old' }],
    coalitions: [{ id: 'a', name: 'Alpha Alliance', founded: '2020' }],
    organizations: [
      { id: 'meta', name: 'Meta', aliases: ['Facebook'], sector: 'tech' },
      { id: 'ibm', name: 'IBM', sector: 'tech' },
    ],
    memberships: [{ organization: 'meta', coalition: 'a', role: 'member', joined: '2020', sources: ['old'] }],
  }

  it('matches organizations by name and alias, coalitions by name and sources by address, and says so', () => {
    const { analysis, document } = importOk(
      [
        'organization,coalition,joined,sector,source URL',
        'Facebook,Beta Pact,2024,Tech,https://x.example/old',
        'ibm,Alpha Alliance,2021,,https://x.example/new',
        'Meta,Alpha Alliance,2020,,https://x.example/old',
        'Newco,Alpha Alliance,2022,Startups,https://x.example/new',
      ].join('\n'),
      { mode: 'add', existing },
    )
    expect(analysis.problems).toEqual([])
    expect(document?.title).toBe('On screen')
    expect(document?.coalitions.map((c) => c.id)).toEqual(['a', 'beta-pact'])
    expect(document?.organizations.map((o) => o.id)).toEqual(['meta', 'ibm', 'newco'])
    expect(document?.sectors.map((s) => s.id)).toEqual(['tech', 'startups'])
    expect(document?.sources.map((s) => s.id)).toEqual(['old', 'x-example-new'])
    expect(document?.memberships.slice(1)).toEqual([
      { organization: 'meta', coalition: 'beta-pact', role: 'member', joined: '2024', sources: ['old'] },
      { organization: 'ibm', coalition: 'a', role: 'member', joined: '2021', sources: ['x-example-new'] },
      { organization: 'newco', coalition: 'a', role: 'member', joined: '2022', sources: ['x-example-new'] },
    ])
    expect(analysis.report).toMatchObject({
      memberships: 3,
      organizations: 1,
      coalitions: 1,
      matchedOrganizations: ['Facebook', 'ibm', 'Meta'],
      matchedCoalitions: ['Alpha Alliance'],
      membershipsAlreadyThere: 1,
    })
    valid(document)
    // The dataset handed in is not changed.
    expect(existing.organizations).toHaveLength(2)
  })

  it('refuses a membership that overlaps one already in the dataset', () => {
    const { analysis } = importOk(
      ['organization,coalition,joined,source URL', 'Meta,Alpha Alliance,2021,https://x.example/y'].join('\n'),
      { mode: 'add', existing },
    )
    expect(analysis.problems).toEqual([
      'row 2: “Meta” is already in “Alpha Alliance” in the dataset on screen for a period that overlaps this one',
    ])
  })
})
