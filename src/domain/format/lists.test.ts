import { describe, expect, it } from 'vitest'
import { andList, orList } from './lists'

describe('andList and orList', () => {
  it.each<[string[], string, string]>([
    [[], '', ''],
    [['Meta'], 'Meta', 'Meta'],
    [['Meta', 'IBM'], 'Meta and IBM', 'Meta or IBM'],
    [['Meta', 'IBM', 'Sony'], 'Meta, IBM and Sony', 'Meta, IBM or Sony'],
    [['A, B', 'C'], 'A, B and C', 'A, B or C'],
  ])('%j', (items, and, or) => {
    expect(andList(items)).toBe(and)
    expect(orList(items)).toBe(or)
  })
})
