import { describe, expect, it } from 'vitest'
import { citedHashNotice, citedViewText, type CitedView } from './cite'

describe('citedViewText', () => {
  it.each<[CitedView, string | null, string]>([
    [{ kind: 'page' }, null, 'All views as of 1 May 2024'],
    [{ kind: 'members' }, null, 'Member organizations, as of 1 May 2024'],
    [
      { kind: 'members' },
      'Sector: Model developer. Search: “meta”.',
      'Member organizations, as of 1 May 2024. Sector: Model developer. Search: “meta”',
    ],
    [{ kind: 'chart', title: 'Members by sector' }, null, 'Members by sector, as of 1 May 2024'],
    [
      { kind: 'chart', title: 'Membership over time' },
      'Search: “ibm”.  ',
      'Membership over time, as of 1 May 2024. Search: “ibm”',
    ],
    [
      { kind: 'compare', a: 'AI Alliance', b: 'Frontier Model Forum' },
      null,
      'Comparison of AI Alliance and Frontier Model Forum, as of 1 May 2024',
    ],
    [{ kind: 'changes', from: '2023-05-01', to: '2024-05-01' }, null, 'Changes between 1 May 2023 and 1 May 2024'],
    [{ kind: 'interlocks', coalition: 'CoSAI' }, '', 'Other coalitions of the members of CoSAI, as of 1 May 2024'],
  ])('%j with filters %j', (view, filters, expected) => {
    expect(citedViewText(view, '2024-05-01', filters)).toBe(expected)
  })
})

describe('citedHashNotice', () => {
  it('names both hashes and what may differ', () => {
    expect(citedHashNotice('3f9a0c1b2d4e', '07d4d12d23e1')).toEqual({
      title: 'The numbers may have changed since this view was cited',
      text: 'The link was cited from the dataset with content hash 3f9a0c1b2d4e; the dataset on screen has content hash 07d4d12d23e1. Counts, dates and members may differ from those cited.',
    })
  })
})
