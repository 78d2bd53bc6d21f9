import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { parsePartialDate } from './dates'
import type { RawDataset } from './schema'
import { formatProblem } from './types'
import { validateDataset } from './validate-dataset'

type Mutation = (doc: RawDataset & Record<string, unknown>) => unknown
const long = (n: number) => 'x'.repeat(n)

/** Copies the valid fixture, applies one mutation (which may replace the whole document), validates. */
function problemsAfter(mutate: Mutation): string[] {
  const doc = structuredClone(rawDataset()) as RawDataset & Record<string, unknown>
  const replaced = mutate(doc)
  const result = validateDataset(replaced === undefined ? doc : replaced)
  return result.ok ? [] : result.problems.map(formatProblem)
}

describe('validateDataset: one rule per case', () => {
  it.each<[string, Mutation, string]>([
    [
      'the document is an object',
      () => [1, 2],
      'the document must be a JSON object with "version", "title", "updated" and the lists, not a list',
    ],
    [
      'version is required',
      (d) => {
        delete (d as Record<string, unknown>).version
      },
      'version: is required (this app reads versions 1 and 2)',
    ],
    [
      'version is 1 or 2',
      (d) => {
        ;(d as Record<string, unknown>).version = 3
      },
      'version: unsupported dataset version 3 (this app reads versions 1 and 2)',
    ],
    [
      'title is required',
      (d) => {
        delete (d as Record<string, unknown>).title
      },
      'title: is required',
    ],
    [
      'title is not blank once trimmed',
      (d) => {
        d.title = '   '
      },
      'title: must not be empty',
    ],
    [
      'title is at most 120 characters',
      (d) => {
        d.title = long(121)
      },
      'title: is 121 characters long; the limit is 120',
    ],
    [
      'title is text',
      (d) => {
        ;(d as Record<string, unknown>).title = 42
      },
      'title: must be text, not the number 42',
    ],
    [
      'updated is a date',
      (d) => {
        d.updated = '2024/06/01'
      },
      'updated: "2024/06/01" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'updated is a real calendar date',
      (d) => {
        d.updated = '2023-02-29'
      },
      'updated: "2023-02-29" is not a real calendar date',
    ],
    [
      'description is at most 2,000 characters',
      (d) => {
        d.description = long(2001)
      },
      'description: is 2001 characters long; the limit is 2000',
    ],
    [
      'license is at most 100 characters',
      (d) => {
        d.license = long(101)
      },
      'license: is 101 characters long; the limit is 100',
    ],
    [
      'ids follow the pattern',
      (d) => {
        d.sectors.push({ id: 'Bad_ID', label: 'Bad' })
      },
      'sectors[3].id: "Bad_ID" is not a valid id: use lower-case letters and digits joined by single hyphens, like "ai-alliance"',
    ],
    [
      'ids are at most 64 characters',
      (d) => {
        d.sectors.push({ id: 'a'.repeat(65), label: 'Long' })
      },
      'sectors[3].id: is 65 characters long; the limit is 64',
    ],
    [
      'ids are unique within their list',
      (d) => {
        d.organizations.push({ id: 'meta', name: 'Meta again', sector: 'model-developer' })
      },
      'organizations[6].id: "meta" is used twice (also organizations[1])',
    ],
    [
      'sector label is required',
      (d) => {
        d.sectors.push({ id: 'healthcare' } as never)
      },
      'sectors[3].label: is required',
    ],
    [
      'sector label is at most 60 characters',
      (d) => {
        d.sectors.push({ id: 'healthcare', label: long(61) })
      },
      'sectors[3].label: is 61 characters long; the limit is 60',
    ],
    [
      'source url is http or https',
      (d) => {
        d.sources.push({ id: 'bad', title: 'Bad', url: 'javascript:alert(1)' })
      },
      'sources[2].url: only http and https links are allowed',
    ],
    [
      'source url is absolute',
      (d) => {
        d.sources.push({ id: 'bad', title: 'Bad', url: '/launch' })
      },
      'sources[2].url: "/launch" is not an absolute web address (it must start with https://)',
    ],
    [
      'source title is required',
      (d) => {
        d.sources.push({ id: 'bad', url: 'https://example.org' } as never)
      },
      'sources[2].title: is required',
    ],
    [
      'coalition name is required',
      (d) => {
        d.coalitions.push({ id: 'club' } as never)
      },
      'coalitions[2].name: is required',
    ],
    [
      'coalition shortName is at most 16 characters',
      (d) => {
        d.coalitions.push({ id: 'club', name: 'Club', shortName: long(17) })
      },
      'coalitions[2].shortName: is 17 characters long; the limit is 16',
    ],
    [
      'coalition founded is a date',
      (d) => {
        d.coalitions.push({ id: 'club', name: 'Club', founded: 'soon' })
      },
      'coalitions[2].founded: "soon" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'coalition sources exist',
      (d) => {
        d.coalitions[0]!.sources = ['lanch']
      },
      'coalitions[0].sources[0]: "lanch" is not a source id (did you mean "launch"?)',
    ],
    [
      'organization sector exists',
      (d) => {
        d.organizations[0]!.sector = 'enterprise-sofware'
      },
      'organizations[0].sector: "enterprise-sofware" is not a sector id (did you mean "enterprise-software"?)',
    ],
    [
      'country is ISO 3166-1',
      (d) => {
        d.organizations[0]!.country = 'UK'
      },
      'organizations[0].country: "UK" is not an ISO 3166-1 country code',
    ],
    [
      'country is two upper-case letters',
      (d) => {
        d.organizations[0]!.country = 'us'
      },
      'organizations[0].country: "us" is not a country code: use the two upper-case letters of ISO 3166-1, like "US" or "JP"',
    ],
    [
      'aliases are at most 10',
      (d) => {
        d.organizations[1]!.aliases = Array.from({ length: 11 }, (_, i) => `Alias ${i}`)
      },
      'organizations[1].aliases: lists 11; the limit is 10',
    ],
    [
      'parent exists',
      (d) => {
        d.organizations[2]!.parent = 'ibmm'
      },
      'organizations[2].parent: "ibmm" is not an organization id (did you mean "ibm"?)',
    ],
    [
      'parent is not itself',
      (d) => {
        d.organizations[2]!.parent = 'red-hat'
      },
      'organizations[2].parent: an organization cannot be its own parent',
    ],
    [
      'corporate families have no cycles',
      (d) => {
        d.organizations[0]!.parent = 'red-hat'
      },
      'organizations[0].parent: corporate families must not loop: ibm → red-hat → ibm',
    ],
    [
      'membership organization exists',
      (d) => {
        d.memberships[0]!.organization = 'ibmm'
      },
      'memberships[0].organization: "ibmm" is not an organization id (did you mean "ibm"?)',
    ],
    [
      'membership coalition exists',
      (d) => {
        d.memberships[0]!.coalition = 'aliance'
      },
      'memberships[0].coalition: "aliance" is not a coalition id (did you mean "alliance"?)',
    ],
    [
      'membership role is required',
      (d) => {
        delete (d.memberships[0] as Record<string, unknown>).role
      },
      'memberships[0].role: is required',
    ],
    [
      'membership role is at most 40 characters',
      (d) => {
        d.memberships[0]!.role = long(41)
      },
      'memberships[0].role: is 41 characters long; the limit is 40',
    ],
    [
      'every membership cites a source',
      (d) => {
        d.memberships[0]!.sources = []
      },
      'memberships[0].sources: must cite at least one source: every membership needs one',
    ],
    [
      'membership sources exist',
      (d) => {
        d.memberships[0]!.sources = ['lunch']
      },
      'memberships[0].sources[0]: "lunch" is not a source id (did you mean "launch"?)',
    ],
    [
      'left is not before joined',
      (d) => {
        d.memberships[5]!.left = '2023-01'
      },
      'memberships[5]: left 2023-01 is before joined 2024-05',
    ],
    [
      'no overlapping periods for one organization in one coalition',
      (d) => {
        d.memberships.push({
          organization: 'meta',
          coalition: 'forum',
          role: 'member',
          joined: '2024-06',
          sources: ['launch'],
        })
      },
      'memberships[7]: Meta is listed twice in Forum for overlapping periods (also memberships[5])',
    ],
    [
      'confidence is high, medium or low',
      (d) => {
        ;(d.memberships[0] as Record<string, unknown>).confidence = 'certain'
      },
      'memberships[0].confidence: must be one of "high", "medium" or "low", not the text "certain"',
    ],
    [
      'notes are at most 500 characters',
      (d) => {
        d.memberships[0]!.note = long(501)
      },
      'memberships[0].note: is 501 characters long; the limit is 500',
    ],
    [
      'lists are lists',
      (d) => {
        ;(d as Record<string, unknown>).memberships = { first: 1 }
      },
      'memberships: must be a list, not an object',
    ],
    [
      'list items are objects',
      (d) => {
        ;(d.memberships as unknown[])[0] = 'ibm'
      },
      'memberships[0]: must be an object, not the text "ibm"',
    ],
  ])('%s', (_rule, mutate, expected) => {
    expect(problemsAfter(mutate)).toEqual([expected])
  })
})

