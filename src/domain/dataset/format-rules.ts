/**
 * The format's fixed vocabulary (docs/dataset-format.md): id and date patterns, the allowed words,
 * the versions and the fields each kind of object may carry. Kept apart from the zod schema
 * (schema.ts), which uses them, so the checks that run on every load (fast-path.ts,
 * verify-core.ts) can name them without loading zod.
 */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/
export const CONFIDENCES = ['high', 'medium', 'low'] as const
export type Confidence = (typeof CONFIDENCES)[number]
export const SOURCE_KINDS = ['official', 'register', 'press', 'secondary', 'repository'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]
export const SIZE_QUALIFIERS = ['exactly', 'about', 'more than'] as const
export type SizeQualifier = (typeof SIZE_QUALIFIERS)[number]
export const VERSIONS = [1, 2] as const

/** The fields each kind of object may carry; anything else is ignored with one warning. */
export const KNOWN_FIELDS = {
  dataset: [
    'version',
    'title',
    'description',
    'updated',
    'license',
    'sectors',
    'sources',
    'coalitions',
    'organizations',
    'memberships',
  ],
  sectors: ['id', 'label', 'description'],
  sources: ['id', 'title', 'url', 'publisher', 'date', 'retrieved', 'archived', 'kind'],
  coalitions: ['id', 'name', 'shortName', 'founded', 'url', 'description', 'sources', 'note', 'roster', 'reportedSize'],
  organizations: ['id', 'name', 'aliases', 'sector', 'country', 'url', 'parent', 'note', 'sources'],
  memberships: [
    'organization',
    'coalition',
    'role',
    'joined',
    'left',
    'joinedAfter',
    'joinedBy',
    'leftAfter',
    'leftBy',
    'sources',
    'confidence',
    'note',
  ],
} as const

/** Fields a version 1 document may not use: they are refused with "field X needs version 2". */
export const V2_FIELDS = {
  sources: ['retrieved', 'archived', 'kind'],
  coalitions: ['roster', 'reportedSize'],
  organizations: ['sources'],
  memberships: ['joinedAfter', 'joinedBy', 'leftAfter', 'leftBy'],
} as const
