/**
 * The checks every load runs that need no zod: the version, the fast path (fast-path.ts), the rules
 * that need the whole document (unique ids, references, cycles, overlaps) and unknown fields. The
 * schema's item-by-item report (zod) comes in from validate-dataset.ts only for a document that is
 * not plainly valid, so the page loads zod only for such a document.
 */
import { membershipWindows, possiblyOverlap, type TimeFacts, type Windows } from '../membership/windows'
import { boundsClash, EXCLUSIVE_TIME_FIELDS } from '../membership/bounds'
import { parsePartialDate, type PartialDate } from './dates'
import { isPlainlyValid } from './fast-path'
import { KNOWN_FIELDS, V2_FIELDS, VERSIONS } from './format-rules'
import type { ListName } from './lists'
import type { RawDataset } from './schema'
import { closestId } from './suggest'
import type { Problem } from './types'

/** Past this many problems the list is cut (the count stays true): nobody reads more, and a huge
 *  broken file must stay cheap to report. */
export const MAX_PROBLEMS = 1000
/** "Did you mean" needs a scan of all ids per miss; only the first misses get one. */
const MAX_SUGGESTIONS = 200

type UnknownRecord = Record<string, unknown>

export type Verdict =
  | { readonly ok: true; readonly document: RawDataset; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false
      /** The first MAX_PROBLEMS problems. */
      readonly problems: readonly Problem[]
      /** How many problems there are in all (may exceed the list). */
      readonly problemCount: number
      readonly warnings: readonly Problem[]
    }

export interface VerifyOptions {
  /** The document's `version` as written, when parsing lost it (a number too large for a double). */
  readonly versionText?: string
  /** Called as the lists are checked, with the share done (0–1), so a large document shows progress. */
  readonly onProgress?: (done: number) => void
}

/** Reports a problem at a JSON path; it keeps the first MAX_PROBLEMS and counts them all. */
export interface ProblemSink {
  add(path: string, message: string): void
}

/** The schema's rules, item by item, with zod's full report (validate-dataset.ts: checkStructure). */
export type StructureCheck = (
  input: Record<string, unknown>,
  problems: ProblemSink,
  onProgress?: (done: number) => void,
) => void

/**
 * Every check of validateDataset, without building the normalized dataset. `checkStructure` words
 * the problems of a document that is not plainly valid (fast-path.ts); without it such a document
 * gets null, and the caller loads the schema and asks again, so a valid document never needs zod.
 */
export function verifyWith(
  input: unknown,
  options: VerifyOptions,
  checkStructure: StructureCheck | null,
): Verdict | null {
  if (!isRecord(input)) {
    return refuse([
      {
        path: '',
        message: `the document must be a JSON object with "version", "title", "updated" and the lists, not ${describe(input)}`,
      },
    ])
  }
  if (!('version' in input)) {
    return refuse([{ path: 'version', message: 'is required (this app reads versions 1 and 2)' }])
  }
  if (!(VERSIONS as readonly unknown[]).includes(input.version)) {
    const written = options.versionText ? shorten(options.versionText) : describeVersion(input.version)
    return refuse([
      { path: 'version', message: `unsupported dataset version ${written} (this app reads versions 1 and 2)` },
    ])
  }

  // Plainly valid documents skip zod (see fast-path.ts); anything else gets zod's full report.
  const plainlyValid = isPlainlyValid(input)
  if (!plainlyValid && checkStructure === null) return null
  const problems = new ProblemList()
  if (!plainlyValid) checkStructure?.(input, problems, options.onProgress)
  options.onProgress?.(0.8)
  const context = new CrossChecks(input, problems)
  context.run()
  options.onProgress?.(1)
  const warnings = unknownFieldWarnings(input)

  if (problems.length > 0) {
    return { ok: false, problems: problems.list(), problemCount: problems.length, warnings }
  }
  return { ok: true, document: input as RawDataset, warnings }
}

/** What stood in `version`, said shortly whatever it was (a 10,000-digit number stays one line). */
function describeVersion(value: unknown): string {
  const text =
    typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value))
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}

function refuse(problems: Problem[]): Verdict {
  return { ok: false, problems, problemCount: problems.length, warnings: [] }
}

/** Keeps the first MAX_PROBLEMS problems and counts them all. */
class ProblemList implements ProblemSink {
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
    return this.items
  }
}

/** Any text quoted in a message, cut to a readable length. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A value quoted in a message: JSON-quoted and cut, so a 5 MB id costs one line. */
export function quoteValue(value: string): string {
  return JSON.stringify(shorten(value))
}

