import { describe, expect, it } from 'vitest'
import { ID_PATTERN as SCHEMA_ID_PATTERN } from '../dataset/schema'
import { ID_PATTERN, IdMaker, nameKey, readCountry, sameNameKey, slug } from './names'

describe('slugs', () => {
  const cases: [string, string][] = [
    ['Meta', 'meta'],
    ['Amazon Web Services', 'amazon-web-services'],
    ['Hardware & semiconductors', 'hardware-semiconductors'],
    ['Université Paris-Saclay', 'universite-paris-saclay'],
    ["McDonald's", 'mcdonalds'],
    ['  --Hello__World--  ', 'hello-world'],
    ['阿里巴巴', ''],
    ['A'.repeat(30) + ' ' + 'B'.repeat(30), 'a'.repeat(30)],
  ]
  it.each(cases)('%j → %j', (name, id) => {
    expect(slug(name)).toBe(id)
  })

  it('is a valid id, or empty', () => {
    for (const [name] of cases) {
      const id = slug(name)
      expect(id === '' || ID_PATTERN.test(id)).toBe(true)
    }
  })

  it('repeats the schema’s id rule exactly', () => {
    expect(ID_PATTERN.source).toBe(SCHEMA_ID_PATTERN.source)
  })
})

describe('ids handed out', () => {
  it('de-duplicates with -2, -3 and avoids ids already taken', () => {
    const ids = new IdMaker(['ibm'], 'organization')
    expect(['Meta', 'META', 'Meta!', 'IBM', '阿里巴巴', '百度'].map((name) => ids.make(name))).toEqual([
      'meta',
      'meta-2',
      'meta-3',
      'ibm-2',
      'organization',
      'organization-2',
    ])
  })
})

describe('names that are the same organization', () => {
  const same: [string, string][] = [
    ['Meta', 'meta'],
    ['Nestlé', 'Nestle'],
    ['The Linux Foundation', 'Linux Foundation, Inc.'],
    ['Acme Corp.', 'ACME corporation'],
    ['AT&T', 'AT and T'],
    ['Siemens AG', 'Siemens'],
  ]
  it.each(same)('%j ~ %j', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  const different: [string, string][] = [
    ['Meta', 'Meta Platforms'],
    ['Open Widget', 'Open Widgets'],
    ['Inc', 'Ink'],
  ]
  it.each(different)('%j ≁ %j', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })

  it('keeps a name that is only a legal form', () => {
    expect(nameKey('Inc.')).toBe('inc')
  })

  it('compares case, accents and spacing only for an exact match', () => {
    expect(sameNameKey('  Université   Paris ')).toBe('universite paris')
    expect(sameNameKey('Linux Foundation, Inc.')).not.toBe(sameNameKey('Linux Foundation'))
  })
})

describe('countries', () => {
  const cases: [string, string | null][] = [
    ['US', 'US'],
    ['us', 'US'],
    ['jp', 'JP'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['Deutschland', null],
    ['Germany', 'DE'],
    ['South Korea', 'KR'],
    ['Côte d’Ivoire', 'CI'],
    ['XX', null],
    ['Narnia', null],
  ]
  it.each(cases)('%j → %s', (text, code) => {
    expect(readCountry(text)).toBe(code)
  })
})
