import { useMemo, useState } from 'react'
import { formatIsoDay, formatPartialDate } from '../../domain/dataset/dates'
import { summarizeCoalitions, type CoalitionSummary } from '../../domain/membership/membership'
import type { Dataset } from '../../domain/dataset/types'
import { sectorColor } from '../../components/sector-palette'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectAsOfDay, selectDataset } from '../../store/selectors'
import './coalition-cards.css'

/** One card per coalition: founding date, member count on the "as of" day, largest sectors. */
export function CoalitionCards() {
  const dataset = useAtlasStore(selectDataset)
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const summaries = useMemo(() => (dataset ? summarizeCoalitions(dataset, day) : []), [dataset, day])
  const [showAll, setShowAll] = useState(false)
  // With many coalitions (user datasets go to 100), the largest come first and the rest on request.
  const shown = useMemo(
    () => (showAll || summaries.length <= MAX_CARDS ? summaries : [...summaries].sort((a, b) => b.memberCount - a.memberCount).slice(0, MAX_CARDS)),
    [showAll, summaries],
  )
  if (!dataset) return null
  return (
    <section className="section" aria-labelledby="coalitions-title">
      <h2 id="coalitions-title">Coalitions</h2>
      <p className="section__lede">
        {dataset.coalitions.length} coalitions, members counted as of {formatIsoDay(asOf)}.
      </p>
      <ul className="coalition-cards">
        {shown.map((summary) => (
          <li key={summary.coalition.id}>
            <CoalitionCard summary={summary} dataset={dataset} />
          </li>
        ))}
      </ul>
      {shown.length < summaries.length ? (
        <p className="coalition-cards__more">
          Showing the {shown.length} largest of {summaries.length} coalitions.{' '}
          <button type="button" className="button" onClick={() => setShowAll(true)}>
            Show all {summaries.length} coalitions
          </button>
        </p>
      ) : null}
    </section>
  )
}

const TOP_SECTORS = 3
const MAX_CARDS = 12

function CoalitionCard({ summary, dataset }: { summary: CoalitionSummary; dataset: Dataset }) {
  const { coalition, memberCount, sectors, approximateCount } = summary
  const titleId = `coalition-card-${coalition.id}`
  return (
    <article className="coalition-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="coalition-card__name">
        {coalition.name}
      </h3>
      <p className="coalition-card__founded">{coalition.founded ? `Founded ${formatPartialDate(coalition.founded)}` : 'Founding date unknown'}</p>
      <p className="coalition-card__count">
        <span className="coalition-card__number" data-testid="member-count">
          {memberCount}
        </span>{' '}
        {memberCount === 1 ? 'member' : 'members'}
      </p>
      {approximateCount > 0 ? (
        <p className="coalition-card__approx">
          {approximateCount} with an approximate or unknown join date
        </p>
      ) : null}
      {sectors.length > 0 ? (
        <>
          <div className="sector-strip" aria-hidden="true">
            {sectors.map((sector) => (
              <span
                key={sector.sectorId}
                className="sector-strip__part"
                style={{ flexGrow: sector.count, background: sectorColor(dataset.sectorById.get(sector.sectorId)?.index ?? -1) }}
              />
            ))}
          </div>
          <p className="coalition-card__sectors-title">Largest sectors</p>
          <ul className="coalition-card__sectors">
            {sectors.slice(0, TOP_SECTORS).map((sector) => (
              <li key={sector.sectorId}>
                <span className="swatch" style={{ background: sectorColor(dataset.sectorById.get(sector.sectorId)?.index ?? -1) }} aria-hidden="true" />
                {sector.label} <span className="coalition-card__sector-count">{sector.count}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="coalition-card__empty">No members on this date.</p>
      )}
    </article>
  )
}
