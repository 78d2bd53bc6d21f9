/**
 * The columns of a membership spreadsheet: one row per membership, each column one field. Headers
 * are matched to fields by name and common synonyms, ignoring case, spacing, punctuation and accents,
 * so "Date joined", "date_joined" and "DATE JOINED" all mean `joined`.
 */

export const FIELDS = [
  'organization',
  'coalition',
  'role',
  'joined',
  'left',
  'joinedAfter',
  'joinedBy',
  'leftAfter',
  'leftBy',
  'sector',
  'country',
  'aliases',
  'parent',
  'sourceUrl',
  'sourceTitle',
  'sourceDate',
  'confidence',
  'note',
  'coalitionFounded',
  'organizationNote',
  'organizationId',
  'coalitionId',
] as const
export type Field = (typeof FIELDS)[number]

/** The header each field has in the template and in exports. */
export const FIELD_HEADERS: Readonly<Record<Field, string>> = {
  organization: 'organization',
  coalition: 'coalition',
  role: 'role',
  joined: 'joined',
  left: 'left',
  joinedAfter: 'joinedAfter',
  joinedBy: 'joinedBy',
  leftAfter: 'leftAfter',
  leftBy: 'leftBy',
  sector: 'sector',
  country: 'country',
  aliases: 'organization aliases',
  parent: 'parent',
  sourceUrl: 'source URL',
  sourceTitle: 'source title',
  sourceDate: 'source date',
  confidence: 'confidence',
  note: 'note',
  coalitionFounded: 'coalition founded',
  organizationNote: 'organization note',
  organizationId: 'organization id',
  coalitionId: 'coalition id',
}

/** What each field means, in a few words (the mapping step and the format help say it). */
export const FIELD_DESCRIPTIONS: Readonly<Record<Field, string>> = {
  organization: 'the member organization’s name (required)',
  coalition: 'the coalition’s name (required; empty lists the organization without a membership)',
  role: 'founder, member, signatory, sponsor… (empty reads as “member”)',
  joined: 'the day, month or year it joined',
  left: 'the day, month or year it left',
  joinedAfter: 'it joined after this date (when the exact date is unknown)',
  joinedBy: 'it was a member by this date',
  leftAfter: 'it was still a member on this date',
  leftBy: 'it was gone by this date',
  sector: 'the organization’s sector (empty: “Unknown sector”)',
  country: 'the organization’s country: a two-letter ISO code (US, JP) or an English name',
  aliases: 'other names of the organization, separated by |',
  parent: 'the name of its parent organization (Red Hat → IBM)',
  sourceUrl: 'an http(s) link to the evidence (required); several separated by |',
  sourceTitle: 'the source’s title (empty: its address)',
  sourceDate: 'the date of the source',
  confidence: 'high, medium or low',
  note: 'a note on the membership, up to 500 characters',
  coalitionFounded: 'the coalition’s founding date: memberships with no start date count from it',
  organizationNote: 'a note on the organization, up to 500 characters',
  organizationId: 'a fixed id for the organization (lower-case letters, digits and hyphens)',
  coalitionId: 'a fixed id for the coalition (lower-case letters, digits and hyphens)',
}

/** The fields a spreadsheet must have a column for. */
export const REQUIRED_FIELDS: readonly Field[] = ['organization', 'coalition', 'sourceUrl']

/** The fields whose cells are dates. */
export const DATE_FIELDS = [
  'joined',
  'left',
  'joinedAfter',
  'joinedBy',
  'leftAfter',
  'leftBy',
  'sourceDate',
  'coalitionFounded',
] as const satisfies readonly Field[]
export type DateField = (typeof DATE_FIELDS)[number]

