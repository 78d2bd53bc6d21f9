import { useMemo, useState } from 'react'
import { EmbedButton } from '../../components/embed/embed-button'
import { SectionHead } from '../../components/page-sections/section-head'
import { goToSection, sectionTitleId } from '../../components/page-sections/sections'
import { usePrinting } from '../../components/page-sections/use-printing'
import { SourceList } from '../../components/source-citation'
import { useFollowingValue } from '../../components/use-following-value'
import { sectorColor } from '../../components/sector-palette'
import type { Dataset } from '../../domain/dataset/types'
import { formatCount, plural, rangeText, shortRangeText } from '../../domain/format/counts'
import { mentionedReportedSize, partialRosterText, staleRosterText } from '../../domain/format/coverage'
import { formatIsoDay, formatPartialDate } from '../../domain/format/dates'
import { embedNoCoalitionText, embedViewName } from '../../domain/format/embed'
import { uncertaintyReason } from '../../domain/format/membership'
import { coalitionSummariesOn, type CoalitionSummary } from '../../domain/membership/membership'
import { useAtlasStore } from '../../store/atlas-store'
import { selectAsOf, selectAsOfDay, selectDataset } from '../../store/selectors'
import './coalition-cards.css'

/**
 * One card per coalition: founding date, members on the "as of" day (certain … possible), largest sectors, roster coverage.
 * `only`: one coalition's card alone, as an embedded view shows it, without the buttons that lead to other sections.
 */
export function CoalitionCards({ only }: { only?: string }) {
  // A new dataset or day reaches the cards in a task of their own, after the members table's:
  // at 260,000 memberships each is a pass over every membership, too long for one task together.
  // On mounting too (nothing first), or the first cards would still come with the first rows.
  // Dataset and day travel together, so a card never counts one dataset on another's day.
  const current = useAtlasStore(selectDataset)
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const counted = useFollowingValue(
    useMemo(() => ({ dataset: current, day, asOf }), [current, day, asOf]),
    null,
  )
  const dataset = counted?.dataset ?? null
  const summaries = useMemo(
    () => (counted?.dataset ? coalitionSummariesOn(counted.dataset, counted.day) : []),
    [counted],
  )
  const [showAll, setShowAll] = useState(false)
  const printing = usePrinting()
  const whole = showAll || printing
  // With many coalitions (user datasets go to 100), the largest come first and the rest on request (and all on paper).
  const shown = useMemo(
    () =>
      whole || summaries.length <= MAX_CARDS
        ? summaries
        : [...summaries].sort((a, b) => b.possible - a.possible).slice(0, MAX_CARDS),
    [whole, summaries],
  )
  if (!counted || !dataset) return null
  if (only !== undefined) {
    const summary = summaries.find((item) => item.coalition.id === only)
    return summary ? (
      <CoalitionCard summary={summary} dataset={dataset} day={counted.day} countedOn={counted.asOf} />
    ) : (
      <p>{embedNoCoalitionText(only)}</p>
    )
  }
  if (dataset !== current) {
    // For the one task until the cards follow: never the previous dataset's counts under the new one's title.
    return (
      <section className="section" id="coalitions" aria-labelledby={sectionTitleId('coalitions')} aria-busy="true">
        <SectionHead section="coalitions">Coalitions</SectionHead>
        <p className="section__lede" role="status">
          Counting members…
        </p>
      </section>
    )
  }
  return (
    <section className="section" id="coalitions" aria-labelledby={sectionTitleId('coalitions')}>
      <SectionHead section="coalitions">Coalitions</SectionHead>
      <p className="section__lede">
        {dataset.coalitions.length} coalitions, members counted as of {formatIsoDay(counted.asOf)}. Where the evidence
        leaves a membership open, a card says how many are certain and how many possible.
      </p>
      <ul className="coalition-cards">
        {shown.map((summary) => (
          <li key={summary.coalition.id}>
            <CoalitionCard summary={summary} dataset={dataset} day={counted.day} />
          </li>
        ))}
      </ul>
      {shown.length < summaries.length ? (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {summaries.length} coalitions
        </button>
      ) : null}
    </section>
  )
}

const TOP_SECTORS = 3
const MAX_CARDS = 12

