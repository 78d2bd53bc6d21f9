import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutralizeCell, toCsv } from './csv'

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\0x', "'\0x"],
    ['Meta', 'Meta'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected)
  })
})

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and uses CRLF line ends', () => {
    const csv = toCsv(['a'], [['x']])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toBe('\uFEFFa\r\nx\r\n')
  })

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(toCsv(['name'], [['Red Hat, Inc.'], ['say "hi"'], ['two\nlines']])).toBe(
      '\uFEFFname\r\n"Red Hat, Inc."\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    )
  })

  it('keeps numbers as numbers, negative ones included', () => {
    expect(
      parse(
        toCsv(
          ['n', 'label'],
          [
            [-5, 'a'],
            [3.5, 'b'],
            [null, 'c'],
          ],
        ),
      ),
    ).toEqual([
      ['n', 'label'],
      ['-5', 'a'],
      ['3.5', 'b'],
      ['', 'c'],
    ])
  })

  it('round-trips text through a standard parser, neutralized', () => {
    const cells = ['École polytechnique', '=HYPERLINK("x")', 'Zhipu AI, 智谱', '', ' padded ', 'line\r\nbreak']
    expect(
      parse(
        toCsv(
          ['name', 'n'],
          cells.map((cell, i) => [cell, i]),
        ),
      ),
    ).toEqual([['name', 'n'], ...cells.map((cell, i) => [neutralizeCell(cell), String(i)])])
  })
})
