/**
 * A corpus of bad spreadsheets, each with the exact message a person sees: the row and column as
 * their spreadsheet shows them (header = row 1, columns as letters) and what to fix.
 */
import { describe, expect, it } from 'vitest'
import type { Mapping } from './columns'
import { field, importCsv, importOk } from './test-helpers'

const HEAD = 'Organization,Coalition,Role,Date joined,Sector,Country,Source'
const OK = 'Meta,AI Alliance,founder,2023-12-05,Model developer,US,https://example.org/launch'

interface Case {
  readonly name: string
  readonly text: string
  /** The person's changes to the guessed mapping. */
  readonly mapping?: (guess: Mapping) => Mapping
  /** The problems listed, the rows fine, and any problem with the columns themselves. */
  readonly expected: { problems: string[]; fine: number; mapping?: string[] }
}

const long = 'x'.repeat(10_000)

const CASES: Case[] = [
  { name: 'only headers', text: `${HEAD}\n`, expected: { problems: [], fine: 0 } },
  {
    name: 'missing required columns',
    text: 'Organization,Role\nMeta,founder\n',
    expected: {
      problems: [],
      fine: 0,
      mapping: [
        'No column is read as “coalition” and “source URL”, which are required: choose them for a column below, or add those columns to the spreadsheet.',
      ],
    },
  },
  {
    name: 'two columns read as one field',
    text: 'Company,Member,Coalition,URL\nMeta,Meta,AI Alliance,https://example.org\n',
    mapping: (guess) => field(guess, 1, 'organization'),
    expected: {
      problems: [],
      fine: 0,
      mapping: [
        "column A 'Company' and column B 'Member' are all read as “organization”: choose another field for all but one, or ignore them.",
      ],
    },
  },
  {
    name: 'an unclosed quote',
    text: `${HEAD}\n${OK}\n"IBM,AI Alliance,member,2023-12-05,Cloud,US,https://example.org/x\nRed Hat,AI Alliance,member,2023-12-05,Cloud,US,https://example.org/y\n`,
    expected: {
      problems: [
        "row 3, column A 'Organization': a quote (\") opens a cell here and is never closed, so the rest of the file was read into this cell; close the quote or remove it",
      ],
      fine: 1,
    },
  },
  {
    name: 'a bad month',
    text: `${HEAD}\n${OK}\nIBM,AI Alliance,member,2024-13,Cloud,US,https://example.org/x\n`,
    expected: { problems: ["row 3, column D 'Date joined': 2024-13 is not a date"], fine: 1 },
  },
  {
    name: 'a day that does not exist',
    text: `${HEAD}\nIBM,AI Alliance,member,31/02/2024,Cloud,US,https://example.org/x\n`,
    expected: { problems: ["row 2, column D 'Date joined': 31/02/2024 is not a date"], fine: 0 },
  },
  {
    name: 'words instead of a date',
    text: `${HEAD}\nIBM,AI Alliance,member,last spring,Cloud,US,https://example.org/x\n`,
    expected: { problems: ["row 2, column D 'Date joined': last spring is not a date"], fine: 0 },
  },
  {
    name: 'a date written day-first in a month-first sheet',
    text: `${HEAD}\nIBM,AI Alliance,member,12/25/2023,Cloud,US,https://example.org/x\nSAP,AI Alliance,member,12/26/2023,Cloud,DE,https://example.org/x\nMeta,AI Alliance,member,25/12/2023,Cloud,US,https://example.org/x\n`,
    expected: {
      problems: ["row 4, column D 'Date joined': 25/12/2023 is not a date in month/day/year order"],
      fine: 2,
    },
  },
  {
    name: 'an ambiguous date before the order is chosen',
    text: `${HEAD}\nIBM,AI Alliance,member,03/04/2024,Cloud,US,https://example.org/x\n`,
    expected: {
      problems: [
        "row 2, column D 'Date joined': 03/04/2024 could be 3 April 2024 or 4 March 2024: choose how dates are written above",
      ],
      fine: 0,
    },
  },
  {
    name: 'a source that is not a web address',
    text: `${HEAD}\nIBM,AI Alliance,member,2024,Cloud,US,www.example.org/members\n`,
    expected: {
      problems: [
        "row 2, column G 'Source': “www.example.org/members” is not a web address: it must start with https:// or http://",
      ],
      fine: 0,
    },
  },
  {
    name: 'a javascript: link',
    text: `${HEAD}\nIBM,AI Alliance,member,2024,Cloud,US,javascript:alert(document.cookie)\n`,
    expected: {
      problems: [
        "row 2, column G 'Source': “javascript:alert(document.cookie)” is a javascript: link, which is refused: a source must be an http or https address",
      ],
      fine: 0,
    },
  },
  {
    name: 'another scheme',
    text: `${HEAD}\nIBM,AI Alliance,member,2024,Cloud,US,ftp://example.org/list\n`,
    expected: {
      problems: [
        "row 2, column G 'Source': “ftp://example.org/list” is not an http or https address: only web links can be sources",
      ],
      fine: 0,
    },
  },
  {
    name: 'a formula cell',
    text: `${HEAD}\n"=HYPERLINK(""https://evil.example"",""IBM"")",AI Alliance,member,2024,Cloud,US,https://example.org/x\n`,
    expected: {
      problems: [
        'row 2, column A \'Organization\': “=HYPERLINK("https://evil.example","IBM")” is a formula, which is not read: put its value in the cell instead',
      ],
      fine: 0,
    },
  },
  {
    name: 'a 10,000-character cell',
    text: `${HEAD}\n${long},AI Alliance,member,2024,Cloud,US,https://example.org/x\nIBM,AI Alliance,${long},2024,Cloud,US,https://example.org/x\n`,
    expected: {
      problems: [
        "row 2, column A 'Organization': the name is 10,000 characters long; the most is 120",
        "row 3, column C 'Role': the role is 10,000 characters long; the most is 40",
      ],
      fine: 0,
    },
  },
  {
    name: 'an empty organization and an empty source',
    text: `${HEAD}\n,AI Alliance,member,2024,Cloud,US,https://example.org/x\nIBM,AI Alliance,member,2024,Cloud,US,\n`,
    expected: {
      problems: [
        "row 2, column A 'Organization': the organization is empty: every row needs one",
        "row 3, column G 'Source': the source is empty: every membership needs an http(s) link to its evidence",
      ],
      fine: 0,
    },
  },
  {
    name: 'a membership’s details without its coalition',
    text: `${HEAD}\nIBM,,member,2024,Cloud,US,https://example.org/x\n`,
    expected: {
      problems: [
        "row 2, column B 'Coalition': the coalition is empty, but the row gives a role: name the coalition (a row without one lists the organization alone)",
      ],
      fine: 0,
    },
  },
  {
    name: 'a duplicate row',
    text: `${HEAD}\n${OK}\nIBM,AI Alliance,member,2023-12-05,Cloud,US,https://example.org/x\n${OK}\n`,
    expected: { problems: ['row 4: repeats row 2 (“Meta” in “AI Alliance”, same dates and sources)'], fine: 2 },
  },
  {
    name: 'conflicting sectors for one organization',
    text: `${HEAD}\n${OK}\nMeta,Frontier Model Forum,founder,2023-07-26,Cloud,US,https://example.org/fmf\n`,
    expected: {
      problems: [
        "row 3, column E 'Sector': “Meta” is in sector “Cloud” here but in “Model developer” in row 2: an organization has one sector",
      ],
      fine: 1,
    },
  },
  {
    name: 'conflicting countries for one organization',
    text: `${HEAD}\n${OK}\nMeta,Frontier Model Forum,founder,2023-07-26,Model developer,Ireland,https://example.org/fmf\n`,
    expected: {
      problems: ["row 3, column F 'Country': “Meta” is in IE here but in US in row 2: an organization has one country"],
      fine: 1,
    },
  },
  {
    name: 'an unknown country',
    text: `${HEAD}\nMeta,AI Alliance,founder,2023-12-05,Model developer,Narnia,https://example.org/x\n`,
    expected: {
      problems: [
        "row 2, column F 'Country': “Narnia” is not a country: write its two-letter ISO code, such as US or JP, or its English name",
      ],
      fine: 0,
    },
  },
  {
    name: 'overlapping memberships of one organization in one coalition',
    text: `${HEAD}\n${OK}\nMeta,AI Alliance,member,2024-02,Model developer,US,https://example.org/feb\n`,
    expected: {
      problems: [
        'row 3: “Meta” is listed in “AI Alliance” in row 2 for a period that overlaps this one: one organization can be in a coalition only once at a time',
      ],
      fine: 1,
    },
  },
  {
    name: 'left before joined',
    text: 'Organization,Coalition,Joined,Left,Source\nIBM,AI Alliance,2024-05,2023-01,https://example.org/x\n',
    expected: { problems: ["row 2, column D 'Left': 2023-01 is before joined 2024-05 (column C 'Joined')"], fine: 0 },
  },
  {
    name: 'joined together with joined by',
    text: 'Organization,Coalition,Joined,Joined by,Source\nIBM,AI Alliance,2024-05,2024-06,https://example.org/x\n',
    expected: {
      problems: ["row 2, column D 'Joined by': joined (column C 'Joined') is given too: give one or the other"],
      fine: 0,
    },
  },
  {
    name: 'a bad confidence and a bad id',
    text: 'Organization,Coalition,Confidence,Organization id,Source\nIBM,AI Alliance,very,IBM Corp,https://example.org/x\n',
    expected: {
      problems: [
        "row 2, column C 'Confidence': “very” is not a confidence: write high, medium or low",
        "row 2, column D 'Organization id': “IBM Corp” is not an id: use lower-case letters and digits joined by single hyphens, like “ai-alliance”, at most 64 characters",
      ],
      fine: 0,
    },
  },
  {
    name: 'an unknown parent',
    text: 'Organization,Coalition,Parent,Source\nRed Hat,AI Alliance,IBM,https://example.org/x\n',
    expected: {
      problems: [
        "row 2, column C 'Parent': the parent “IBM” is not an organization in the sheet: add a row for it, or correct the name",
      ],
      fine: 0,
    },
  },
  {
    name: 'parents that loop',
    text: 'Organization,Coalition,Parent,Source\nRed Hat,AI Alliance,IBM,https://example.org/x\nIBM,AI Alliance,Red Hat,https://example.org/y\n',
    expected: {
      problems: [
        "row 2, column C 'Parent': the parent “IBM” has no row that can be imported (see its problems)",
        "row 3, column C 'Parent': “IBM” would be inside its own corporate family: its parents lead back to it",
      ],
      fine: 0,
    },
  },
  {
    name: 'a coalition founded on two dates',
    text: 'Organization,Coalition,Coalition founded,Source\nIBM,AI Alliance,2023-12-05,https://example.org/x\nMeta,AI Alliance,2023-12-06,https://example.org/y\n',
    expected: {
      problems: [
        "row 3, column C 'Coalition founded': “AI Alliance” was founded 2023-12-05 in row 2, not 2023-12-06: a coalition has one founding date",
      ],
      fine: 1,
    },
  },
  {
    name: 'more source titles than sources',
    text: 'Organization,Coalition,Source,Source title\nIBM,AI Alliance,https://example.org/x | https://example.org/y,One | Two | Three\n',
    expected: {
      problems: [
        "row 2, column D 'Source title': 3 titles for 2 source addresses: give one title per address, separated by |",
      ],
      fine: 0,
    },
  },
  {
    name: 'a mailto: link',
    text: `${HEAD}\nIBM,AI Alliance,member,2024,Cloud,US,mailto:press@example.org\n`,
    expected: {
      problems: [
        "row 2, column G 'Source': “mailto:press@example.org” is not an http or https address: only web links can be sources",
      ],
      fine: 0,
    },
  },
]

