/**
 * Whatever table of strings a person hands the importer, it either imports rows or names each
 * problem by its row and column; it never throws, and what it makes always passes the validator.
 */
import * as fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../dataset/load-dataset'
import type { DatasetDocument } from '../export/dataset-document'
import { FIELD_HEADERS, FIELDS } from './columns'
import { importCsv, importOk } from './test-helpers'

const PROBLEM = /^(row \d+(, column [A-Z]+( '.*')?)?: .+|.+)$/s

/** Cells drawn from what sheets hold: plausible values, junk, formulas, links, dates in every form. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    'Meta',
    'meta',
    'IBM',
    'AI Alliance',
    'The AI Alliance',
    'Google',
    'Google Cloud',
    'member',
    'founder',
    'US',
    'us',
    'Narnia',
    'high',
    'Low',
    'nope',
  ),
  fc.constantFrom(
    '2024',
    '2024-05',
    '2024-05-14',
    '2024-13',
    '03/04/2024',
    '25/12/2023',
    '12/25/2023',
    '45000',
    'May 2024',
    '5 May 2024',
    '31/02/2024',
  ),
  fc.constantFrom(
    'https://example.org/a',
    'https://example.org/b | https://example.org/c',
    'javascript:alert(1)',
    'www.example.org',
    '=SUM(A1:A2)',
    "'=literal",
    'a-b',
    'x'.repeat(130),
  ),
)
const headers = fc.array(
  fc.oneof(
    fc.constantFrom(...FIELDS.map((field) => FIELD_HEADERS[field]), 'Company', 'URL', 'Since'),
    fc.string({ maxLength: 8 }),
  ),
  { minLength: 1, maxLength: 8 },
)

/** What the validator says about a document the importer made (nothing, for no document). */
function validationProblems(document: DatasetDocument | null): string[] {
  if (document === null) return []
  const outcome = loadDataset(JSON.stringify(document))
  return outcome.ok ? [] : [outcome.reason, ...outcome.problems.map((p) => `${p.path}: ${p.message}`)]
}

describe('any table of strings', () => {
  it('imports or yields row and column messages, never throws, and makes only valid documents', () => {
    fc.assert(
      fc.property(
        headers,
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
        fc.constantFrom<'dmy' | 'mdy' | null>('dmy', 'mdy', null),
        (header, rows, dateOrder) => {
          const text = Papa.unparse([header, ...rows])
          const result = importCsv(text, { dateOrder })
          const reason = 'reason' in result ? result.reason : null
          const analysis = 'reason' in result ? null : result.analysis
          const document = 'reason' in result || (analysis?.mappingProblems.length ?? 0) > 0 ? null : result.document
          // A file that cannot be read gets one sentence; one that can, a message per problem by row and column.
          expect(reason === null || /\.$/.test(reason)).toBe(true)
          expect((analysis?.problems ?? []).filter((problem) => !PROBLEM.test(problem))).toEqual([])
          expect((analysis?.fineRows ?? 0) <= (analysis?.rowCount ?? 0)).toBe(true)
          expect(validationProblems(document)).toEqual([])
        },
      ),
      { numRuns: 1000 },
    )
  }, 120_000)

  it('always gives the required columns when the sheet has them, so rows are read', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { maxLength: 10 }), (rows) => {
        const { analysis } = importOk(Papa.unparse([['organization', 'coalition', 'source URL', 'joined'], ...rows]))
        expect(analysis.mappingProblems).toEqual([])
        expect(
          analysis.fineRows + new Set(analysis.problems.map((problem) => problem.split(',')[0])).size,
        ).toBeGreaterThanOrEqual(analysis.rowCount)
      }),
      { numRuns: 1000 },
    )
  }, 120_000)
})
