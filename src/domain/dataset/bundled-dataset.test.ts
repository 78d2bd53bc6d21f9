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
  return (dataset.membershipsByOrganization.get(organizationId) ?? []).find((m) => m.coalitionId === coalitionId && isPossibleOn(m, day(iso)))
}

describe('the bundled dataset', () => {
  it('is a version 2 document that loads with no warnings', () => {
    expect(dataset.version).toBe(2)
    expect(result.warnings).toEqual([])
  })

  it.each<[string, string, number, number, string]>([
    ['ai-alliance', '2023-12-05', 57, 57, 'the launch release lists 57 organisations'],
    ['ai-alliance', '2024-02-08', 85, 85, 'the first expansion names 28 more'],
    ['frontier-model-forum', '2023-07-26', 4, 4, 'four founders'],
    ['frontier-model-forum', '2024-05-01', 4, 6, 'Amazon and Meta joined in May 2024, day unknown'],
    ['frontier-model-forum', '2024-06-30', 6, 6, 'both certain by the end of May'],
    ['partnership-on-ai', '2016-09-28', 5, 8, 'five founders; OpenAI, AAAI and ACLU only known as partners by 16 May 2017'],
    ['partnership-on-ai', '2017-01-27', 6, 9, 'Apple joins on 27 January 2017'],
    ['seoul-commitments', '2024-05-21', 16, 16, '16 signed on the summit day'],
    ['seoul-commitments', '2026-11-30', 16, 20, 'four signed later, day unknown'],
    ['cosai', '2024-07-18', 14, 17, 'the launch list; three sponsors only known as listed by a later date'],
  ])('%s on %s: %i certain, %i possible (%s)', (coalitionId, iso, certain, possible) => {
    expect(counts(coalitionId, iso)).toEqual([certain, possible])
  })

  it('no longer counts Wiz and Chainguard in CoSAI after they left its sponsors list', () => {
    expect(membershipOn('wiz', 'cosai', '2026-11-30')).toBeUndefined()
    expect(membershipOn('chainguard', 'cosai', '2026-11-30')).toBeUndefined()
    const [certain, possible] = counts('cosai', '2026-11-30')
    expect([certain, possible]).toEqual([15, 15])
  })

  it('dates the departures from CoSAI as windows: still listed on one day, gone by a later one', () => {
    const wiz = dataset.membershipsByOrganization.get('wiz')?.find((m) => m.coalitionId === 'cosai')
    expect([wiz?.leftAfter?.text, wiz?.leftBy?.text, wiz?.left]).toEqual(['2026-06-04', '2026-07-13', undefined])
    expect(isCertainOn(wiz!, day('2026-06-04'))).toBe(true)
    expect([isCertainOn(wiz!, day('2026-07-01')), isPossibleOn(wiz!, day('2026-07-01'))]).toEqual([false, true])
  })

  it('makes Amazon a possible but not certain Forum member on 1 May 2024, certain on 30 June', () => {
    const amazon = membershipOn('amazon', 'frontier-model-forum', '2024-05-01')
    expect(amazon && [isCertainOn(amazon, day('2024-05-01')), isCertainOn(amazon, day('2024-06-30'))]).toEqual([false, true])
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

  it('cites the notable absentees in the organizations\' own sources', () => {
    for (const id of ['stanford', 'mit', 'adept', 'harvard']) {
      expect(dataset.organizationById.get(id)?.sourceIds.length, id).toBeGreaterThan(0)
    }
  })
})
