import { describe, expect, it } from 'vitest'
import { compareCoalitions } from './coalitions'
import { comparisonNotes } from './notes'
import { buildDataset, day } from './test-helpers'

// The Alliance's roster is complete and was checked on 1 March 2024; the Forum's is partial,
// checked in 2024, with about 10 members reported in January 2024.
const dataset = buildDataset((raw) => {
  raw.version = 2
  const [alliance, forum] = raw.coalitions
  if (!alliance || !forum) throw new Error('fixture changed')
  alliance.roster = { checked: '2024-03-01', complete: true, sources: ['launch'] }
  forum.roster = { checked: '2024', complete: false, sources: ['expansion'] }
  forum.reportedSize = [{ count: 10, qualifier: 'about', date: '2024-01', sources: ['expansion'] }]
})
const STALE = 'roster last checked 1 March 2024: the members shown are those known then'

describe('comparisonNotes', () => {
  it.each<[string, string[]]>([
    [
      '2023-01-01',
      ['a not-founded: not founded until 5 December 2023', 'b not-founded: not founded until 26 July 2023'],
    ],
    // Before its founding the Alliance has no roster to qualify; the Forum's size was not reported yet.
    ['2023-08-01', ['a not-founded: not founded until 5 December 2023', 'b partial: partial list: 2 named']],
    ['2024-03-01', ['b partial: partial list: 2 named; about 10 reported in January 2024']],
    // Meta joined the Forum in May 2024: 2 certain, 3 possible named.
    ['2024-05-15', [`a stale: ${STALE}`, 'b partial: partial list: 2–3 named; about 10 reported in January 2024']],
    [
      '2025-01-01',
      [
        `a stale: ${STALE}`,
        'b partial: partial list: 2 named; about 10 reported in January 2024',
        'b stale: roster last checked 2024: the members shown are those known then',
      ],
    ],
  ])('on %s', (iso, expected) => {
    const notes = comparisonNotes(dataset, compareCoalitions(dataset, 'alliance', 'forum', day(iso), { family: false }))
    expect(notes.map((note) => `${note.side} ${note.kind}: ${note.text}`)).toEqual(expected)
  })

  it('names the coalition of each side, after a swap too', () => {
    const notes = comparisonNotes(
      dataset,
      compareCoalitions(dataset, 'forum', 'alliance', day('2023-08-01'), { family: false }),
    )
    expect(notes.map((note) => `${note.side} ${note.coalition.name} ${note.kind}`)).toEqual([
      'a Forum partial',
      'b Alliance not-founded',
    ])
  })

  it('counts the organizations a partial roster names, even when families are counted once', () => {
    const withFamily = buildDataset((raw) => {
      raw.version = 2
      const alliance = raw.coalitions[0]
      if (alliance) alliance.roster = { checked: '2030', complete: false, sources: ['launch'] }
    })
    const notes = comparisonNotes(
      withFamily,
      compareCoalitions(withFamily, 'alliance', 'forum', day('2024-06-01'), { family: true }),
    )
    // IBM and Red Hat are one family in the comparison, but two named members of the Alliance.
    expect(notes.map((note) => note.text)).toEqual(['partial list: 4 named'])
  })

  it('has nothing to say about a version 1 dataset after both foundings', () => {
    const plain = buildDataset()
    expect(
      comparisonNotes(plain, compareCoalitions(plain, 'alliance', 'forum', day('2030-01-01'), { family: false })),
    ).toEqual([])
  })
})
