/**
 * The dataset format, versions 1 and 2 (docs/dataset-format.md), as one zod schema. It is the single
 * source of the structural rules: the validator runs it, and the published JSON Schema is generated from it
 * (`npm run schema`, checked for drift by schema.test.ts). Rules that need the whole
 * document (unique ids, references, cycles, overlaps) live in validate-dataset.ts.
 */
import * as z from 'zod/mini'
import { isCountryCode } from './countries'
import { parsePartialDate } from './dates'
import type { ListName } from './lists'

import { CONFIDENCES, DATE_PATTERN, ID_PATTERN, SIZE_QUALIFIERS, SOURCE_KINDS, VERSIONS } from './format-rules'

export {
  CONFIDENCES,
  DATE_PATTERN,
  ID_PATTERN,
  KNOWN_FIELDS,
  SIZE_QUALIFIERS,
  SOURCE_KINDS,
  V2_FIELDS,
  VERSIONS,
} from './format-rules'
export type { Confidence, SizeQualifier, SourceKind } from './format-rules'

const quote = (value: unknown): string =>
  JSON.stringify(typeof value === 'string' && value.length > 60 ? `${value.slice(0, 57)}…` : value)

function text(min: number, max: number) {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max))
}

function optional<T extends z.ZodMiniType>(schema: T) {
  // The format's own example writes `"parent": null`; null reads as "absent" for every optional field.
  return z.optional(z.nullable(schema))
}

const id = z.string().check(
  z.maxLength(64),
  z.regex(ID_PATTERN, {
    error: (issue) =>
      `${quote(issue.input)} is not a valid id: use lower-case letters and digits joined by single hyphens, like "ai-alliance"`,
  }),
)

const date = z.string().check(
  z.regex(DATE_PATTERN, {
    error: (issue) => `${quote(issue.input)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`,
  }),
  z.refine((value) => !DATE_PATTERN.test(value) || parsePartialDate(value) !== null, {
    error: (issue) => `${quote(issue.input)} is not a real calendar date`,
  }),
)

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    hasScheme(issue.input)
      ? 'only http and https links are allowed'
      : `${quote(issue.input)} is not an absolute web address (it must start with https://)`,
})

function hasScheme(input: unknown): boolean {
  return typeof input === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(input.trim()) && !/^https?:\/\//i.test(input.trim())
}

const country = z.string().check(
  z.regex(/^[A-Z]{2}$/, {
    error: (issue) =>
      `${quote(issue.input)} is not a country code: use the two upper-case letters of ISO 3166-1, like "US" or "JP"`,
  }),
  z.refine((value) => !/^[A-Z]{2}$/.test(value) || isCountryCode(value), {
    error: (issue) => `${quote(issue.input)} is not an ISO 3166-1 country code`,
  }),
)

const note = text(0, 500)

export const sectorSchema = z.looseObject({
  id,
  label: text(1, 60),
  description: optional(text(0, 500)),
})

export const sourceSchema = z.looseObject({
  id,
  title: text(1, 300),
  url: httpUrl,
  publisher: optional(text(0, 200)),
  date: optional(date),
  retrieved: optional(date),
  archived: optional(httpUrl),
  kind: optional(z.enum(SOURCE_KINDS)),
})

const sourceIds = z.array(id)

export const rosterSchema = z.looseObject({
  checked: date,
  complete: z.boolean(),
  sources: optional(sourceIds),
})

export const reportedSizeSchema = z.looseObject({
  count: z.int().check(z.minimum(0)),
  qualifier: z.enum(SIZE_QUALIFIERS),
  date,
  // A size is a claim someone made: like a membership, it must say who made it.
  sources: z.array(id).check(z.minLength(1, { error: 'must cite at least one source: a reported size needs one' })),
})

export const coalitionSchema = z.looseObject({
  id,
  name: text(1, 120),
  shortName: optional(text(1, 16)),
  founded: optional(date),
  url: optional(httpUrl),
  description: optional(text(0, 2000)),
  sources: optional(sourceIds),
  note: optional(note),
  roster: optional(rosterSchema),
  reportedSize: optional(z.array(reportedSizeSchema)),
})

export const organizationSchema = z.looseObject({
  id,
  name: text(1, 120),
  aliases: optional(z.array(text(1, 120)).check(z.maxLength(10))),
  sector: id,
  country: optional(country),
  url: optional(httpUrl),
  parent: optional(id),
  note: optional(note),
  sources: optional(sourceIds),
})

export const membershipSchema = z.looseObject({
  organization: id,
  coalition: id,
  role: text(1, 40),
  joined: optional(date),
  left: optional(date),
  joinedAfter: optional(date),
  joinedBy: optional(date),
  leftAfter: optional(date),
  leftBy: optional(date),
  sources: z.array(id).check(z.minLength(1, { error: 'must cite at least one source: every membership needs one' })),
  confidence: optional(z.enum(CONFIDENCES)),
  note: optional(note),
})

/** The document's own fields, without its lists. */
const headerShape = {
  version: z.literal(VERSIONS),
  title: text(1, 120),
  description: optional(text(0, 2000)),
  updated: date,
  license: optional(text(0, 100)),
}

/** One schema per list item. The validator runs them item by item, so a list of a million broken
 *  items never builds one list of a million issues (zod would spread it into a call and overflow the stack). */
export const LIST_ITEM_SCHEMAS: Record<ListName, z.ZodMiniType> = {
  sectors: sectorSchema,
  sources: sourceSchema,
  coalitions: coalitionSchema,
  organizations: organizationSchema,
  memberships: membershipSchema,
}
export { LIST_NAMES, type ListName } from './lists'

export const datasetHeaderSchema = z.looseObject(headerShape)

export const datasetSchema = z.looseObject({
  ...headerShape,
  sectors: z.array(sectorSchema).check(z.minLength(1, { error: 'must list at least one sector' })),
  sources: z.array(sourceSchema),
  coalitions: z.array(coalitionSchema),
  organizations: z.array(organizationSchema),
  memberships: z.array(membershipSchema),
})

export type RawDataset = z.infer<typeof datasetSchema>
export type RawSector = z.infer<typeof sectorSchema>
export type RawSource = z.infer<typeof sourceSchema>
export type RawCoalition = z.infer<typeof coalitionSchema>
export type RawOrganization = z.infer<typeof organizationSchema>
export type RawMembership = z.infer<typeof membershipSchema>
export type RawRoster = z.infer<typeof rosterSchema>
export type RawReportedSize = z.infer<typeof reportedSizeSchema>

/** The JSON Schema published at public/data/coalition-dataset.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { unrepresentable: 'any' }) as Record<string, unknown>
  return {
    $schema: generated.$schema,
    $id: 'coalition-dataset.schema.json',
    title: 'Coalition Atlas dataset, versions 1 and 2',
    description:
      'Coalitions, member organizations and cited memberships. Rules that need the whole document are checked by the app and described in docs/dataset-format.md: unique ids, references, no parent cycles, no overlapping memberships, dates and bounds in order, joined not together with joinedAfter or joinedBy (left likewise), and no version 2 field in a version 1 document.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  }
}
