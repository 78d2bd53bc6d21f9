/**
 * A fast yes for documents that are plainly valid. Checking 100,000 memberships through zod costs
 * several hundred milliseconds; the same rules written as plain loops cost a few tens. This answers
 * only "certainly valid" (true) or "look closer" (false): on false, the zod schema runs and words
 * every problem, so zod stays the single source of the rules and of the messages. fast-path.test.ts
 * checks, over many generated documents, that this never says yes where zod says no.
 */
import { isCountryCode } from './countries'
import { parsePartialDate } from './dates'
import { CONFIDENCES, DATE_PATTERN, ID_PATTERN, SIZE_QUALIFIERS, SOURCE_KINDS } from './format-rules'

type Loose = Record<string, unknown>

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const absent = (value: unknown) => value === undefined || value === null

function id(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 64 && ID_PATTERN.test(value)
}

function text(value: unknown, min: number, max: number): boolean {
  if (typeof value !== 'string') return false
  const length = value.trim().length
  return length >= min && length <= max
}

const optionalText = (value: unknown, max: number) => absent(value) || text(value, 0, max)

function date(value: unknown): boolean {
  return typeof value === 'string' && DATE_PATTERN.test(value) && parsePartialDate(value) !== null
}

const optionalDate = (value: unknown) => absent(value) || date(value)

function parses(address: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(address)
  try {
    return new URL(address).href !== ''
  } catch {
    return false
  }
}

/**
 * What schema.ts's httpUrl (zod's url check with the http(s) protocol) accepts, without zod, which
 * the page then need not load: once trimmed, it starts with http:// or https:// (so the parsed
 * protocol is one of those) and the browser's URL parser reads it.
 */
const url = (value: unknown) => {
  if (typeof value !== 'string') return false
  const trimmed = value.trim()
  return /^https?:\/\//i.test(trimmed) && parses(trimmed)
}
const optionalUrl = (value: unknown) => absent(value) || url(value)

function ids(value: unknown, min: number): boolean {
  if (!Array.isArray(value) || value.length < min) return false
  for (const item of value) if (!id(item)) return false
  return true
}

function every(list: unknown, check: (item: Loose) => boolean, min = 0): boolean {
  if (!Array.isArray(list) || list.length < min) return false
  for (const item of list) if (!isRecord(item) || !check(item)) return false
  return true
}

const sector = (s: Loose) => id(s.id) && text(s.label, 1, 60) && optionalText(s.description, 500)

const oneOf = (options: readonly unknown[]) => (value: unknown) => options.includes(value)
const sourceKind = oneOf(SOURCE_KINDS)

const source = (s: Loose) =>
  id(s.id) &&
  text(s.title, 1, 300) &&
  url(s.url) &&
  optionalText(s.publisher, 200) &&
  optionalDate(s.date) &&
  optionalDate(s.retrieved) &&
  optionalUrl(s.archived) &&
  (absent(s.kind) || sourceKind(s.kind))

const roster = (value: unknown) =>
  absent(value) ||
  (isRecord(value) &&
    date(value.checked) &&
    typeof value.complete === 'boolean' &&
    (absent(value.sources) || ids(value.sources, 0)))

const qualifier = oneOf(SIZE_QUALIFIERS)
const reportedSize = (r: Loose) =>
  Number.isInteger(r.count) && (r.count as number) >= 0 && qualifier(r.qualifier) && date(r.date) && ids(r.sources, 1)

const coalition = (c: Loose) =>
  id(c.id) &&
  text(c.name, 1, 120) &&
  (absent(c.shortName) || text(c.shortName, 1, 16)) &&
  optionalDate(c.founded) &&
  optionalUrl(c.url) &&
  optionalText(c.description, 2000) &&
  (absent(c.sources) || ids(c.sources, 0)) &&
  optionalText(c.note, 500) &&
  roster(c.roster) &&
  (absent(c.reportedSize) || every(c.reportedSize, reportedSize))

function aliases(value: unknown): boolean {
  if (absent(value)) return true
  if (!Array.isArray(value) || value.length > 10) return false
  for (const alias of value) if (!text(alias, 1, 120)) return false
  return true
}

const organization = (o: Loose) =>
  id(o.id) &&
  text(o.name, 1, 120) &&
  aliases(o.aliases) &&
  id(o.sector) &&
  (absent(o.country) || (typeof o.country === 'string' && /^[A-Z]{2}$/.test(o.country) && isCountryCode(o.country))) &&
  optionalUrl(o.url) &&
  (absent(o.parent) || id(o.parent)) &&
  optionalText(o.note, 500) &&
  (absent(o.sources) || ids(o.sources, 0))

const confidence = (value: unknown) => absent(value) || (CONFIDENCES as readonly unknown[]).includes(value)

const membership = (m: Loose) =>
  id(m.organization) &&
  id(m.coalition) &&
  text(m.role, 1, 40) &&
  optionalDate(m.joined) &&
  optionalDate(m.left) &&
  optionalDate(m.joinedAfter) &&
  optionalDate(m.joinedBy) &&
  optionalDate(m.leftAfter) &&
  optionalDate(m.leftBy) &&
  ids(m.sources, 1) &&
  confidence(m.confidence) &&
  optionalText(m.note, 500)

/** True only when the document meets every structural rule of the schema. */
export function isPlainlyValid(input: unknown): boolean {
  if (!isRecord(input)) return false
  return (
    (input.version === 1 || input.version === 2) &&
    text(input.title, 1, 120) &&
    date(input.updated) &&
    optionalText(input.description, 2000) &&
    optionalText(input.license, 100) &&
    every(input.sectors, sector, 1) &&
    every(input.sources, source) &&
    every(input.coalitions, coalition) &&
    every(input.organizations, organization) &&
    every(input.memberships, membership)
  )
}