/** Files that cannot be read at all: one sentence. */
const UNREADABLE: [string, string, string][] = [
  ['an empty file', '', 'The file is empty.'],
  ['only blank lines', '\n\n  \n', 'The file is empty.'],
  ['only commas', ',,,\n,,\n', 'The file is empty.'],
]

describe('bad spreadsheets', () => {
  it('are at least twenty', () => {
    expect(CASES.length + UNREADABLE.length).toBeGreaterThanOrEqual(20)
  })

  it.each(CASES)('$name', ({ text, mapping, expected }) => {
    const { analysis } = importOk(text, { mapping })
    expect(analysis.problems).toEqual(expected.problems)
    expect(analysis.fineRows).toBe(expected.fine)
    expect(analysis.mappingProblems).toEqual(expected.mapping ?? [])
  })

  it.each(UNREADABLE)('%s', (_, text, reason) => {
    expect(importCsv(text)).toEqual({ reason })
  })
})

describe('refused bytes', () => {
  const cases: [string, Uint8Array, string][] = [
    [
      'an old .xls workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'This is an old Excel workbook (.xls). Save it as .xlsx or as CSV in your spreadsheet program, then import that.',
    ],
    [
      'a workbook named .csv',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      'This file is a workbook or an archive, not text. If it is an Excel workbook, give it the .xlsx extension and import it again.',
    ],
    [
      'binary data',
      new Uint8Array([0x41, 0, 0x42, 0, 0x43]),
      'This file holds binary data, not text: it is not a CSV or TSV file.',
    ],
  ]
  it.each(cases)('%s', async (_, bytes, reason) => {
    const { readTextTable } = await import('./table')
    expect(readTextTable(bytes, 'sheet.csv')).toEqual({ ok: false, reason })
  })
})
