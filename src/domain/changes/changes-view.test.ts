import { describe, expect, it } from 'vitest'
import { buildDataset, day } from '../../test/fixtures'
import { changesBetween } from './changes'
import { changesView } from './changes-view'

// Alliance (founded 2023-12-05): IBM, Meta, Red Hat from the founding, CERN some day in February 2024.
// Forum (founded 2023-07-26): OpenAI and IBM from the founding, Meta some day in May 2024 until 2024-09-01.
// Club (founded 2025-03-01, roster checked in 2024 and partial): nobody yet.
const dataset = buildDataset((doc) => {
  doc.version = 2
  doc.coalitions.push({ id: 'club', name: 'Club', founded: '2025-03-01' })
  doc.coalitions[1]!.roster = { checked: '2024-03', complete: false, sources: ['expansion'] }
})

function view(from: string, to: string) {
  return changesView(changesBetween(dataset, day(from), day(to)), day(to))
}

describe('changesView', () => {
  it.each<[string, string, string, [string, string, string[], [string, string[]][]][]]>([
    [
      'across the Alliance’s founding and into May',
      '2023-11-01',
      '2024-05-15',
      [
        [
          'alliance',
          '+4 joined',
          ['Founded on 5 December 2023, between the two days: its founding members count as joined.'],
          [['Joined', ['CERN', 'IBM', 'Meta', 'Red Hat']]],
        ],
        [
          'forum',
          '1 may have joined',
          [
            'Roster last checked March 2024: changes after that are not known. Partial list: only the members the dataset names are followed.',
          ],
          [['May have joined', ['Meta']]],
        ],
        ['club', 'no changes', ['Not founded until 1 March 2025.'], []],
      ],
    ],
    [
      'a span with nothing to report',
      '2024-03-01',
      '2024-04-01',
      [
        ['alliance', 'no changes', [], []],
        [
          'forum',
          'no changes',
          [
            'Roster last checked March 2024: changes after that are not known. Partial list: only the members the dataset names are followed.',
          ],
          [],
        ],
        ['club', 'no changes', ['Not founded until 1 March 2025.'], []],
      ],
    ],
    [
      'the Forum through Meta’s year, the Club founded within the span',
      '2024-03-01',
      '2025-06-01',
      [
        ['alliance', 'no changes', [], []],
        [
          'forum',
          'no changes',
          [
            'Roster last checked March 2024: changes after that are not known. Partial list: only the members the dataset names are followed.',
          ],
          [],
        ],
        [
          'club',
          'no changes',
          ['Founded on 1 March 2025, between the two days: its founding members count as joined.'],
          [],
        ],
      ],
    ],
  ])('%s', (_case, from, to, expected) => {
    const result = view(from, to)
    expect(
      result.coalitions.map((coalition) => [
        coalition.coalition.id,
        coalition.summary,
        coalition.notes,
        coalition.groups.map((group) => [group.heading, group.changes.map((change) => change.organization.name)]),
      ]),
    ).toEqual(expected)
  })

  it('sums every coalition’s changes', () => {
    const result = view('2023-01-01', '2024-06-30')
    expect([result.total, result.summary]).toEqual([7, '+7 joined'])
  })

  it('says there are none when nothing changed anywhere', () => {
    expect(view('2024-03-01', '2024-04-01')).toMatchObject({ total: 0, summary: 'no changes' })
  })
})
