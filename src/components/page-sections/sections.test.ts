import { describe, expect, it } from 'vitest'
import { PAGE_SECTIONS, sectionFromHash, sectionUrl } from './sections'

describe('sectionUrl', () => {
  it.each([
    [
      'keeps the query and adds the anchor',
      'https://atlas.example/?asOf=2024-05-01&sector=research-academia',
      'compare',
      'https://atlas.example/?asOf=2024-05-01&sector=research-academia#compare',
    ],
    [
      'replaces an anchor already there',
      'https://atlas.example/?a=cosai#members',
      'sources',
      'https://atlas.example/?a=cosai#sources',
    ],
    [
      'works without a query, under a path',
      'http://127.0.0.1:4421/atlas/',
      'charts',
      'http://127.0.0.1:4421/atlas/#charts',
    ],
    [
      'keeps commas and colons of the query as written',
      'https://atlas.example/?sort=c:ai-alliance,-name',
      'members',
      'https://atlas.example/?sort=c:ai-alliance,-name#members',
    ],
  ] as const)('%s', (_case, href, id, expected) => {
    expect(sectionUrl(href, id)).toBe(expected)
  })
})

describe('sectionFromHash', () => {
  it.each([
    ['#compare', 'compare'],
    ['members', 'members'],
    ['#%63harts', 'charts'],
    ['', null],
    ['#', null],
    ['#main', null],
    ['#source-launch', null],
    ['#%E0%A4%A', null],
    ['#Compare', null],
  ])('%j names %j', (hash, expected) => {
    expect(sectionFromHash(hash)).toBe(expected)
  })

  it('knows every section of the list by its id', () => {
    for (const section of PAGE_SECTIONS) expect(sectionFromHash(`#${section.id}`)).toBe(section.id)
  })
})
