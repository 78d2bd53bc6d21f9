import { describe, expect, it } from 'vitest'
import { dateOrderEvidence, excelSerialToIso, readDate, type DateReading } from './dates'

describe('dates as people type them', () => {
  const cases: [string, DateReading][] = [
    ['2024', { kind: 'date', text: '2024' }],
    ['2024-05', { kind: 'date', text: '2024-05' }],
    ['2024-05-14', { kind: 'date', text: '2024-05-14' }],
    ['2024/5/4', { kind: 'date', text: '2024-05-04' }],
    ['2024.05.14', { kind: 'date', text: '2024-05-14' }],
    [' 2024-05-14 ', { kind: 'date', text: '2024-05-14' }],
    ['2024-13', { kind: 'invalid' }],
    ['2023-02-29', { kind: 'invalid' }],
    ['2024-02-29', { kind: 'date', text: '2024-02-29' }],
    ['45000', { kind: 'date', text: '2023-03-15' }],
    ['45000.75', { kind: 'date', text: '2023-03-15' }],
    ['25/12/2023', { kind: 'date', text: '2023-12-25' }],
    ['12/25/2023', { kind: 'date', text: '2023-12-25' }],
    ['03/04/2024', { kind: 'ambiguous', dmy: '2024-04-03', mdy: '2024-03-04' }],
    ['3.4.2024', { kind: 'ambiguous', dmy: '2024-04-03', mdy: '2024-03-04' }],
    ['05/05/2024', { kind: 'date', text: '2024-05-05' }],
    ['31/02/2024', { kind: 'invalid' }],
    ['13/13/2024', { kind: 'invalid' }],
    ['05/2024', { kind: 'date', text: '2024-05' }],
    ['May 2024', { kind: 'date', text: '2024-05' }],
    ['Sept 2024', { kind: 'date', text: '2024-09' }],
    ['5 May 2024', { kind: 'date', text: '2024-05-05' }],
    ['May 5, 2024', { kind: 'date', text: '2024-05-05' }],
    ['December 5th 2023', { kind: 'date', text: '2023-12-05' }],
    ['5 Mai 2024', { kind: 'invalid' }],
    ['yesterday', { kind: 'invalid' }],
    ['2024-5', { kind: 'date', text: '2024-05' }],
    ['20240514', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
  ]
  it.each(cases)('%j', (cell, reading) => {
    expect(readDate(cell)).toEqual(reading)
  })
})

describe('Excel serial numbers', () => {
  const cases: [number, boolean, string | null][] = [
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [45000, false, '2023-03-15'],
    [0, false, null],
    [1, true, '1904-01-02'],
    [43538, true, '2023-03-15'],
    [3_000_000, false, null],
  ]
  it.each(cases)('%d (1904 system: %s) is %s', (serial, date1904, iso) => {
    expect(excelSerialToIso(serial, date1904)).toBe(iso)
  })
})

describe('what a date says about the sheet’s order', () => {
  const cases: [string, 'dmy' | 'mdy' | null][] = [
    ['25/12/2023', 'dmy'],
    ['12/25/2023', 'mdy'],
    ['03/04/2024', null],
    ['2024-05-14', null],
    ['31/31/2024', null],
  ]
  it.each(cases)('%s → %s', (cell, order) => {
    expect(dateOrderEvidence(cell)).toBe(order)
  })
})
