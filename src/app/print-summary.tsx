import { useMemo } from 'react'
import { formatIsoDay } from '../domain/format/dates'
import { activeFiltersText } from '../domain/format/filters'
import { useAtlasStore } from '../store/atlas-store'
import {
  selectAsOf,
  selectCoalitionFilter,
  selectCountryFilter,
  selectDataset,
  selectMatch,
  selectQuery,
  selectRoleFilter,
  selectSectorFilter,
} from '../store/selectors'
import { currentAddress } from '../store/address-write'

/**
 * On paper the date field and the filter controls are not printed: this says in words what they
 * hold, under the title, with the link that brings the same view back. Rendered only for print
 * (app.tsx loads this module for it).
 */
export function PrintSummary() {
  const dataset = useAtlasStore(selectDataset)
  const asOf = useAtlasStore(selectAsOf)
  const sectors = useAtlasStore(selectSectorFilter)
  const coalitions = useAtlasStore(selectCoalitionFilter)
  const match = useAtlasStore(selectMatch)
  const countries = useAtlasStore(selectCountryFilter)
  const roles = useAtlasStore(selectRoleFilter)
  const query = useAtlasStore(selectQuery)
  const filters = useMemo(
    () => ({ sectors, coalitions, match, countries, roles, query }),
    [sectors, coalitions, match, countries, roles, query],
  )
  if (!dataset) return null
  return (
    <section className="print-summary" aria-label="This printout">
      <p className="print-summary__as-of">As of {formatIsoDay(asOf)}: every count is for that day.</p>
      <p>
        <span className="print-summary__term">Members table filters:</span> {activeFiltersText(filters, dataset)}
      </p>
      <p>
        <span className="print-summary__term">This view online:</span>{' '}
        <bdi className="print-summary__link">{currentAddress()}</bdi>
      </p>
    </section>
  )
}
