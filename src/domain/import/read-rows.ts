/**
 * Reading a table's rows through a column mapping: every cell checked and turned into a field
 * value, every problem named by its row and column as the spreadsheet shows them ("row 14, column
 * C 'Date joined': 2024-13 is not a date"). A row with any problem is left out whole; the rest are
 * read. Nothing here throws on any table of strings.
 */
import { parsePartialDate, type PartialDate } from '../dataset/dates'
import { isSafeHref } from '../dataset/safe-url'
import { formatCount } from '../format/counts'
import { formatIsoDay } from '../format/dates'
import { boundsClash, EXCLUSIVE_TIME_FIELDS, type TimeField } from '../membership/bounds'
import type { TimeFacts } from '../membership/windows'
import { columnName, DATE_FIELDS, FIELD_HEADERS, type DateField, type Field, type Mapping } from './columns'
import { dateOrderEvidence, dateOrderLabel, readDate, type DateOrder } from './dates'
import { ID_PATTERN, MAX_ID_LENGTH, readCountry } from './names'
import type { Table, TableProblem } from './table'

export type Confidence = 'high' | 'medium' | 'low'

export interface SourceCell {
  readonly url: string
  readonly title?: string
  readonly date?: string
}

/** One row as read: the membership it states, or (without a coalition) an organization alone. */
export interface ImportRecord {
  readonly row: number
  readonly organization: string
  /** Null: the row lists the organization without a membership (a notable absentee). */
  readonly coalition: string | null
  readonly role: string
  readonly roleDefaulted: boolean
  readonly dates: Readonly<Partial<Record<TimeField, string>>>
  readonly sector?: string
  readonly country?: string
  readonly aliases: readonly string[]
  readonly parent?: string
  readonly sources: readonly SourceCell[]
  readonly confidence?: Confidence
  readonly note?: string
  readonly coalitionFounded?: string
  readonly organizationNote?: string
  readonly organizationId?: string
  readonly coalitionId?: string
}

/** A problem at a row (and a column, when one cell is at fault). */
export interface RowProblem {
  readonly row: number | null
  readonly column: number | null
  readonly message: string
}

export interface ReadOptions {
  /** How to read dates such as 03/04/2024; null until the person chooses (or the sheet shows it). */
  readonly dateOrder: DateOrder | null
}

export interface DateQuestion {
  /** Cells whose day and month could be swapped. */
  readonly ambiguous: number
  /** The first of them, to show as an example. */
  readonly example: { readonly row: number; readonly column: number; readonly text: string } | null
  /** The order the sheet itself shows (a date such as 25/12/2024), when it shows one. */
  readonly evidence: DateOrder | null
}

export interface ReadResult {
  readonly records: readonly ImportRecord[]
  readonly problems: readonly RowProblem[]
  /** Rows left out because of a problem. */
  readonly rejectedRows: ReadonlySet<number>
  readonly dateQuestion: DateQuestion
  /** Rows whose empty role was read as "member". */
  readonly roleDefaulted: number
  /** The date order used: the chosen one, or the one the sheet shows. */
  readonly dateOrder: DateOrder | null
}

/** "row 14, column C 'Date joined': 2024-13 is not a date". */
export function formatRowProblem(problem: RowProblem, headers: readonly string[]): string {
  const where = [
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : columnName(problem.column, headers[problem.column]),
  ]
    .filter(Boolean)
    .join(', ')
  return where ? `${where}: ${problem.message}` : problem.message
}

export const DEFAULT_ROLE = 'member'

/** The format's length limits, per field. */
const MAX_LENGTH: Partial<Record<Field, number>> = {
  organization: 120,
  coalition: 120,
  role: 40,
  sector: 60,
  parent: 120,
  note: 500,
  organizationNote: 500,
  sourceUrl: 2000,
}
const MAX_ALIASES = 10
const MAX_ALIAS_LENGTH = 120
const MAX_TITLE_LENGTH = 300

/** Fields that belong to a membership: a row without a coalition may not fill them. */
const MEMBERSHIP_ONLY: readonly Field[] = [
  'role',
  'joined',
  'left',
  'joinedAfter',
  'joinedBy',
  'leftAfter',
  'leftBy',
  'confidence',
  'coalitionFounded',
  'coalitionId',
]

