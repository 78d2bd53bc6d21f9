import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import type { RawDataset } from './schema'
import { formatProblem } from './types'
import { validateDataset } from './validate-dataset'

type Doc = RawDataset & Record<string, unknown>
type Loose = Record<string, unknown>

/** The valid fixture as a version 2 document, changed by `mutate`, validated. */
function problemsAfter(mutate: (doc: Doc) => void, version: 1 | 2 = 2): string[] {
  const doc = structuredClone(rawDataset()) as Doc
  doc.version = version
  mutate(doc)
  const result = validateDataset(doc)
  return result.ok ? [] : result.problems.map(formatProblem)
}

const membership = (doc: Doc, index: number) => doc.memberships[index] as unknown as Loose

describe('format version 2: one rule per case', () => {
  it.each<[string, (doc: Doc) => void, string]>([
    [
      'joined and joinedBy cannot both be given',
      (d) => {
        membership(d, 0).joinedBy = '2024-01-01'
      },
      'memberships[0]: joined and joinedBy cannot both be given',
    ],
    [
      'joined and joinedAfter cannot both be given',
      (d) => {
        membership(d, 0).joinedAfter = '2023-01-01'
      },
      'memberships[0]: joined and joinedAfter cannot both be given',
    ],
    [
      'left and leftBy cannot both be given',
      (d) => {
        membership(d, 5).leftBy = '2024-10-01'
      },
      'memberships[5]: left and leftBy cannot both be given',
    ],
    [
      'left and leftAfter cannot both be given',
      (d) => {
        membership(d, 5).leftAfter = '2024-08-01'
      },
      'memberships[5]: left and leftAfter cannot both be given',
    ],
    [
      'joinedBy is after joinedAfter',
      (d) => {
        delete membership(d, 3).joined
        Object.assign(membership(d, 3), { joinedAfter: '2024-03-02', joinedBy: '2024-01' })
      },
      'memberships[3]: joinedBy 2024-01 is not after joinedAfter 2024-03-02',
    ],
    [
      'joinedBy on the joinedAfter day is not after it',
      (d) => {
        delete membership(d, 3).joined
        Object.assign(membership(d, 3), { joinedAfter: '2024-03-02', joinedBy: '2024-03-02' })
      },
      'memberships[3]: joinedBy 2024-03-02 is not after joinedAfter 2024-03-02',
    ],
    [
      'leftBy is after leftAfter',
      (d) => {
        delete membership(d, 5).left
        Object.assign(membership(d, 5), { leftAfter: '2024-08-31', leftBy: '2024-08-30' })
      },
      'memberships[5]: leftBy 2024-08-30 is not after leftAfter 2024-08-31',
    ],
    [
      'leftBy is not before joined',
      (d) => {
        Object.assign(membership(d, 0), { leftBy: '2023-01-01' })
      },
      'memberships[0]: leftBy 2023-01-01 is before joined 2023-12-05',
    ],
    [
      'leftAfter is not before joined',
      (d) => {
        Object.assign(membership(d, 0), { leftAfter: '2023-11' })
      },
      'memberships[0]: leftAfter 2023-11 is before joined 2023-12-05',
    ],
    [
      'leftAfter is after joinedAfter',
      (d) => {
        delete membership(d, 3).joined
        Object.assign(membership(d, 3), { joinedAfter: '2024-02-10', leftAfter: '2024-02-10' })
      },
      'memberships[3]: leftAfter 2024-02-10 is not after joinedAfter 2024-02-10',
    ],
    [
      'left is not before joinedAfter',
      (d) => {
        delete membership(d, 3).joined
        Object.assign(membership(d, 3), { joinedAfter: '2024-02-10', left: '2024-01' })
      },
      'memberships[3]: left 2024-01 is before joinedAfter 2024-02-10',
    ],
    [
      'joinedBy is a date',
      (d) => {
        delete membership(d, 3).joined
        membership(d, 3).joinedBy = 'spring 2024'
      },
      'memberships[3].joinedBy: "spring 2024" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'leftAfter is a real calendar date',
      (d) => {
        membership(d, 0).leftAfter = '2025-02-30'
      },
      'memberships[0].leftAfter: "2025-02-30" is not a real calendar date',
    ],
    [
      'overlap is judged by the possible windows',
      (d) => {
        // The first period certainly ended by 2024-09-01 but may have ended as late as that: a second
        // membership starting after 2024-08-15 could overlap it.
        delete membership(d, 5).left
        Object.assign(membership(d, 5), { leftAfter: '2024-08-01', leftBy: '2024-09-01' })
        d.memberships.push({
          organization: 'meta',
          coalition: 'forum',
          role: 'member',
          joinedAfter: '2024-08-15',
          sources: ['launch'],
        })
      },
      'memberships[7]: Meta is listed twice in Forum for overlapping periods (also memberships[5])',
    ],
    [
      'a joinedBy with no founding can begin any day, so it overlaps an earlier period',
      (d) => {
        delete d.coalitions[1]!.founded
        d.memberships.push({
          organization: 'meta',
          coalition: 'forum',
          role: 'member',
          joinedBy: '2025-01-01',
          sources: ['launch'],
        })
      },
      'memberships[7]: Meta is listed twice in Forum for overlapping periods (also memberships[5])',
    ],
    [
      'roster checked is a date',
      (d) => {
        ;(d.coalitions[0] as Loose).roster = { checked: 'last week', complete: true }
      },
      'coalitions[0].roster.checked: "last week" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'roster complete is true or false',
      (d) => {
        ;(d.coalitions[0] as Loose).roster = { checked: '2025-10-31', complete: 'yes' }
      },
      'coalitions[0].roster.complete: must be true or false, not the text "yes"',
    ],
    [
      'roster sources exist',
      (d) => {
        ;(d.coalitions[0] as Loose).roster = { checked: '2025-10-31', complete: true, sources: ['lanch'] }
      },
      'coalitions[0].roster.sources[0]: "lanch" is not a source id (did you mean "launch"?)',
    ],
    [
      'reported size is a whole number',
      (d) => {
        ;(d.coalitions[0] as Loose).reportedSize = [
          { count: 12.5, qualifier: 'about', date: '2025', sources: ['launch'] },
        ]
      },
      'coalitions[0].reportedSize[0].count: must be a whole number, not the number 12.5',
    ],
    [
      'reported size is not negative',
      (d) => {
        ;(d.coalitions[0] as Loose).reportedSize = [
          { count: -1, qualifier: 'about', date: '2025', sources: ['launch'] },
        ]
      },
      'coalitions[0].reportedSize[0].count: must be at least 0, not the number -1',
    ],
    [
      'reported size qualifier is one of three',
      (d) => {
        ;(d.coalitions[0] as Loose).reportedSize = [
          { count: 200, qualifier: 'at least', date: '2025', sources: ['launch'] },
        ]
      },
      'coalitions[0].reportedSize[0].qualifier: must be one of "exactly", "about" or "more than", not the text "at least"',
    ],
    [
      'reported size cites a source',
      (d) => {
        ;(d.coalitions[0] as Loose).reportedSize = [
          { count: 200, qualifier: 'more than', date: '2026-04-08', sources: [] },
        ]
      },
      'coalitions[0].reportedSize[0].sources: must cite at least one source: a reported size needs one',
    ],
    [
      'reported size sources exist',
      (d) => {
        ;(d.coalitions[0] as Loose).reportedSize = [
          { count: 200, qualifier: 'more than', date: '2026-04-08', sources: ['lunch'] },
        ]
      },
      'coalitions[0].reportedSize[0].sources[0]: "lunch" is not a source id (did you mean "launch"?)',
    ],
    [
      'source kind is one of five',
      (d) => {
        ;(d.sources[0] as Loose).kind = 'blog'
      },
      'sources[0].kind: must be one of "official", "register", "press", "secondary" or "repository", not the text "blog"',
    ],
    [
      'source archived is http or https',
      (d) => {
        ;(d.sources[0] as Loose).archived = 'ftp://archive.example.org/launch'
      },
      'sources[0].archived: only http and https links are allowed',
    ],
    [
      'source retrieved is a date',
      (d) => {
        ;(d.sources[0] as Loose).retrieved = 'yesterday'
      },
      'sources[0].retrieved: "yesterday" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'organization sources exist',
      (d) => {
        ;(d.organizations[5] as Loose).sources = ['expanson']
      },
      'organizations[5].sources[0]: "expanson" is not a source id (did you mean "expansion"?)',
    ],
  ])('%s', (_rule, mutate, expected) => {
    expect(problemsAfter(mutate)).toEqual([expected])
  })

  it('accepts every new field used as the format intends', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(d.sources[0] as Loose, {
          retrieved: '2026-11-30',
          archived: 'https://web.archive.org/web/2024/https://example.org/launch',
          kind: 'official',
        })
        Object.assign(d.coalitions[0] as Loose, {
          roster: { checked: '2025-10-31', complete: false, sources: ['launch'] },
          reportedSize: [{ count: 200, qualifier: 'more than', date: '2026-04-08', sources: ['launch'] }],
        })
        ;(d.organizations[5] as Loose).sources = ['expansion']
        delete membership(d, 3).joined
        Object.assign(membership(d, 3), { joinedAfter: '2023-12-05', joinedBy: '2024-02-08' })
        delete membership(d, 5).left
        Object.assign(membership(d, 5), { leftAfter: '2024-08-01', leftBy: '2024-09-01' })
        // Rejoined after the possible end of the first period: two memberships, no overlap.
        d.memberships.push({
          organization: 'meta',
          coalition: 'forum',
          role: 'member',
          joinedAfter: '2024-09-01',
          sources: ['launch'],
        })
      }),
    ).toEqual([])
  })
})

