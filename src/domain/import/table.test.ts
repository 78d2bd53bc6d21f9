import { describe, expect, it } from 'vitest'
import { decodeText, parseTable, readTextTable } from './table'

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return bytes
}

describe('decoding a file', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['UTF-8', new TextEncoder().encode('Nestlé'), 'Nestlé', 'utf-8'],
    [
      'UTF-8 with a byte-order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Nestlé')]),
      'Nestlé',
      'utf-8',
    ],
    ['UTF-16 little-endian with a mark', utf16le('Nestlé'), 'Nestlé', 'utf-16le'],
    ['UTF-16 big-endian with a mark', new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0xe9]), 'Aé', 'utf-16be'],
    ['Windows-1252 (not UTF-8)', new Uint8Array([0x4e, 0x65, 0x73, 0x74, 0x6c, 0xe9]), 'Nestlé', 'windows-1252'],
  ]
  it.each(cases)('%s', (_, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding })
  })
})

describe('reading delimited text', () => {
  it('finds the delimiter: comma, tab, semicolon or bar', () => {
    for (const delimiter of [',', '\t', ';', '|']) {
      const outcome = parseTable(['a', 'b', 'c'].join(delimiter) + '\n' + ['1', '2', '3'].join(delimiter))
      expect(outcome).toMatchObject({
        ok: true,
        delimiter,
        table: { headers: ['a', 'b', 'c'], rows: [{ row: 2, cells: ['1', '2', '3'] }] },
      })
    }
  })

  it('keeps a quoted line break inside its cell, and counts rows as the spreadsheet does', () => {
    const outcome = parseTable('name,note\r\n"Meta","two\nlines"\r\n\r\nIBM,"say ""hi"""\r\n')
    expect(outcome).toEqual({
      ok: true,
      delimiter: ',',
      encoding: 'utf-8',
      problems: [],
      table: {
        headers: ['name', 'note'],
        headerRow: 1,
        rows: [
          { row: 2, cells: ['Meta', 'two\nlines'] },
          { row: 4, cells: ['IBM', 'say "hi"'] },
        ],
      },
    })
  })

  it('starts at the first row that is not blank', () => {
    expect(parseTable('\n\nname\nMeta\n')).toMatchObject({
      ok: true,
      table: { headerRow: 3, rows: [{ row: 4, cells: ['Meta'] }] },
    })
  })

  it('reads a .tsv file as tab-separated even when commas abound', () => {
    const bytes = new TextEncoder().encode('name\tnote\nMeta\ta, b, c, d\n')
    expect(readTextTable(bytes, 'members.tsv')).toMatchObject({
      ok: true,
      delimiter: '\t',
      table: { rows: [{ cells: ['Meta', 'a, b, c, d'] }] },
    })
  })

  it('reports progress while reading a large text', () => {
    const seen: number[] = []
    const text = `a,b\n${'xxxxxxxxxx,yyyyyyyyyy\n'.repeat(120_000)}`
    const outcome = parseTable(text, { onProgress: (done) => seen.push(done) })
    expect(outcome).toMatchObject({ ok: true })
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.at(-1)).toBe(1)
  })

  it('refuses a file over the size limit', () => {
    expect(readTextTable(new Uint8Array(11), 'a.csv', 10)).toEqual({
      ok: false,
      reason: 'The file is 11 bytes; the limit is 10 bytes.',
    })
  })
})
