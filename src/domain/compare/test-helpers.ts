// Test-only builders shared by the compare-*.test.ts tables (never imported by app code).
import { buildDataset, day } from '../../test/fixtures'
import type { RawDataset } from '../dataset/schema'
import type { Dataset } from '../dataset/types'

export { buildDataset, day }

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
