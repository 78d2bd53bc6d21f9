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

  // That every membership cites an http(s) source is the validator's to refuse (load-dataset.test.ts
  // holds the refusals): an example that passes it cites one, so checking again here could not fail.
  it.each(files)('%s passes the validator with no problems and no warnings', (file) => {
    const result = validateDataset(JSON.parse(readFileSync(new URL(file, folder), 'utf8')))
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([])
    expect(result.warnings).toEqual([])
  })
})
