import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../test/fixtures'
import { creditLine, exportFooter, footerLines } from './export-footer'

describe('footerLines', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'Test coalitions · Updated 1 June 2024 · Licence not stated'],
    ['CC BY 4.0', 'Test coalitions · Updated 1 June 2024 · Licence: CC BY 4.0'],
  ])('licence %j → %j', (license, credit) => {
    const dataset = buildDataset((doc) => {
      if (license) doc.license = license
    })
    const link = 'https://example.org/?asOf=2024-06-01'
    expect(footerLines(exportFooter(dataset, link, ['launch']))).toEqual([credit, 'Sources: Launch release', link])
  })
})

describe('creditLine', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'AI industry coalitions · Updated 30 November 2026 · Licence not stated'],
    ['', 'AI industry coalitions · Updated 30 November 2026 · Licence not stated'],
    ['CC BY 4.0', 'AI industry coalitions · Updated 30 November 2026 · Licence: CC BY 4.0'],
  ])('licence %j → %j', (license, line) => {
    expect(creditLine({ datasetTitle: 'AI industry coalitions', updated: '30 November 2026', license })).toBe(line)
  })
})
