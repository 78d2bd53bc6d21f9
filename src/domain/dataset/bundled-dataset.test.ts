/**
 * The bundled dataset against the counts its sources state (docs/dataset-format.md's rule: certain
 * and possible members on a day). The numbers are the fact sheets', not the app's.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { day } from '../../test/fixtures'
import { summarizeCoalition } from '../membership/membership'
import { isCertainOn, isPossibleOn } from '../membership/windows'
import { formatProblem } from './types'
import { validateDataset } from './validate-dataset'

const text = readFileSync(new URL('../../../public/data/coalitions.json', import.meta.url), 'utf8')
const result = validateDataset(JSON.parse(text))
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
const dataset = result.dataset

function counts(coalitionId: string, iso: string): [number, number] {
  const coalition = dataset.coalitionById.get(coalitionId)
  if (!coalition) throw new Error(`no coalition ${coalitionId}`)
  const summary = summarizeCoalition(dataset, coalition, day(iso))
  return [summary.certain, summary.possible]
}

/** The organization's membership in a coalition that is possible on the day, if any. */
function membershipOn(organizationId: string, coalitionId: string, iso: string) {
  return (dataset.membershipsByOrganization.get(organizationId) ?? []).find(
    (m) => m.coalitionId === coalitionId && isPossibleOn(m, day(iso)),
  )
}

