import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dayNumber } from '../dataset/dates'
import { loadDataset } from '../dataset/load-dataset'
import type { Dataset } from '../dataset/types'
import { toCsv } from '../export/csv'
import { datasetToDocument } from '../export/dataset-document'
import { summarizeCoalitions } from '../membership/membership'
import { analyzeTable, initialMapping } from './analyze'
import { datasetSpreadsheet } from './spreadsheet-export'
import { readTextTable } from './table'

function load(text: string): Dataset {
  const outcome = loadDataset(text)
  if (!outcome.ok)
    throw new Error(`${outcome.reason} ${outcome.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return outcome.dataset
}

const bundled = load(readFileSync(new URL('../../../public/data/coalitions.json', import.meta.url), 'utf8'))

/** Exports a dataset as the spreadsheet CSV a person downloads, and imports that file as a new dataset. */
function roundTrip(dataset: Dataset): { imported: Dataset; problems: readonly string[] } {
  const { header, rows } = datasetSpreadsheet(dataset)
  const csv = toCsv(header, rows)
  const read = readTextTable(new TextEncoder().encode(csv), 'export.csv')
  if (!read.ok) throw new Error(read.reason)
  const { analysis, document } = analyzeTable(read.table, read.problems, {
    mapping: initialMapping(read.table),
    dateOrder: null,
    mode: 'new',
    existing: null,
    title: 'Round trip',
    today: '2026-11-30',
    merges: new Map(),
  })
  if (!document) throw new Error(analysis.mappingProblems.join(' '))
  return { imported: load(JSON.stringify(document)), problems: analysis.problems }
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort()
const membershipKeys = (dataset: Dataset) =>
  dataset.memberships
    .map((m) =>
      [
        m.organizationId,
        m.coalitionId,
        m.role,
        m.joined?.text,
        m.left?.text,
        m.joinedAfter?.text,
        m.joinedBy?.text,
        m.leftAfter?.text,
        m.leftBy?.text,
        m.confidence,
        m.note,
      ].join('|'),
    )
    .sort()

describe('the bundled dataset exported as a spreadsheet and imported again', () => {
  const { imported, problems } = roundTrip(bundled)

  it('imports every row without a problem', () => {
    expect(problems).toEqual([])
  })

  it('has the same coalitions, organizations and memberships', () => {
    expect(ids(imported.coalitions)).toEqual(ids(bundled.coalitions))
    expect(ids(imported.organizations)).toEqual(ids(bundled.organizations))
    expect(membershipKeys(imported)).toEqual(membershipKeys(bundled))
    expect(imported.coalitions.map((c) => [c.id, c.name, c.founded?.text])).toEqual(
      bundled.coalitions.map((c) => [c.id, c.name, c.founded?.text]),
    )
  })

  it('keeps each organization’s sector label, country, aliases and parent', () => {
    const facts = (dataset: Dataset) =>
      dataset.organizations
        .map((o) =>
          [
            o.id,
            o.name,
            dataset.sectorById.get(o.sectorId)?.label,
            o.country,
            [...o.aliases].join('|'),
            o.parentId,
            o.note,
          ].join('/'),
        )
        .sort()
    expect(facts(imported)).toEqual(facts(bundled))
  })

  it('keeps the sources each membership cites, by address', () => {
    const cited = (dataset: Dataset) =>
      dataset.memberships
        .map(
          (m) =>
            `${m.organizationId}|${m.coalitionId}|${m.joined?.text ?? m.joinedBy?.text ?? ''}|${m.sourceIds.map((id) => dataset.sourceById.get(id)?.url).join(' ')}`,
        )
        .sort()
    expect(cited(imported)).toEqual(cited(bundled))
  })

  it('gives the same certain and possible counts for every coalition on every day of a series', () => {
    const days: number[] = []
    for (let year = 2015; year <= 2027; year++) for (const month of [1, 4, 7, 10]) days.push(dayNumber(year, month, 15))
    days.push(dayNumber(2023, 12, 5), dayNumber(2023, 12, 4), dayNumber(2024, 5, 21), dayNumber(2025, 10, 31))
    for (const day of days) {
      const counts = (dataset: Dataset) =>
        summarizeCoalitions(dataset, day).map((s) => [s.coalition.id, s.certain, s.possible])
      expect(counts(imported), `day ${day}`).toEqual(counts(bundled))
    }
  })
})

describe('the dataset exported as JSON', () => {
  it('loads as a dataset equal to the one exported, field for field', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../../public/data/coalitions.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>
    const document = datasetToDocument(bundled)
    expect(document).toEqual({ ...raw, version: 2 })
    const again = load(JSON.stringify(document))
    expect(datasetToDocument(again)).toEqual(document)
  })
})