/** "Show members" and "Compare": from a coalition to its rows in the table, or to the comparison with it on side A. */
function CardActions({ id, name, comparable }: { id: string; name: string; comparable: boolean }) {
  const showCoalitionMembers = useAtlasStore((state) => state.showCoalitionMembers)
  const compareCoalition = useAtlasStore((state) => state.compareCoalition)
  return (
    <div className="coalition-card__actions">
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          showCoalitionMembers(id)
          void goToSection('members', { focus: true })
        }}
      >
        Show members
        <span className="visually-hidden">
          {' '}
          of <bdi>{name}</bdi>
        </span>
      </button>
      {comparable ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            compareCoalition(id)
            void goToSection('compare', { focus: true })
          }}
        >
          Compare
          <span className="visually-hidden">
            {' '}
            <bdi>{name}</bdi>
          </span>
        </button>
      ) : null}
      <EmbedButton name={embedViewName('card', name)} className="button button--small" target={{ view: 'card', id }} />
    </div>
  )
}

/** `countedOn`: the card stands alone (embedded), so it says the day it counts and has no buttons leading to other sections. */
function CoalitionCard({
  summary,
  dataset,
  day,
  countedOn,
}: {
  summary: CoalitionSummary
  dataset: Dataset
  day: number
  countedOn?: string
}) {
  const { coalition, certain, possible, sectors, uncertain, notFoundedUntil, coverage } = summary
  const titleId = `coalition-card-${coalition.id}`
  // Before the founding there is no roster to qualify.
  const stale = notFoundedUntil ? null : staleRosterText(coverage)
  const partial = notFoundedUntil ? null : partialRosterText(coverage, summary)
  const cited = stale || partial ? mentionedReportedSize(coverage) : null
  return (
    <article className="coalition-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="coalition-card__name">
        <bdi>{coalition.name}</bdi>
      </h3>
      <p className="coalition-card__founded">
        {coalition.founded ? `Founded ${formatPartialDate(coalition.founded)}` : 'Founding date unknown'}
      </p>
      {countedOn ? <p className="coalition-card__founded">Members counted as of {formatIsoDay(countedOn)}</p> : null}
      {notFoundedUntil ? (
        <p className="coalition-card__count coalition-card__count--none" data-testid="member-count">
          Not founded until {formatPartialDate(notFoundedUntil)}
        </p>
      ) : (
        <p className="coalition-card__count" data-testid="member-count">
          {certain === possible ? (
            <>
              <span className="coalition-card__number">{rangeText(summary)}</span>{' '}
              {possible === 1 ? 'member' : 'members'}
            </>
          ) : (
            <>
              <span className="coalition-card__number">{formatCount(certain)}</span> certain, up to{' '}
              <span className="coalition-card__number coalition-card__number--possible">{formatCount(possible)}</span>{' '}
              members
            </>
          )}
        </p>
      )}
      {uncertain.length > 0 ? (
        <details className="coalition-card__uncertain">
          <summary>Why {plural(uncertain.length, 'membership is', 'memberships are')} uncertain</summary>
          <ul>
            {uncertain.map(({ membership, organization }) => (
              <li key={membership.index}>
                <bdi>{organization.name}</bdi>: {uncertaintyReason(membership, day, coalition.founded)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {stale || partial ? (
        <div className="coalition-card__coverage">
          {partial ? <p>{partial}</p> : null}
          {stale ? <p>{stale}</p> : null}
          {cited ? (
            <details className="coalition-card__coverage-sources">
              <summary>
                {cited.sourceIds.length === 1 ? 'Source of the reported size' : 'Sources of the reported size'}
              </summary>
              <SourceList ids={cited.sourceIds} dataset={dataset} />
            </details>
          ) : null}
        </div>
      ) : null}
      {sectors.length > 0 ? (
        <>
          <div className="sector-strip" aria-hidden="true">
            {sectors.map((sector) => (
              <span
                key={sector.sectorId}
                className="sector-strip__part"
                style={{
                  flexGrow: sector.possible,
                  background: sectorColor(dataset.sectorById.get(sector.sectorId)?.index ?? -1),
                }}
              />
            ))}
          </div>
          <p className="coalition-card__sectors-title">Largest sectors</p>
          <ul className="coalition-card__sectors">
            {sectors.slice(0, TOP_SECTORS).map((sector) => (
              <li key={sector.sectorId}>
                <span
                  className="swatch"
                  style={{ background: sectorColor(dataset.sectorById.get(sector.sectorId)?.index ?? -1) }}
                  aria-hidden="true"
                />
                <bdi>{sector.label}</bdi> <span className="coalition-card__sector-count">{shortRangeText(sector)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : notFoundedUntil ? null : (
        <p className="coalition-card__empty">No members on this date.</p>
      )}
      {countedOn ? null : (
        <CardActions id={coalition.id} name={coalition.name} comparable={dataset.coalitions.length > 1} />
      )}
    </article>
  )
}