/** A short, safe description of any JSON value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `the text ${JSON.stringify(`${value.slice(0, 37)}…`)}`
        : `the text ${JSON.stringify(value)}`
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
    if (this.input.version === 1) this.checkVersionOneFields()
    for (const list of ['sectors', 'sources', 'coalitions', 'organizations'] as const) this.collectIds(list)
    this.checkOrganizations()
    this.checkCoalitions()
    this.checkMemberships()
  }

  /** A version 1 document may not use the fields version 2 added: it would mean something v1 cannot say. */
  private checkVersionOneFields(): void {
    for (const [list, fields] of Object.entries(V2_FIELDS) as [keyof typeof V2_FIELDS, readonly string[]][]) {
      asList(this.input[list]).forEach((record, index) => {
        if (!isRecord(record)) return
        for (const field of fields) {
          if (record[field] !== undefined && record[field] !== null)
            this.problems.add(`${list}[${index}].${field}`, `field ${field} needs version 2`)
        }
      })
    }
  }

  private collectIds(list: ListName): void {
    const seen = new Map<string, number>()
    asList(this.input[list]).forEach((item, index) => {
      const id = stringField(item, 'id')
      if (id === undefined) return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else this.problems.add(`${list}[${index}].id`, `${quoteValue(id)} is used twice (also ${list}[${first}])`)
    })
    this.ids.set(list, seen)
  }

  /** Reports a reference to a missing id, with the nearest existing id when one is close. */
  private checkReference(path: string, value: string | undefined, list: ListName, noun: string): boolean {
    if (value === undefined) return false
    const known = this.ids.get(list)
    if (!known || known.has(value)) return true
    let message = `${quoteValue(value)} is not ${noun} id`
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
      if (typeof sourceId === 'string' && !known?.has(sourceId))
        this.checkReference(`${path}.sources[${index}]`, sourceId, 'sources', 'a source')
    })
  }

  private checkOrganizations(): void {
    const organizations = asList(this.input.organizations)
    const parentOf = new Map<string, string>()
    organizations.forEach((organization, index) => {
      const path = `organizations[${index}]`
      this.checkReference(`${path}.sector`, stringField(organization, 'sector'), 'sectors', 'a sector')
      this.checkSourceList(path, organization)
      const id = stringField(organization, 'id')
      const parent = stringField(organization, 'parent')
      if (parent === undefined) return
      if (parent === id) {
        this.problems.add(`${path}.parent`, 'an organization cannot be its own parent')
      } else if (
        this.checkReference(`${path}.parent`, parent, 'organizations', 'an organization') &&
        id !== undefined
      ) {
        parentOf.set(id, parent)
      }
    })
    this.checkParentCycles(parentOf)
  }

  /**
   * Loops in corporate families, each reported once at its first organization in document order.
   * Every organization is walked once: a walk stops at one already settled, so a chain of 30,000
   * parents costs 30,000 steps, not 30,000².
   */
  private checkParentCycles(parentOf: ReadonlyMap<string, string>): void {
    const indexOf = this.ids.get('organizations') ?? new Map<string, number>()
    const settled = new Set<string>()
    for (const start of parentOf.keys()) {
      if (settled.has(start)) continue
      const path: string[] = []
      const onPath = new Map<string, number>()
      let current: string | undefined = start
      while (current !== undefined && !settled.has(current) && !onPath.has(current)) {
        onPath.set(current, path.length)
        path.push(current)
        current = parentOf.get(current)
      }
      if (current !== undefined && onPath.has(current)) {
        const loop = path.slice(onPath.get(current))
        let first = loop[0] as string
        for (const id of loop) if ((indexOf.get(id) ?? 0) < (indexOf.get(first) ?? 0)) first = id
        const at = loop.indexOf(first)
        const rotated = [...loop.slice(at), ...loop.slice(0, at), first]
        const chain =
          rotated.length > 8
            ? [...rotated.slice(0, 4), `… ${rotated.length - 6} more …`, ...rotated.slice(-2)]
            : rotated
        this.problems.add(
          `organizations[${indexOf.get(first) ?? 0}].parent`,
          `corporate families must not loop: ${chain.map((id) => shorten(id)).join(' → ')}`,
        )
      }
      for (const id of path) settled.add(id)
    }
  }

  private checkCoalitions(): void {
    asList(this.input.coalitions).forEach((coalition, index) => {
      const path = `coalitions[${index}]`
      this.checkSourceList(path, coalition)
      if (!isRecord(coalition)) return
      this.checkSourceList(`${path}.roster`, coalition.roster)
      asList(coalition.reportedSize).forEach((size, at) => this.checkSourceList(`${path}.reportedSize[${at}]`, size))
    })
  }

  private checkMemberships(): void {
    const organizationIndex = this.ids.get('organizations') ?? new Map<string, number>()
    const coalitionIndex = this.ids.get('coalitions') ?? new Map<string, number>()
    const sourceIds = this.ids.get('sources') ?? new Map<string, number>()
    const organizations = asList(this.input.organizations)
    const coalitions = asList(this.input.coalitions)
    const founded = new Map<string, PartialDate>()
    for (const coalition of coalitions) {
      const id = stringField(coalition, 'id')
      const date = parsePartialDate(stringField(coalition, 'founded') ?? '')
      if (id !== undefined && date) founded.set(id, date)
    }
    // Periods grouped by organization position × coalition count + coalition position (numbers hash
    // faster than joined strings), then each group is checked for overlaps after one sort.
    const coalitionCount = Math.max(1, coalitionIndex.size)
    const periodsByPair = new Map<number, Period[]>()

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

      const facts = this.timeFacts(membership)
      if (facts === null) return
      if (!this.checkTimeFacts(`memberships[${index}]`, facts)) return
      if (
        organizationAt === undefined ||
        coalitionAt === undefined ||
        organizationId === undefined ||
        coalitionId === undefined
      )
        return

      const key = organizationAt * coalitionCount + coalitionAt
      const period = { index, ...membershipWindows(facts, founded.get(coalitionId)) }
      const periods = periodsByPair.get(key)
      if (periods) periods.push(period)
      else periodsByPair.set(key, [period])
    })

    for (const [key, periods] of periodsByPair) {
      if (periods.length < 2) continue
      const clashes = overlappingPeriods(periods)
      if (clashes.length === 0) continue
      const organizationAt = Math.floor(key / coalitionCount)
      const coalitionAt = key % coalitionCount
      const organizationName = stringField(organizations[organizationAt], 'name') ?? ''
      const coalitionName = stringField(coalitions[coalitionAt], 'name') ?? ''
      for (const [at, other] of clashes) {
        this.problems.add(
          `memberships[${at}]`,
          `${quoteName(organizationName)} is listed twice in ${quoteName(coalitionName)} for overlapping periods (also memberships[${other}])`,
        )
      }
    }
  }

  /** The membership's dates, parsed; null when one of them is not a date (the schema reports that). */
  private timeFacts(membership: UnknownRecord): Record<TimeField, PartialDate | undefined> | null {
    const facts = {} as Record<TimeField, PartialDate | undefined>
    for (const field of TIME_FIELDS) {
      const value = membership[field]
      if (value === undefined || value === null) continue
      const date = typeof value === 'string' ? parsePartialDate(value) : null
      if (!date) return null
      facts[field] = date
    }
    return facts
  }

  /** Fields that cannot go together, and bounds out of order. False when the membership has such a problem. */
  private checkTimeFacts(path: string, facts: TimeFacts): boolean {
    let ok = true
    for (const [a, b] of EXCLUSIVE_TIME_FIELDS) {
      if (facts[a] && facts[b]) {
        this.problems.add(path, `${a} and ${b} cannot both be given`)
        ok = false
      }
    }
    if (!ok) return false
    const order = boundsOutOfOrder(facts)
    if (order) this.problems.add(path, order)
    return order === null
  }
}

