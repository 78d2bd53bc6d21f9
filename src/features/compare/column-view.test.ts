import { describe, expect, it } from 'vitest'
import { columnGroups } from './column-view'

const group = (id: string, size: number) => ({
  sector: { id },
  entries: Array.from({ length: size }, (_, index) => `${id}-${index + 1}`),
})
const groups = [group('research', 30), group('software', 12), group('cloud', 13), group('empty', 0)]

describe('columnGroups', () => {
  it.each<[string, string[], boolean, number, [string, number, number][]]>([
    [
      'cuts every sector over the limit to its first names',
      [],
      false,
      12,
      [
        ['research', 12, 18],
        ['software', 12, 0],
        ['cloud', 12, 1],
        ['empty', 0, 0],
      ],
    ],
    [
      'shows a sector in full once it is expanded',
      ['research'],
      false,
      12,
      [
        ['research', 30, 0],
        ['software', 12, 0],
        ['cloud', 12, 1],
        ['empty', 0, 0],
      ],
    ],
    [
      'shows every sector in full for print',
      [],
      true,
      12,
      [
        ['research', 30, 0],
        ['software', 12, 0],
        ['cloud', 13, 0],
        ['empty', 0, 0],
      ],
    ],
    [
      'takes another limit',
      ['cloud'],
      false,
      5,
      [
        ['research', 5, 25],
        ['software', 5, 7],
        ['cloud', 13, 0],
        ['empty', 0, 0],
      ],
    ],
    [
      'ignores an expanded sector the column does not have',
      ['healthcare'],
      false,
      12,
      [
        ['research', 12, 18],
        ['software', 12, 0],
        ['cloud', 12, 1],
        ['empty', 0, 0],
      ],
    ],
  ])('%s', (_case, expanded, all, limit, expected) => {
    const views = columnGroups(groups, new Set(expanded), all, limit)
    expect(views.map((view) => [view.group.sector.id, view.entries.length, view.hidden])).toEqual(expected)
  })

  it('keeps the order of the entries and of the groups', () => {
    const [research] = columnGroups(groups, new Set(), false, 3)
    expect(research?.entries).toEqual(['research-1', 'research-2', 'research-3'])
  })
})
