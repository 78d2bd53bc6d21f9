/**
 * Dataset validation: a document is accepted whole (normalized, with lookups) or refused whole with
 * every problem found, each with its JSON path and a plain sentence.
 */
import type * as z from 'zod/mini'
import { parsePartialDate } from './dates'
import { isPlainlyValid } from './fast-path'
import { normalizeDocument } from './normalize'
import { datasetSchema, KNOWN_FIELDS, type RawDataset } from './schema'
import { closestId } from './suggest'
import type { Problem, ValidationResult } from './types'

/** Past this many problems the list is cut: nobody reads more, and a huge broken file must stay cheap. */
export const MAX_PROBLEMS = 1000
/** "Did you mean" needs a scan of all ids per miss; only the first misses get one. */
const MAX_SUGGESTIONS = 200

type ListName = 'sectors' | 'sources' | 'coalitions' | 'organizations' | 'memberships'
type UnknownRecord = Record<string, unknown>

export function validateDataset(input: unknown): ValidationResult {
  const verdict = verifyDataset(input)
  if (!verdict.ok) return verdict
  return { ok: true, dataset: normalizeDocument(verdict.document), warnings: verdict.warnings }
}

export type Verdict =
  | { readonly ok: true; readonly document: RawDataset; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }

/** Every check of validateDataset, without building the normalized dataset (the worker's job). */
export function verifyDataset(input: unknown): Verdict {
  if (!isRecord(input)) {
    return refuse([{ path: '', message: `the document must be a JSON object with "version", "title", "updated" and the lists, not ${describe(input)}` }])
  }
  if (!('version' in input)) {
    return refuse([{ path: 'version', message: 'is required (this app reads version 1)' }])
  }
  if (input.version !== 1) {
    return refuse([{ path: 'version', message: `unsupported dataset version ${JSON.stringify(input.version)} (this app reads version 1)` }])
  }

  const problems = new ProblemList()
  // Plainly valid documents skip zod (see fast-path.ts); anything else gets zod's full report.
  const parsed: { success: true; data: RawDataset } | ReturnType<typeof datasetSchema.safeParse> = isPlainlyValid(input)
    ? { success: true, data: input as RawDataset }
    : datasetSchema.safeParse(input, { error: describeIssue })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(formatPath(issue.path), issue.message)
  }
  const context = new CrossChecks(input, problems)
  context.run()
  const warnings = unknownFieldWarnings(input)

  if (!parsed.success || problems.length > 0) {
    return { ok: false, problems: problems.list(), warnings }
  }
  return { ok: true, document: parsed.data, warnings }
}

function refuse(problems: Problem[]): Verdict {
  return { ok: false, problems, warnings: [] }
}

class ProblemList {
  private readonly items: Problem[] = []
  private total = 0
  add(path: string, message: string): void {
    this.total++
    if (this.items.length < MAX_PROBLEMS) this.items.push({ path, message })
  }
  get length(): number {
    return this.total
  }
  list(): Problem[] {
    if (this.total <= this.items.length) return this.items
    return [...this.items, { path: '', message: `…and ${this.total - this.items.length} more problems not listed` }]
  }
}

/** Plain sentences for the issues the schema does not word itself. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${expectedNoun(issue.expected)}, not ${describe(issue.input)}`
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`
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
    default:
      return expected
  }
}

/** A short, safe description of any JSON value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text ${JSON.stringify(`${value.slice(0, 37)}…`)}` : `the text ${JSON.stringify(value)}`
    case 'number':
      return `the number ${value}`
    case 'boolean':
      return `${value}`
    case 'object':
      return 'an object'
    default:
      return typeof value
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

function stringField(record: unknown, field: string): string | undefined {
  if (!isRecord(record)) return undefined
  const value = record[field]
  return typeof value === 'string' ? value : undefined
}

/** Checks that need more than one object at a time. They read the raw input defensively, so they
 *  still run (and report) when the structural pass found problems elsewhere. */
class CrossChecks {
  private readonly ids = new Map<ListName, Map<string, number>>()
  private suggestionsLeft = MAX_SUGGESTIONS

  private readonly input: UnknownRecord
  private readonly problems: ProblemList

  constructor(input: UnknownRecord, problems: ProblemList) {
    this.input = input
    this.problems = problems
  }

