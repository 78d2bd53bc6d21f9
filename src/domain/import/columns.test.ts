import { describe, expect, it } from 'vitest'
import {
  columnLetter,
  columnName,
  fieldForHeader,
  guessMapping,
  headerKey,
  mappingProblems,
  type Field,
} from './columns'

describe('headers read as fields', () => {
  const cases: [string, Field | null][] = [
    ['organization', 'organization'],
    ['Organisation', 'organization'],
    ['ORGANIZATION', 'organization'],
    ['Company', 'organization'],
    ['Member', 'organization'],
    ['Org', 'organization'],
    ['  member name ', 'organization'],
    ['Coalition', 'coalition'],
    ['Alliance', 'coalition'],
    ['Role', 'role'],
    ['Date joined', 'joined'],
    ['date_joined', 'joined'],
    ['DATE-JOINED', 'joined'],
    ['Since', 'joined'],
    ['Member since', 'joined'],
    ['Left', 'left'],
    ['Until', 'left'],
    ['joinedAfter', 'joinedAfter'],
    ['Joined after', 'joinedAfter'],
    ['joined_by', 'joinedBy'],
    ['leftAfter', 'leftAfter'],
    ['Left by', 'leftBy'],
    ['Sector', 'sector'],
    ['Industry', 'sector'],
    ['Country', 'country'],
    ['Pays', null],
    ['organization aliases', 'aliases'],
    ['Also known as', 'aliases'],
    ['Parent company', 'parent'],
    ['URL', 'sourceUrl'],
    ['Source', 'sourceUrl'],
    ['Link', 'sourceUrl'],
    ['source URL', 'sourceUrl'],
    ['Source title', 'sourceTitle'],
    ['Source date', 'sourceDate'],
    ['Confidence', 'confidence'],
    ['Notes', 'note'],
    ['Coalition founded', 'coalitionFounded'],
    ['Organization note', 'organizationNote'],
    ['Organization ID', 'organizationId'],
    ['coalition id', 'coalitionId'],
    ['Rôle', 'role'],
    ['Organisation ', 'organization'],
    ['Firm', null],
    ['', null],
  ]
  it.each(cases)('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field)
  })

  it('ignores case, spacing, punctuation and accents', () => {
    expect(headerKey('Date  Joined')).toBe('datejoined')
    expect(headerKey('Rôle')).toBe('role')
    expect(headerKey('source-URL')).toBe('sourceurl')
  })

  it('gives each field to the first column that names it only', () => {
    expect(guessMapping(['Company', 'Member', 'Alliance', 'Link', 'Pays'])).toEqual([
      'organization',
      null,
      'coalition',
      'sourceUrl',
      null,
    ])
  })
})

describe('column names in messages', () => {
  it('are letters as a spreadsheet shows them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
  })

  it('name the header, shortened when long', () => {
    expect(columnName(2, 'Date joined')).toBe("column C 'Date joined'")
    expect(columnName(0, '')).toBe('column A')
    expect(columnName(1, 'x'.repeat(50))).toBe(`column B '${'x'.repeat(39)}…'`)
  })
})

describe('problems with the mapping itself', () => {
  it('names the required fields without a column', () => {
    expect(mappingProblems(['Name', 'Notes'], ['organization', 'note'])).toEqual([
      'No column is read as “coalition” and “source URL”, which are required: choose them for a column below, or add those columns to the spreadsheet.',
    ])
    expect(mappingProblems(['A', 'B'], [null, null])).toEqual([
      'No column is read as “organization”, “coalition” and “source URL”, which are required: choose them for a column below, or add those columns to the spreadsheet.',
    ])
  })

  it('names columns read as one field', () => {
    expect(
      mappingProblems(
        ['Company', 'Member', 'Coalition', 'URL'],
        ['organization', 'organization', 'coalition', 'sourceUrl'],
      ),
    ).toEqual([
      "column A 'Company' and column B 'Member' are all read as “organization”: choose another field for all but one, or ignore them.",
    ])
  })

  it('has nothing to say about a complete mapping', () => {
    expect(mappingProblems(['Org', 'Coalition', 'URL'], ['organization', 'coalition', 'sourceUrl'])).toEqual([])
  })
})
