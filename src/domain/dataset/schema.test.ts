import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetJsonSchema } from './schema'

const published = new URL('../../../public/data/coalition-dataset.schema.json', import.meta.url)
const generated = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`

describe('the published JSON Schema', () => {
  // `npm run schema` sets UPDATE_SCHEMA to rewrite the file from the zod source.
  if (process.env.UPDATE_SCHEMA) writeFileSync(published, generated)

  it('matches the schema the validator uses (run `npm run schema` after changing schema.ts)', () => {
    expect(existsSync(published)).toBe(true)
    expect(readFileSync(published, 'utf8')).toBe(generated)
  })

  it('states the format rules that a JSON Schema can carry', () => {
    const schema = JSON.parse(generated) as { required: string[]; properties: Record<string, { enum?: unknown }> }
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'version',
        'title',
        'updated',
        'sectors',
        'sources',
        'coalitions',
        'organizations',
        'memberships',
      ]),
    )
    expect(schema.properties.version?.enum).toEqual([1, 2])
  })
})
