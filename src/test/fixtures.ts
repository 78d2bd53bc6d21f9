/**
 * Small hand-written documents for tests. `rawDataset()` is a valid document; tests copy it and
 * break one thing, so each case shows exactly the rule it exercises.
 */
import { isoToDay } from '../domain/dataset/dates'
import type { RawDataset } from '../domain/dataset/schema'
import type { Dataset } from '../domain/dataset/types'
import { validateDataset } from '../domain/dataset/validate-dataset'

export function rawDataset(): RawDataset {
  return {
    version: 1,
    title: 'Test coalitions',
    updated: '2024-06-01',
    sectors: [
      { id: 'model-developer', label: 'Model developer' },
      { id: 'research-academia', label: 'Research & academia' },
      { id: 'enterprise-software', label: 'Enterprise software' },
    ],
    sources: [
      { id: 'launch', title: 'Launch release', url: 'https://example.org/launch', date: '2023-12-05' },
      { id: 'expansion', title: 'Expansion report', url: 'https://example.org/expansion' },
    ],
    coalitions: [
      { id: 'alliance', name: 'Alliance', founded: '2023-12-05', sources: ['launch'] },
      { id: 'forum', name: 'Forum', founded: '2023-07-26' },
    ],
    organizations: [
      { id: 'ibm', name: 'IBM', sector: 'enterprise-software', country: 'US' },
      { id: 'meta', name: 'Meta', aliases: ['Facebook'], sector: 'model-developer', country: 'US' },
      { id: 'red-hat', name: 'Red Hat', sector: 'enterprise-software', country: 'US', parent: 'ibm' },
      { id: 'cern', name: 'CERN', sector: 'research-academia', country: 'CH' },
      { id: 'openai', name: 'OpenAI', sector: 'model-developer', country: 'US' },
      { id: 'mit', name: 'MIT', sector: 'research-academia' },
    ],
    memberships: [
      {
        organization: 'ibm',
        coalition: 'alliance',
        role: 'founder',
        joined: '2023-12-05',
        sources: ['launch'],
        confidence: 'high',
      },
      {
        organization: 'meta',
        coalition: 'alliance',
        role: 'founder',
        joined: '2023-12-05',
        sources: ['launch'],
        confidence: 'high',
      },
      {
        organization: 'red-hat',
        coalition: 'alliance',
        role: 'founding member',
        joined: '2023-12-05',
        sources: ['launch'],
      },
      {
        organization: 'cern',
        coalition: 'alliance',
        role: 'member',
        joined: '2024-02',
        sources: ['expansion'],
        confidence: 'medium',
      },
      { organization: 'openai', coalition: 'forum', role: 'founder', joined: '2023-07-26', sources: ['expansion'] },
      {
        organization: 'meta',
        coalition: 'forum',
        role: 'member',
        joined: '2024-05',
        left: '2024-09-01',
        sources: ['expansion'],
      },
      { organization: 'ibm', coalition: 'forum', role: 'member', sources: ['expansion'] },
    ],
  }
}

/** The fixture, changed by `change`, validated and normalized; throws if the change broke it. */
export function buildDataset(change?: (raw: RawDataset) => void): Dataset {
  const raw = rawDataset()
  change?.(raw)
  const result = validateDataset(raw)
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'))
  return result.dataset
}

/** Day number of a full ISO date, for tests that state days in words people read. */
export function day(iso: string): number {
  const value = isoToDay(iso)
  if (value === null) throw new Error(`not a day: ${iso}`)
  return value
}
