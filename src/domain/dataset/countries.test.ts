import { describe, expect, it } from 'vitest'
import { COUNTRY_CODES, countryName, isCountryCode } from './countries'

describe('country codes', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRY_CODES.size).toBe(249)
  })

  it.each([
    ['US', true],
    ['JP', true],
    ['GB', true],
    ['UK', false],
    ['us', false],
    ['XX', false],
    ['USA', false],
  ])('%s is a code: %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected)
  })

  it.each([
    ['JP', 'Japan'],
    ['CH', 'Switzerland'],
  ])('names %s as %s', (code, name) => {
    expect(countryName(code)).toBe(name)
  })
})
