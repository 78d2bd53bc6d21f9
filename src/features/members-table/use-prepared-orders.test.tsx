// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { rawDataset } from '../../test/fixtures'
import { isoToDay } from '../../domain/dataset/dates'
import { validateDataset } from '../../domain/dataset/validate-dataset'
import { memberColumns, type MemberColumns } from '../../domain/members/columns'
import { buildMemberRows, type MemberRow } from '../../domain/members/rows'
import { orderToPrepare } from '../../domain/members/sorted-rows'
import { PREPARE_TIMEOUT_MS, usePreparedOrders } from './use-prepared-orders'

function Table({ rows, columns }: { rows: readonly MemberRow[]; columns: MemberColumns }) {
  usePreparedOrders(rows, columns)
  return null
}

function setup() {
  const result = validateDataset(rawDataset())
  if (!result.ok) throw new Error('fixture must be valid')
  return {
    rows: buildMemberRows(result.dataset, isoToDay('2024-06-01') as number),
    columns: memberColumns(result.dataset),
  }
}

beforeEach(() => {
  // jsdom has no requestIdleCallback: whenIdle waits its timeout instead.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })

describe('usePreparedOrders', () => {
  it.each<[string, number, boolean]>([
    ['nothing before the page is idle', PREPARE_TIMEOUT_MS - 1, true],
    ['one order per idle moment, all ten in the end', PREPARE_TIMEOUT_MS * 10, false],
  ])('%s', async (_case, ms, pending) => {
    const { rows, columns } = setup()
    render(<Table rows={rows} columns={columns} />)
    await wait(ms)
    expect(orderToPrepare(rows, columns) !== null).toBe(pending)
  })

  it('stops when the table goes', async () => {
    const { rows, columns } = setup()
    const view = render(<Table rows={rows} columns={columns} />)
    await wait(PREPARE_TIMEOUT_MS * 3)
    const next = orderToPrepare(rows, columns)
    view.unmount()
    await wait(PREPARE_TIMEOUT_MS * 10)
    expect(orderToPrepare(rows, columns)).toEqual(next)
    expect(next).toEqual([{ id: 'coalitions', desc: true }])
  })
})
