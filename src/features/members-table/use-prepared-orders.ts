import { useEffect } from 'react'
import { whenIdle } from '../../components/when-idle'
import type { MemberColumns } from '../../domain/members/columns'
import type { MemberRow } from '../../domain/members/rows'
import { orderToPrepare, sortedMemberRows } from '../../domain/members/sorted-rows'

/** An order is prepared at the latest this long after the last: a busy page still gets them. */
export const PREPARE_TIMEOUT_MS = 5000

/**
 * Works out, one per idle moment, the orders a header click could ask for next (sorted-rows.ts), so
 * the click finds its order ready. Stops when the rows or the columns change, and starts again for them.
 */
export function usePreparedOrders(rows: readonly MemberRow[], columns: MemberColumns): void {
  useEffect(() => {
    let cancel = () => {}
    const prepareNext = () => {
      const specs = orderToPrepare(rows, columns)
      if (!specs) return
      cancel = whenIdle(() => {
        sortedMemberRows(rows, specs, columns)
        prepareNext()
      }, PREPARE_TIMEOUT_MS)
    }
    prepareNext()
    return () => cancel()
  }, [rows, columns])
}