const TIME_FIELDS = ['joined', 'joinedAfter', 'joinedBy', 'left', 'leftAfter', 'leftBy'] as const
type TimeField = (typeof TIME_FIELDS)[number]

interface Period extends Windows {
  readonly index: number
}

/** Names in messages: shortened like every other quoted value. */
function quoteName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}…` : name
}

/**
 * Pairs [later index, earlier index] of periods whose possible windows overlap. One sort by start,
 * then a sweep that remembers the period reaching furthest: n log n however many periods there are.
 */
export function overlappingPeriods(periods: readonly Period[]): [number, number][] {
  const sorted = [...periods].sort((a, b) => a.startEarliest - b.startEarliest || a.index - b.index)
  const clashes: [number, number][] = []
  let furthest: Period | undefined
  for (const period of sorted) {
    if (furthest && possiblyOverlap(furthest, period)) {
      clashes.push(period.index > furthest.index ? [period.index, furthest.index] : [furthest.index, period.index])
    }
    if (!furthest || period.endLatest > furthest.endLatest) furthest = period
  }
  return clashes
}

/** The first pair of bounds that cannot both be true, worded with the fields as written, or null (the rule: membership/bounds.ts). */
export function boundsOutOfOrder(facts: TimeFacts): string | null {
  const clash = boundsClash(facts)
  if (clash === null) return null
  const say = (field: TimeField) => `${field} ${(facts[field] as PartialDate).text}`
  return `${say(clash.field)} ${clash.relation} ${say(clash.other)}`
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
      const path = kind === 'dataset' ? shorten(field) : `${where}[${first}].${shorten(field)}`
      const more = count > 1 ? ` (on ${count} ${where})` : ''
      warnings.push({ path, message: `${quoteValue(field)} is not a field of this format and is ignored${more}` })
    }
  }
  report('dataset', 'dataset', [input])
  for (const list of ['sectors', 'sources', 'coalitions', 'organizations', 'memberships'] as const) {
    report(list, list, asList(input[list]))
  }
  return warnings
}