/** Header words (normalized by headerKey) that mean each field, besides the field's own header. */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  organization: [
    'organization',
    'organisation',
    'org',
    'organization name',
    'organisation name',
    'company',
    'company name',
    'member',
    'member name',
    'member organization',
    'member organisation',
    'name',
    'entity',
  ],
  coalition: ['coalition', 'coalition name', 'alliance', 'initiative', 'consortium', 'association', 'network', 'group'],
  role: ['role', 'membership role', 'membership type', 'member type', 'tier', 'level', 'type'],
  joined: [
    'joined',
    'date joined',
    'joined on',
    'join date',
    'joining date',
    'joined date',
    'since',
    'member since',
    'start',
    'start date',
    'from',
  ],
  left: ['left', 'date left', 'left on', 'leave date', 'left date', 'until', 'end', 'end date', 'to'],
  joinedAfter: ['joined after', 'started after', 'start after'],
  joinedBy: ['joined by', 'member by', 'start by', 'started by'],
  leftAfter: ['left after', 'still member on', 'still a member on'],
  leftBy: ['left by', 'gone by', 'end by'],
  sector: ['sector', 'sector label', 'industry', 'category'],
  country: ['country', 'country code', 'nation', 'headquarters', 'hq', 'hq country'],
  aliases: ['organization aliases', 'organisation aliases', 'aliases', 'alias', 'also known as', 'aka', 'other names'],
  parent: ['parent', 'parent organization', 'parent organisation', 'parent company', 'owner', 'subsidiary of'],
  sourceUrl: [
    'source url',
    'source link',
    'url',
    'source',
    'link',
    'evidence',
    'reference',
    'citation',
    'sources',
    'source urls',
  ],
  sourceTitle: ['source title', 'source name', 'title', 'reference title'],
  sourceDate: ['source date', 'published', 'publication date', 'date published'],
  confidence: ['confidence', 'certainty', 'reliability'],
  note: ['note', 'notes', 'comment', 'comments', 'remarks', 'membership note'],
  coalitionFounded: [
    'coalition founded',
    'founded',
    'founding date',
    'coalition founding date',
    'launched',
    'coalition launched',
  ],
  organizationNote: ['organization note', 'organisation note', 'org note'],
  organizationId: ['organization id', 'organisation id', 'org id'],
  coalitionId: ['coalition id'],
}

/** Lower case, accents and everything but letters and digits removed: "Date joined" → "datejoined". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

const FIELD_BY_KEY: ReadonlyMap<string, Field> = (() => {
  const map = new Map<string, Field>()
  for (const field of FIELDS) {
    for (const name of [field, FIELD_HEADERS[field], ...SYNONYMS[field]]) {
      const key = headerKey(name)
      if (!map.has(key)) map.set(key, field)
    }
  }
  return map
})()

/** The field a header names, or null when none. */
export function fieldForHeader(header: string): Field | null {
  return FIELD_BY_KEY.get(headerKey(header)) ?? null
}

/** A column's place for each field: `null` where the column is ignored. */
export type Mapping = readonly (Field | null)[]

/** Guesses a field for every header; a field already taken by an earlier column is not given twice. */
export function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<Field>()
  return headers.map((header) => {
    const field = fieldForHeader(header)
    if (field === null || taken.has(field)) return null
    taken.add(field)
    return field
  })
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  let n = index + 1
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** How a column is named in messages: `column C 'Date joined'`, or `column C` when it has no header. */
export function columnName(index: number, header: string | undefined): string {
  const text = (header ?? '').trim()
  return text
    ? `column ${columnLetter(index)} '${text.length > 40 ? `${text.slice(0, 39)}…` : text}'`
    : `column ${columnLetter(index)}`
}

/** Mapping problems that stop every row: a required field without a column, or one field in two columns. */
export function mappingProblems(headers: readonly string[], mapping: Mapping): string[] {
  const problems: string[] = []
  const columnsOf = new Map<Field, number[]>()
  mapping.forEach((field, index) => {
    if (field === null) return
    const list = columnsOf.get(field) ?? []
    list.push(index)
    columnsOf.set(field, list)
  })
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) {
      problems.push(
        `${columns.map((index) => columnName(index, headers[index])).join(' and ')} are all read as “${FIELD_HEADERS[field]}”: choose another field for all but one, or ignore them.`,
      )
    }
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columnsOf.has(field))
  if (missing.length > 0) {
    const names = missing.map((field) => `“${FIELD_HEADERS[field]}”`)
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    problems.push(
      `No column is read as ${list}, which ${missing.length === 1 ? 'is' : 'are'} required: choose ${missing.length === 1 ? 'it' : 'them'} for a column below, or add ${missing.length === 1 ? 'that column' : 'those columns'} to the spreadsheet.`,
    )
  }
  return problems
}
