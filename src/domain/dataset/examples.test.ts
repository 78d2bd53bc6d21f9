import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem } from './types'
import { validateDataset } from './validate-dataset'

const folder = new URL('../../../public/data/examples/', import.meta.url)
const files = readdirSync(folder).filter((name) => name.endsWith('.json'))

describe('example datasets', () => {
  it('has at least one example', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s passes the validator with no warnings and cites an http(s) source for every membership', (file) => {
    const result = validateDataset(JSON.parse(readFileSync(new URL(file, folder), 'utf8')))
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(result.warnings).toEqual([])
    for (const membership of result.dataset.memberships) {
      expect(membership.sourceIds.some((id) => /^https?:\/\//.test(result.dataset.sourceById.get(id)?.url ?? ''))).toBe(true)
    }
  })
})