  run(): void {
    for (const list of ['sectors', 'sources', 'coalitions', 'organizations'] as const) this.collectIds(list)
    this.checkOrganizations()
    this.checkCoalitions()
    this.checkMemberships()
  }

  private collectIds(list: ListName): void {
    const seen = new Map<string, number>()
    asList(this.input[list]).forEach((item, index) => {
      const id = stringField(item, 'id')
      if (id === undefined) return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else this.problems.add(`${list}[${index}].id`, `${JSON.stringify(id)} is used twice (also ${list}[${first}])`)
    })
    this.ids.set(list, seen)
  }

  /** Reports a reference to a missing id, with the nearest existing id when one is close. */
  private checkReference(path: string, value: string | undefined, list: ListName, noun: string): boolean {
    if (value === undefined) return false
    const known = this.ids.get(list)
    if (!known || known.has(value)) return true
    let message = `${JSON.stringify(value)} is not ${noun} id`
    if (this.suggestionsLeft > 0) {
      this.suggestionsLeft--
      const suggestion = closestId(value, known.keys())
      if (suggestion) message += ` (did you mean ${JSON.stringify(suggestion)}?)`
    }
    this.problems.add(path, message)
    return false
  }

  private checkSourceList(path: string, record: unknown): void {
    if (!isRecord(record) || !Array.isArray(record.sources)) return
    const known = this.ids.get('sources')
    record.sources.forEach((sourceId, index) => {
      // Paths are built only for a miss: on a large valid document this loop runs 100,000+ times.
      if (typeof sourceId === 'string' && !known?.has(sourceId)) this.checkReference(`${path}.sources[${index}]`, sourceId, 'sources', 'a source')
    })
  }

  private checkOrganizations(): void {
    const organizations = asList(this.input.organizations)
    const parentOf = new Map<string, string>()
    organizations.forEach((organization, index) => {
      const path = `organizations[${index}]`
      this.checkReference(`${path}.sector`, stringField(organization, 'sector'), 'sectors', 'a sector')
      const id = stringField(organization, 'id')
      const parent = stringField(organization, 'parent')
      if (parent === undefined) return
      if (parent === id) {
        this.problems.add(`${path}.parent`, 'an organization cannot be its own parent')
      } else if (this.checkReference(`${path}.parent`, parent, 'organizations', 'an organization') && id !== undefined) {
        parentOf.set(id, parent)
      }
    })
    this.checkParentCycles(parentOf)
  }