const NOUN: Partial<Record<Field, string>> = {
  organization: 'the name',
  coalition: 'the name',
  parent: 'the name',
  role: 'the role',
  sector: 'the sector',
  note: 'the note',
  organizationNote: 'the note',
  sourceUrl: 'the address',
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text
  return `“${short}”`
}

/** A date cell's text as shown in a message: the brief form people recognise, without quotes. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

/** Splits a cell holding several values separated by `|`. */
export function splitList(text: string): string[] {
  return text
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)
}

/** Splits a cell that gives one value per source, keeping empty places so the values stay in step. */
function splitPerSource(text: string, sources: number): string[] {
  if (!text) return []
  return sources > 1 ? text.split('|').map((part) => part.trim()) : [text]
}

/** Splits the URL cell: `|`, spaces or line breaks between addresses (an address holds none of them). */
function splitUrls(text: string): string[] {
  return text.split(/[\s|]+/).filter(Boolean)
}

function sourceUrlProblem(url: string): string | null {
  if (isSafeHref(url)) return null
  if (/^\s*javascript:/i.test(url))
    return `${quote(url)} is a javascript: link, which is refused: a source must be an http or https address`
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return `${quote(url)} is not an http or https address: only web links can be sources`
  return `${quote(url)} is not a web address: it must start with https:// or http://`
}

/**
 * A cell's text: trimmed, and a leading apostrophe dropped when it only protected a text that
 * starts like a formula (spreadsheet programs, and this app's own CSV export, write `'=…` for a
 * text that begins with `=`). A formula itself comes back as `formula`.
 */