describe('validateDataset: acceptance', () => {
  it('accepts the fixture and builds the lookups', () => {
    const result = validateDataset(rawDataset())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.organizationById.get('meta')?.aliases).toEqual(['Facebook'])
    expect(result.dataset.membershipsByOrganization.get('meta')?.map((m) => m.coalitionId)).toEqual([
      'alliance',
      'forum',
    ])
    expect(result.dataset.membershipsByCoalition.get('forum')).toHaveLength(3)
  })

  it("counts a membership without joined from its coalition founding (version 1's rule)", () => {
    const result = validateDataset(rawDataset())
    if (!result.ok) throw new Error('fixture must be valid')
    const ibmInForum = result.dataset.memberships[6]!
    const founded = parsePartialDate('2023-07-26')?.day
    expect([ibmInForum.startEarliest, ibmInForum.startLatest]).toEqual([founded, founded])
    expect(ibmInForum.joined).toBeUndefined()
  })

  it('reads null as absent for optional fields, as the format example writes it', () => {
    const doc = rawDataset()
    doc.organizations[0]!.parent = null
    doc.memberships[0]!.left = null
    expect(validateDataset(doc).ok).toBe(true)
  })

  it('reports every problem, not only the first', () => {
    const problems = problemsAfter((d) => {
      d.title = ''
      d.organizations[0]!.country = 'UK'
      d.memberships[1]!.coalition = 'nowhere'
    })
    expect(problems).toEqual([
      'title: must not be empty',
      'organizations[0].country: "UK" is not an ISO 3166-1 country code',
      'memberships[1].coalition: "nowhere" is not a coalition id',
    ])
  })

  it('ignores fields it does not know and lists each once as a warning', () => {
    const doc = rawDataset() as RawDataset & Record<string, unknown>
    doc.generator = 'spreadsheet'
    ;(doc.organizations[0] as Record<string, unknown>).wikidata = 'Q37156'
    ;(doc.organizations[3] as Record<string, unknown>).wikidata = 'Q42944'
    const result = validateDataset(doc)
    expect(result.ok).toBe(true)
    expect(result.warnings.map(formatProblem)).toEqual([
      'generator: "generator" is not a field of this format and is ignored',
      'organizations[0].wikidata: "wikidata" is not a field of this format and is ignored (on 2 organizations)',
    ])
  })
})