  private checkParentCycles(parentOf: ReadonlyMap<string, string>): void {
    const indexOf = this.ids.get('organizations') ?? new Map<string, number>()
    const reported = new Set<string>()
    for (const start of parentOf.keys()) {
      const chain: string[] = [start]
      const onChain = new Set(chain)
      let current = parentOf.get(start)
      while (current !== undefined && !onChain.has(current) && !reported.has(current)) {
        chain.push(current)
        onChain.add(current)
        current = parentOf.get(current)
      }
      if (current === undefined || reported.has(current)) {
        continue
      }
      // The walk met itself: report the loop once, at its first member in document order.
      const loop = chain.slice(chain.indexOf(current))
      if (loop.some((id) => reported.has(id))) continue
      loop.forEach((id) => reported.add(id))
      const first = loop.reduce((a, b) => ((indexOf.get(a) ?? 0) <= (indexOf.get(b) ?? 0) ? a : b))
      const rotated = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first]
      this.problems.add(`organizations[${indexOf.get(first) ?? 0}].parent`, `corporate families must not loop: ${rotated.join(' → ')}`)
    }
  }

  private checkCoalitions(): void {
    asList(this.input.coalitions).forEach((coalition, index) => this.checkSourceList(`coalitions[${index}]`, coalition))
  }

  private checkMemberships(): void {
    const organizationIndex = this.ids.get('organizations') ?? new Map<string, number>()
    const coalitionIndex = this.ids.get('coalitions') ?? new Map<string, number>()
    const sourceIds = this.ids.get('sources') ?? new Map<string, number>()
    const organizations = asList(this.input.organizations)
    const coalitions = asList(this.input.coalitions)
    const foundedDay = new Map<string, number>()
    for (const coalition of coalitions) {
      const id = stringField(coalition, 'id')
      const founded = parsePartialDate(stringField(coalition, 'founded') ?? '')
      if (id !== undefined && founded) foundedDay.set(id, founded.day)
    }
    // Keyed by organization position × coalition count + coalition position: numbers hash faster than joined strings.
    const coalitionCount = Math.max(1, coalitionIndex.size)
    const periodsByPair = new Map<number, { index: number; start: number; end: number }[]>()

    asList(this.input.memberships).forEach((membership, index) => {
      if (!isRecord(membership)) return
      const organizationId = typeof membership.organization === 'string' ? membership.organization : undefined
      const coalitionId = typeof membership.coalition === 'string' ? membership.coalition : undefined
      const organizationAt = organizationId === undefined ? undefined : organizationIndex.get(organizationId)
      const coalitionAt = coalitionId === undefined ? undefined : coalitionIndex.get(coalitionId)
      if (organizationId !== undefined && organizationAt === undefined) {
        this.checkReference(`memberships[${index}].organization`, organizationId, 'organizations', 'an organization')
      }
      if (coalitionId !== undefined && coalitionAt === undefined) {
        this.checkReference(`memberships[${index}].coalition`, coalitionId, 'coalitions', 'a coalition')
      }
      if (Array.isArray(membership.sources)) {
        for (const sourceId of membership.sources) {
          if (typeof sourceId === 'string' && !sourceIds.has(sourceId)) {
            this.checkSourceList(`memberships[${index}]`, membership)
            break
          }
        }
      }

      const joinedText = typeof membership.joined === 'string' ? membership.joined : undefined
      const leftText = typeof membership.left === 'string' ? membership.left : undefined
      const joined = joinedText === undefined ? null : parsePartialDate(joinedText)
      const left = leftText === undefined ? null : parsePartialDate(leftText)
      if (joined && left && left.day < joined.day) {
        this.problems.add(`memberships[${index}]`, `left ${left.text} is before joined ${joined.text}`)
        return
      }
      if (organizationAt === undefined || coalitionAt === undefined || organizationId === undefined || coalitionId === undefined) return
      if ((joinedText !== undefined && !joined) || (leftText !== undefined && !left)) return

      const period = {
        index,
        start: joined?.day ?? foundedDay.get(coalitionId) ?? Number.NEGATIVE_INFINITY,
        end: left?.day ?? Number.POSITIVE_INFINITY,
      }
      const key = organizationAt * coalitionCount + coalitionAt
      const earlier = periodsByPair.get(key)
      if (!earlier) {
        periodsByPair.set(key, [period])
        return
      }
      const clash = earlier.find((other) => other.start < period.end && period.start < other.end)
      if (clash) {
        const organizationName = stringField(organizations[organizationAt], 'name') ?? organizationId
        const coalitionName = stringField(coalitions[coalitionAt], 'name') ?? coalitionId
        this.problems.add(`memberships[${index}]`, `${organizationName} is listed twice in ${coalitionName} for overlapping periods (also memberships[${clash.index}])`)
      }
      earlier.push(period)
    })
  }
}

/** One warning per unknown field per kind of object, with where it first appears and how often. */
function unknownFieldWarnings(input: UnknownRecord): Problem[] {
  const warnings: Problem[] = []
  const report = (where: string, kind: keyof typeof KNOWN_FIELDS, records: readonly unknown[]) => {
    const known = new Set<string>(KNOWN_FIELDS[kind])
    const seen = new Map<string, { first: number; count: number }>()
    records.forEach((record, index) => {
      if (!isRecord(record)) return
      for (const field of Object.keys(record)) {
        if (known.has(field)) continue
        const entry = seen.get(field)
        if (entry) entry.count++
        else seen.set(field, { first: index, count: 1 })
      }
    })
    for (const [field, { first, count }] of seen) {
      const path = kind === 'dataset' ? field : `${where}[${first}].${field}`
      const more = count > 1 ? ` (on ${count} ${where})` : ''
      warnings.push({ path, message: `${JSON.stringify(field)} is not a field of this format and is ignored${more}` })
    }
  }
  report('dataset', 'dataset', [input])
  for (const list of ['sectors', 'sources', 'coalitions', 'organizations', 'memberships'] as const) {
    report(list, list, asList(input[list]))
  }
  return warnings
}