describe('format version 1 documents', () => {
  it.each<[string, (doc: Doc) => void, string]>([
    [
      'joinedBy',
      (d) => {
        delete membership(d, 3).joined
        membership(d, 3).joinedBy = '2024-02'
      },
      'memberships[3].joinedBy: field joinedBy needs version 2',
    ],
    [
      'leftAfter',
      (d) => {
        membership(d, 0).leftAfter = '2024-02'
      },
      'memberships[0].leftAfter: field leftAfter needs version 2',
    ],
    [
      'roster',
      (d) => {
        ;(d.coalitions[0] as Loose).roster = { checked: '2025-10-31', complete: true }
      },
      'coalitions[0].roster: field roster needs version 2',
    ],
    [
      'reportedSize',
      (d) => {
        ;(d.coalitions[1] as Loose).reportedSize = []
      },
      'coalitions[1].reportedSize: field reportedSize needs version 2',
    ],
    [
      'organization sources',
      (d) => {
        ;(d.organizations[0] as Loose).sources = ['launch']
      },
      'organizations[0].sources: field sources needs version 2',
    ],
    [
      'source kind',
      (d) => {
        ;(d.sources[1] as Loose).kind = 'press'
      },
      'sources[1].kind: field kind needs version 2',
    ],
  ])('refuses the version 2 field %s', (_field, mutate, expected) => {
    expect(problemsAfter(mutate, 1)).toEqual([expected])
  })

  it('reads null in a version 2 field as absent, like any optional field', () => {
    expect(
      problemsAfter((d) => {
        membership(d, 0).leftBy = null
      }, 1),
    ).toEqual([])
  })
})