export function cellText(raw: string | undefined): { text: string; formula: boolean } {
  const text = (raw ?? '').trim()
  if (text.startsWith("'") && /^'[=+\-@]/.test(text)) return { text: text.slice(1), formula: false }
  return { text, formula: text.startsWith('=') }
}

/** Reads every row. Rows with a table-level problem (an unclosed quote) are left out. */
export function readRows(
  table: Table,
  mapping: Mapping,
  options: ReadOptions,
  tableProblems: readonly TableProblem[] = [],
): ReadResult {
  const columnOf = new Map<Field, number>()
  mapping.forEach((field, index) => {
    if (field !== null && !columnOf.has(field)) columnOf.set(field, index)
  })
  const dateColumns = DATE_FIELDS.flatMap((field) => {
    const column = columnOf.get(field)
    return column === undefined ? [] : [column]
  })

  // The sheet's own evidence of its date order, and how many dates it leaves ambiguous.
  let dmyEvidence = 0
  let mdyEvidence = 0
  let ambiguous = 0
  let example: DateQuestion['example'] = null
  for (const { row, cells } of table.rows) {
    for (const column of dateColumns) {
      const text = cells[column]
      if (!text) continue
      const evidence = dateOrderEvidence(text)
      if (evidence === 'dmy') dmyEvidence++
      else if (evidence === 'mdy') mdyEvidence++
      else if (readDate(text).kind === 'ambiguous') {
        ambiguous++
        example ??= { row, column, text: text.trim() }
      }
    }
  }
  const evidence: DateOrder | null = dmyEvidence > mdyEvidence ? 'dmy' : mdyEvidence > dmyEvidence ? 'mdy' : null
  const dateOrder = options.dateOrder ?? evidence

  const problems: RowProblem[] = [...tableProblems]
  const rejectedRows = new Set<number>()
  for (const problem of tableProblems) if (problem.row !== null) rejectedRows.add(problem.row)
  const records: ImportRecord[] = []
  let roleDefaulted = 0

  for (const { row, cells } of table.rows) {
    if (rejectedRows.has(row)) continue
    const rowProblems: RowProblem[] = []
    const failed = new Set<Field>()
    const fail = (field: Field, message: string) => {
      failed.add(field)
      rowProblems.push({ row, column: columnOf.get(field) ?? null, message })
    }
    const value = (field: Field): string => {
      const column = columnOf.get(field)
      if (column === undefined) return ''
      const { text, formula } = cellText(cells[column])
      if (formula) {
        fail(field, `${quote(text)} is a formula, which is not read: put its value in the cell instead`)
        return ''
      }
      const max = MAX_LENGTH[field]
      if (max !== undefined && text.length > max) {
        fail(field, `${NOUN[field] ?? 'the text'} is ${formatCount(text.length)} characters long; the most is ${max}`)
        return ''
      }
      return text
    }
    const date = (field: DateField): string | undefined => {
      const text = value(field)
      if (!text) return undefined
      const reading = readDate(text)
      if (reading.kind === 'invalid') {
        fail(field, `${shown(text)} is not a date`)
        return undefined
      }
      if (reading.kind === 'ambiguous') {
        if (dateOrder === null) {
          fail(
            field,
            `${shown(text)} could be ${formatIsoDay(reading.dmy)} or ${formatIsoDay(reading.mdy)}: choose how dates are written above`,
          )
          return undefined
        }
        return dateOrder === 'dmy' ? reading.dmy : reading.mdy
      }
      const shows = dateOrderEvidence(text)
      if (shows !== null && dateOrder !== null && shows !== dateOrder) {
        fail(field, `${shown(text)} is not a date in ${dateOrderLabel(dateOrder)} order`)
        return undefined
      }
      return reading.text
    }

    const organization = value('organization')
    if (!organization && columnOf.has('organization') && !failed.has('organization'))
      fail('organization', 'the organization is empty: every row needs one')
    const coalitionText = value('coalition')
    const coalition = coalitionText || null

    const roleText = value('role')
    const dates: Partial<Record<TimeField, string>> = {}
    for (const field of ['joined', 'left', 'joinedAfter', 'joinedBy', 'leftAfter', 'leftBy'] as const) {
      const read = date(field)
      if (read !== undefined) dates[field] = read
    }
    const sourceDateText = value('sourceDate')
    const coalitionFounded = date('coalitionFounded')

    const sectorText = value('sector')
    const countryText = value('country')
    let country: string | undefined
    if (countryText) {
      const code = readCountry(countryText)
      if (code === null)
        fail(
          'country',
          `${quote(countryText)} is not a country: write its two-letter ISO code, such as US or JP, or its English name`,
        )
      else country = code
    }

    const aliasesText = value('aliases')
    const aliases = splitList(aliasesText)
    if (aliases.length > MAX_ALIASES) fail('aliases', `${aliases.length} aliases; the most is ${MAX_ALIASES}`)
    const longAlias = aliases.find((alias) => alias.length > MAX_ALIAS_LENGTH)
    if (longAlias)
      fail('aliases', `an alias is ${formatCount(longAlias.length)} characters long; the most is ${MAX_ALIAS_LENGTH}`)

    const parent = value('parent')
    const confidenceText = value('confidence')
    let confidence: Confidence | undefined
    if (confidenceText) {
      const lower = confidenceText.toLowerCase()
      if (lower === 'high' || lower === 'medium' || lower === 'low') confidence = lower
      else fail('confidence', `${quote(confidenceText)} is not a confidence: write high, medium or low`)
    }
    const note = value('note')
    const organizationNote = value('organizationNote')

    const organizationId = readId('organizationId')
    const coalitionId = readId('coalitionId')
    function readId(field: 'organizationId' | 'coalitionId'): string | undefined {
      const text = value(field)
      if (!text) return undefined
      if (text.length > MAX_ID_LENGTH || !ID_PATTERN.test(text)) {
        fail(
          field,
          `${quote(text)} is not an id: use lower-case letters and digits joined by single hyphens, like “ai-alliance”, at most ${MAX_ID_LENGTH} characters`,
        )
        return undefined
      }
      return text
    }

    // Sources: one or more addresses, with titles and dates in the same order.
    const urlText = value('sourceUrl')
    const urls = splitUrls(urlText)
    for (const url of urls) {
      const problem = sourceUrlProblem(url)
      if (problem) {
        fail('sourceUrl', problem)
        break
      }
    }
    const titleText = value('sourceTitle')
    const titles = splitPerSource(titleText, urls.length)
    if (titles.length > Math.max(1, urls.length))
      fail(
        'sourceTitle',
        `${titles.length} titles for ${urls.length} source ${urls.length === 1 ? 'address' : 'addresses'}: give one title per address, separated by |`,
      )
    const longTitle = titles.find((title) => title.length > MAX_TITLE_LENGTH)
    if (longTitle)
      fail(
        'sourceTitle',
        `the title is ${formatCount(longTitle.length)} characters long; the most is ${MAX_TITLE_LENGTH}`,
      )
    const sourceDates = splitPerSource(sourceDateText, urls.length)
    if (sourceDates.length > Math.max(1, urls.length))
      fail(
        'sourceDate',
        `${sourceDates.length} dates for ${urls.length} source ${urls.length === 1 ? 'address' : 'addresses'}: give one date per address, separated by |`,
      )
    const readSourceDates = sourceDates.map((text) => {
      if (!text) return undefined
      const reading = readDate(text)
      if (reading.kind === 'date') return reading.text
      if (reading.kind === 'ambiguous' && dateOrder !== null) return dateOrder === 'dmy' ? reading.dmy : reading.mdy
      fail(
        'sourceDate',
        reading.kind === 'ambiguous'
          ? `${shown(text)} could be ${formatIsoDay(reading.dmy)} or ${formatIsoDay(reading.mdy)}: choose how dates are written above`
          : `${shown(text)} is not a date`,
      )
      return undefined
    })
    const sources: SourceCell[] = urls.map((url, index) => ({
      url,
      title: titles[index] || undefined,
      date: readSourceDates[index],
    }))

    if (coalition === null) {
      // The organization alone: a row that also states a membership's details has lost its coalition.
      const stated = MEMBERSHIP_ONLY.find(
        (field) => columnOf.has(field) && cellText(cells[columnOf.get(field) as number]).text !== '',
      )
      if (columnOf.has('coalition') && stated !== undefined) {
        fail(
          'coalition',
          `the coalition is empty, but the row gives a ${FIELD_HEADERS[stated]}: name the coalition (a row without one lists the organization alone)`,
        )
      }
    } else {
      if (urls.length === 0 && columnOf.has('sourceUrl') && !failed.has('sourceUrl'))
        fail('sourceUrl', 'the source is empty: every membership needs an http(s) link to its evidence')
      for (const [a, b] of EXCLUSIVE_TIME_FIELDS) {
        if (dates[a] && dates[b])
          fail(
            b,
            `${FIELD_HEADERS[a]} (${columnName(columnOf.get(a) ?? 0, table.headers[columnOf.get(a) ?? 0])}) is given too: give one or the other`,
          )
      }
      if (rowProblems.length === 0) {
        const facts: Record<string, PartialDate> = {}
        for (const [field, text] of Object.entries(dates))
          facts[field] = parsePartialDate(text as string) as PartialDate
        const clash = boundsClash(facts as TimeFacts)
        if (clash) {
          fail(
            clash.field,
            `${dates[clash.field]} ${clash.relation} ${FIELD_HEADERS[clash.other]} ${dates[clash.other]} (${columnName(columnOf.get(clash.other) ?? 0, table.headers[columnOf.get(clash.other) ?? 0])})`,
          )
        }
      }
    }

    if (rowProblems.length > 0) {
      rejectedRows.add(row)
      for (const problem of rowProblems) problems.push(problem)
      continue
    }
    const roleDefault = coalition !== null && !roleText
    if (roleDefault) roleDefaulted++
    records.push({
      row,
      organization,
      coalition,
      role: roleText || DEFAULT_ROLE,
      roleDefaulted: roleDefault,
      dates,
      sector: sectorText || undefined,
      country,
      aliases,
      parent: parent || undefined,
      sources,
      confidence,
      note: note || undefined,
      coalitionFounded,
      organizationNote: organizationNote || undefined,
      organizationId,
      coalitionId,
    })
  }

  return {
    records,
    problems,
    rejectedRows,
    dateQuestion: { ambiguous, example, evidence },
    roleDefaulted,
    dateOrder,
  }
}
