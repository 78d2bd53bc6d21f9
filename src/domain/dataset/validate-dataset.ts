/**
 * Dataset validation: a document is accepted whole (normalized, with lookups) or refused whole with
 * every problem found, each with its JSON path and a plain sentence.
 */
import type * as z from 'zod/mini'
import { normalizeDocument } from './normalize'
import { datasetHeaderSchema, LIST_ITEM_SCHEMAS, LIST_NAMES } from './schema'
import type { ValidationResult } from './types'
import { describe, formatPath, verifyWith, type ProblemSink, type Verdict, type VerifyOptions } from './verify-core'

export {
  boundsOutOfOrder,
  describe,
  formatPath,
  MAX_PROBLEMS,
  overlappingPeriods,
  quoteValue,
  shorten,
  verifyWith,
} from './verify-core'
export type { ProblemSink, StructureCheck, Verdict, VerifyOptions } from './verify-core'

type UnknownRecord = Record<string, unknown>

export function validateDataset(input: unknown, options: VerifyOptions = {}): ValidationResult {
  const verdict = verifyDataset(input, options)
  if (!verdict.ok) return verdict
  return { ok: true, dataset: normalizeDocument(verdict.document), warnings: verdict.warnings }
}

/** Every check of validateDataset, without building the normalized dataset (the worker's job). */
export function verifyDataset(input: unknown, options: VerifyOptions = {}): Verdict {
  return verifyWith(input, options, checkStructure) as Verdict
}

/**
 * The schema's rules, item by item: the header first, then every item of every list against its
 * own schema, so the issues of one item are all zod ever holds at once.
 */
export function checkStructure(input: UnknownRecord, problems: ProblemSink, onProgress?: (done: number) => void): void {
  const header = datasetHeaderSchema.safeParse(input, { error: describeIssue })
  if (!header.success) for (const issue of header.error.issues) problems.add(formatPath(issue.path), issue.message)
  const total = LIST_NAMES.reduce(
    (sum, list) => sum + (Array.isArray(input[list]) ? (input[list] as unknown[]).length : 0),
    0,
  )
  let done = 0
  for (const list of LIST_NAMES) {
    const items = input[list]
    if (items === undefined) {
      problems.add(list, 'is required')
      continue
    }
    if (!Array.isArray(items)) {
      problems.add(list, `must be a list, not ${describe(items)}`)
      continue
    }
    if (list === 'sectors' && items.length === 0) problems.add(list, 'must list at least one sector')
    const schema = LIST_ITEM_SCHEMAS[list]
    for (let index = 0; index < items.length; index++) {
      const result = schema.safeParse(items[index], { error: describeIssue })
      if (!result.success)
        for (const issue of result.error.issues) problems.add(formatPath([list, index, ...issue.path]), issue.message)
      if (++done % 20_000 === 0) onProgress?.((0.8 * done) / total)
    }
  }
}

/** Plain sentences for the issues the schema does not word itself. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${expectedNoun(issue.expected)}, not ${describe(issue.input)}`
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`
      if (issue.origin === 'number') return `must be at least ${issue.minimum}, not ${describe(issue.input)}`
      return undefined
    case 'too_big': {
      const actual = Array.isArray(issue.input) || typeof issue.input === 'string' ? issue.input.length : undefined
      if (issue.origin === 'string') return `is ${actual} characters long; the limit is ${issue.maximum}`
      if (issue.origin === 'array') return `lists ${actual}; the limit is ${issue.maximum}`
      return undefined
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value))
      const choices = values.length === 1 ? values[0] : `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`
      return `must be ${choices}, not ${describe(issue.input)}`
    }
    default:
      return undefined
  }
}

function expectedNoun(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text'
    case 'array':
      return 'a list'
    case 'object':
      return 'an object'
    case 'number':
      return 'a number'
    case 'int':
      return 'a whole number'
    case 'boolean':
      return 'true or false'
    default:
      return expected
  }
}