describe('the bundled dataset', () => {
  it('is a version 2 document that loads with no warnings', () => {
    expect(dataset.version).toBe(2)
    expect(result.warnings).toEqual([])
  })

  // The sheets' counts at each coalition's founding and at its latest sourced date.
  it.each<[string, string, number, number, string]>([
    ['ai-alliance', '2023-12-05', 57, 57, 'the launch release lists 57 organisations'],
    [
      'ai-alliance',
      '2024-02-08',
      85,
      136,
      'the first expansion names 28 more; the 51 first seen in 2024–25 may already have joined',
    ],
    ['ai-alliance', '2025-10-31', 136, 136, '129 on the members page, and the 7 it no longer shows, kept open'],
    ['frontier-model-forum', '2023-07-26', 4, 4, 'four founders'],
    ['frontier-model-forum', '2024-05-01', 4, 6, 'Amazon and Meta joined in May 2024, day unknown'],
    ['frontier-model-forum', '2026-05-31', 6, 6, 'still six in 2026'],
    [
      'partnership-on-ai',
      '2016-09-28',
      5,
      8,
      'five founders; OpenAI, AAAI and ACLU only known as partners by 16 May 2017',
    ],
    ['partnership-on-ai', '2017-01-27', 6, 9, 'Apple joins on 27 January 2017'],
    ['partnership-on-ai', '2024-12-31', 31, 31, 'the 31 partners the sheets name'],
    ['white-house-commitments', '2023-07-21', 7, 7, 'seven companies on the first day'],
    ['white-house-commitments', '2024-07-26', 16, 16, 'Apple signs on 26 July 2024'],
    ['seoul-commitments', '2024-05-21', 16, 16, '16 signed on the summit day'],
    ['seoul-commitments', '2026-11-30', 16, 20, 'four signed later, day unknown'],
    ['cosai', '2024-07-18', 14, 14, 'the launch list'],
    ['cosai', '2024-09-27', 35, 35, '35 entries on the sponsors list'],
    ['cosai', '2026-08-20', 49, 49, '12 founding and 37 later sponsors on the list'],
    ['aisic', '2024-02-08', 25, 25, 'the notable members the reports confirm'],
    ['tech-accord-elections-2024', '2024-02-16', 20, 20, '20 signatories in Munich'],
    ['roost', '2025-02-10', 5, 5, 'the founding organisations named'],
    ['roost', '2026-11-30', 5, 6, 'Mila, a partner known only to the year 2026'],
    ['current-ai', '2025-02-11', 7, 16, 'the backing governments known only to the month'],
    ['current-ai', '2025-02-28', 16, 16, 'all sixteen by the end of February'],
    ['agentic-ai-foundation', '2025-12-09', 17, 17, 'three co-founders, platinum and gold members'],
    ['eu-gpai-code-of-practice', '2025-07-10', 0, 10, 'published; the signatories are known only by the first list'],
    ['eu-gpai-code-of-practice', '2025-08-01', 10, 10, 'the named signatories of the first list'],
  ])('%s on %s: %i certain, %i possible (%s)', (coalitionId, iso, certain, possible) => {
    expect(counts(coalitionId, iso)).toEqual([certain, possible])
  })

  it('covers twelve coalitions, the five formed since 2024 among them, in the twelve sectors of the sheets', () => {
    expect(dataset.coalitions).toHaveLength(12)
    for (const id of [
      'tech-accord-elections-2024',
      'roost',
      'current-ai',
      'agentic-ai-foundation',
      'eu-gpai-code-of-practice',
    ]) {
      expect(dataset.coalitionById.get(id)?.founded, id).toBeDefined()
    }
    expect(dataset.sectors).toHaveLength(12)
  })

  it.each<[string, string, string[], string[]]>([
    ['ai-alliance', '2025-10-31', ['ai2', 'cmu', 'infosys', 'salesforce', 'mediatek', 'common-crawl-foundation'], []],
    [
      'cosai',
      '2026-08-20',
      ['meta', 'dell', 'red-hat', 'ey', 'humana'],
      ['wiz', 'chainguard', 'protect-ai', 'mozilla'],
    ],
    ['eu-gpai-code-of-practice', '2026-11-30', ['google', 'microsoft', 'openai', 'anthropic', 'xai'], ['meta']],
  ])('%s on %s has the named members in and the named absentees out', (coalitionId, iso, members, absent) => {
    for (const id of members) expect(membershipOn(id, coalitionId, iso), id).toBeDefined()
    for (const id of absent) expect(membershipOn(id, coalitionId, iso), id).toBeUndefined()
  })

  it("records the sheet's notable refusal as an absence with its sources, not a membership", () => {
    const meta = dataset.organizationById.get('meta')
    expect(meta?.note).toMatch(/refused to sign the EU General-Purpose AI Code of Practice/)
    expect(meta?.sourceIds.length).toBeGreaterThan(0)
  })

  it('keeps logo-upload dates, which are inferences, out of every date field', () => {
    const notes = dataset.memberships.filter((membership) => membership.note?.includes('Inference, not a sourced date'))
    expect(notes.length).toBeGreaterThan(0)
    for (const membership of notes)
      expect([membership.joined, membership.left], membership.organizationId).toEqual([undefined, undefined])
  })

  it('no longer counts Wiz and Chainguard in CoSAI after they left its sponsors list', () => {
    expect(membershipOn('wiz', 'cosai', '2026-11-30')).toBeUndefined()
    expect(membershipOn('chainguard', 'cosai', '2026-11-30')).toBeUndefined()
    const [certain, possible] = counts('cosai', '2026-11-30')
    expect([certain, possible]).toEqual([49, 49])
  })

  it('dates the departures from CoSAI as windows: still listed on one day, gone by a later one', () => {
    const wiz = dataset.membershipsByOrganization.get('wiz')?.find((m) => m.coalitionId === 'cosai')
    expect([wiz?.leftAfter?.text, wiz?.leftBy?.text, wiz?.left]).toEqual(['2026-06-04', '2026-07-13', undefined])
    expect(isCertainOn(wiz!, day('2026-06-04'))).toBe(true)
    expect([isCertainOn(wiz!, day('2026-07-01')), isPossibleOn(wiz!, day('2026-07-01'))]).toEqual([false, true])
  })

  it('makes Amazon a possible but not certain Forum member on 1 May 2024, certain on 30 June', () => {
    const amazon = membershipOn('amazon', 'frontier-model-forum', '2024-05-01')
    expect(amazon && [isCertainOn(amazon, day('2024-05-01')), isCertainOn(amazon, day('2024-06-30'))]).toEqual([
      false,
      true,
    ])
  })

  it('records the PAI partners known only "by" a date with joinedBy, never with an invented joined', () => {
    for (const id of ['openai', 'aaai', 'aclu']) {
      const membership = dataset.membershipsByOrganization.get(id)?.find((m) => m.coalitionId === 'partnership-on-ai')
      expect([membership?.joined, membership?.joinedBy?.text]).toEqual([undefined, '2017-05-16'])
    }
  })

  it('gives every coalition a roster with the day it was last checked; PAI is partial', () => {
    for (const coalition of dataset.coalitions) expect(coalition.roster?.checked, coalition.id).toBeDefined()
    expect(dataset.coalitionById.get('partnership-on-ai')?.roster?.complete).toBe(false)
  })

  it('finds Harvard through the Mass Open Cloud Alliance, which it operates with Boston University', () => {
    const moc = dataset.organizations.find((organization) => organization.aliases.includes('Harvard'))
    expect(moc?.aliases).toContain('Mass Open Cloud Alliance')
  })

  it("cites the notable absentees in the organizations' own sources", () => {
    for (const id of ['stanford', 'mit', 'adept', 'harvard']) {
      expect(dataset.organizationById.get(id)?.sourceIds.length, id).toBeGreaterThan(0)
    }
  })
})
