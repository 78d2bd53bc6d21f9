import { describe, expect, it } from 'vitest'
import {
  interlocksMembersText,
  namesToggleText,
  otherCoalitionsText,
  sharedMembersText,
  sharedShareText,
} from './interlocks'

describe('sharedMembersText', () => {
  it.each<[number, number, string]>([
    [12, 12, '12 shared members'],
    [1, 1, '1 shared member'],
    [3, 5, '3 certain, up to 5 shared members'],
  ])('%d certain, %d possible', (certain, possible, expected) => {
    expect(sharedMembersText({ certain, possible })).toBe(expected)
  })
})

describe('sharedShareText', () => {
  it.each<[number, number, string]>([
    [12 / 136, 12 / 136, '8.8% of AI Alliance’s members'],
    [0.2, 0.4, '20.0%–40.0% of AI Alliance’s members'],
    // Certain over certain can be the larger share: still low to high.
    [0.5, 0.25, '25.0%–50.0% of AI Alliance’s members'],
  ])('%d and %d', (certain, possible, expected) => {
    expect(sharedShareText({ certain, possible }, 'AI Alliance')).toBe(expected)
  })
})

describe('otherCoalitionsText', () => {
  it.each<[number, number, string]>([
    [0, 0, 'in no other coalition'],
    [1, 1, 'in 1 other coalition'],
    [6, 6, 'in 6 other coalitions'],
    [1, 2, 'in 1 certain, up to 2 other coalitions'],
    [0, 1, 'in 0 certain, up to 1 other coalition'],
  ])('%d certain, %d possible', (certain, possible, expected) => {
    expect(otherCoalitionsText({ certain, possible })).toBe(expected)
  })
})

describe('namesToggleText', () => {
  it.each<[boolean, number, string]>([
    [false, 12, 'Show the 12 names'],
    [true, 12, 'Hide the 12 names'],
    [false, 1, 'Show the name'],
    [false, 1500, 'Show the 1,500 names'],
  ])('%s, %d', (open, count, expected) => {
    expect(namesToggleText(open, count)).toBe(expected)
  })
})

describe('interlocksMembersText', () => {
  it.each<[number, number, boolean, string]>([
    [136, 136, false, 'AI Alliance has 136 members on 30 June 2024.'],
    [1, 1, false, 'AI Alliance has 1 member on 30 June 2024.'],
    [
      20,
      27,
      true,
      'AI Alliance has 20 certain, up to 27 members on 30 June 2024 among the organizations the filters keep.',
    ],
    [0, 0, true, 'AI Alliance has 0 members on 30 June 2024 among the organizations the filters keep.'],
  ])('%d certain, %d possible, filtered: %s', (certain, possible, filtered, expected) => {
    expect(interlocksMembersText('AI Alliance', { certain, possible }, '30 June 2024', filtered)).toBe(expected)
  })
})
