import { describe, expect, it } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { isoToDay } from '../dataset/dates'
import { validateDataset } from '../dataset/validate-dataset'
import { memberColumns, sortKeyOf } from './columns'
import { buildMemberRows } from './rows'
import { serializeSort, sortMemberRows } from './sort'
import { orderToPrepare, sortedMemberRows } from './sorted-rows'

function setup() {
  const result = validateDataset(rawDataset())
  if (!result.ok) throw new Error('fixture must be valid')
  const dataset = result.dataset
  return { dataset, rows: buildMemberRows(dataset, isoToDay('2024-06-01') as number), columns: memberColumns(dataset) }
}

describe('sortedMemberRows', () => {
  it.each(['name', '-coalitions', 'joined,name', 'c:forum', ''])(
    'sort=%j: the order sortMemberRows gives, kept',
    (text) => {
      const { rows, columns } = setup()
      const specs = text ? text.split(',').map((id) => ({ id: id.replace(/^-/, ''), desc: id.startsWith('-') })) : []
      const first = sortedMemberRows(rows, specs, columns)
      expect(first.map((row) => row.name)).toEqual(
        sortMemberRows(rows, specs, (id) => sortKeyOf(columns, id)).map((row) => row.name),
      )
      // Asked again (even with a new but equal spec list), the same array: nothing is sorted twice.
      expect(
        sortedMemberRows(
          rows,
          specs.map((spec) => ({ ...spec })),
          columns,
        ),
      ).toBe(first)
    },
  )

  it('keeps orders apart per set of rows and per column set', () => {
    const { dataset, rows, columns } = setup()
    const first = sortedMemberRows(rows, [{ id: 'name', desc: true }], columns)
    expect(sortedMemberRows(rows, [{ id: 'name', desc: true }], memberColumns(dataset))).not.toBe(first)
    const otherDay = buildMemberRows(dataset, isoToDay('2023-08-01') as number)
    expect(sortedMemberRows(otherDay, [{ id: 'name', desc: true }], columns)).not.toBe(first)
  })
})

describe('orderToPrepare', () => {
  it('names each built-in sortable column in the direction its first click gives, then the other, then nothing', () => {
    const { rows, columns } = setup()
    const asked: string[] = []
    for (let specs = orderToPrepare(rows, columns); specs; specs = orderToPrepare(rows, columns)) {
      asked.push(serializeSort(specs))
      sortedMemberRows(rows, specs, columns)
      if (asked.length > 20) break
    }
    expect(asked).toEqual([
      'name',
      'sector',
      'country',
      '-coalitions',
      'joined',
      '-name',
      '-sector',
      '-country',
      'coalitions',
      '-joined',
    ])
  })

  it('skips an order already kept, as a reader’s sort keeps it', () => {
    const { rows, columns } = setup()
    sortedMemberRows(rows, [{ id: 'name', desc: false }], columns)
    expect(orderToPrepare(rows, columns)).toEqual([{ id: 'sector', desc: false }])
  })
})
