import { describe, expect, it } from 'vitest'
import { closestId, editDistance } from './suggest'

describe('editDistance', () => {
  it.each([
    ['ibm', 'ibm', 0],
    ['ibmm', 'ibm', 1],
    ['meta', 'beta', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
  })
})

describe('closestId', () => {
  const ids = ['ibm', 'meta', 'red-hat', 'ai-alliance', 'frontier-model-forum']
  it.each([
    ['ibmm', 'ibm'],
    ['redhat', 'red-hat'],
    ['ai-aliance', 'ai-alliance'],
    ['frontier-model-foru', 'frontier-model-forum'],
    ['google', null],
    ['x', null],
  ])('suggests %s → %s', (wanted, expected) => {
    expect(closestId(wanted, ids)).toBe(expected)
  })
})
