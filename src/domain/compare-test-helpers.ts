// Test-only builders shared by the compare-*.test.ts tables (never imported by app code).
import { isoToDay } from './dates'
import type { RawDataset } from './schema'
import type { Dataset } from './types'
import { validateDataset } from './validate-dataset'
import { rawDataset } from '../test/fixtures'

export function buildDataset(change?: (raw: RawDataset) => void): Dataset {
  const raw = rawDataset()
  change?.(raw)
  const result = validateDataset(raw)
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'))
  return result.dataset
}

/** The fixture plus a third coalition, "Pact", with OpenAI, CERN and MIT. */
export function withPact(change?: (raw: RawDataset) => void): Dataset {
  return buildDataset((raw) => {
    raw.coalitions.push({ id: 'pact', name: 'Pact', founded: '2023-01-01' })
    raw.memberships.push(
      { organization: 'openai', coalition: 'pact', role: 'signatory', sources: ['expansion'] },
      { organization: 'cern', coalition: 'pact', role: 'signatory', sources: ['expansion'] },
      { organization: 'mit', coalition: 'pact', role: 'signatory', sources: ['expansion'] },
    )
    change?.(raw)
  })
}

export function day(iso: string): number {
  const value = isoToDay(iso)
  if (value === null) throw new Error(`not a day: ${iso}`)
  return value
}
