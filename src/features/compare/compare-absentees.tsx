import { useId, useState } from 'react'
import type { Absentee, Absentees } from '../../domain/compare/absentees'
import type { Comparison } from '../../domain/compare/coalitions'
import { useAtlasStore } from '../../store/atlas-store'
import { plural } from './compare-format'

const FIRST_SHOWN = 10

/** Who is missing where, those in the most other coalitions first: the absences worth a headline. */
export function CompareAbsentees({ comparison, absentees }: { comparison: Comparison; absentees: Absentees }) {
  const titleId = useId()
  const { a, b } = comparison
  return (
    <section className="compare-absentees" aria-labelledby={titleId}>
      <h3 id={titleId}>Notable absentees</h3>
      <p className="compare-absentees__lede">
        Ranked by how many other coalitions each belongs to on this date, then at any date in the dataset: an organization that joins everything except one coalition is a telling absence.
      </p>
      <div className="compare-absentees__lists">
        <AbsenteeList title={`In ${b.name}, not in ${a.name}`} list={absentees.inBNotA} empty={`Every member of ${b.name} is also in ${a.name}.`} />
        <AbsenteeList title={`In ${a.name}, not in ${b.name}`} list={absentees.inANotB} empty={`Every member of ${a.name} is also in ${b.name}.`} />
        <AbsenteeList title="In neither" list={absentees.inNeither} empty="Every organization the dataset tracks is in at least one of the two." />
      </div>
    </section>
  )
}

function AbsenteeList({ title, list, empty }: { title: string; list: readonly Absentee[]; empty: string }) {
  const [showAll, setShowAll] = useState(false)
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const headingId = useId()
  const shown = showAll ? list : list.slice(0, FIRST_SHOWN)
  return (
    <div className="compare-absentees__list" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="compare-group__count">{list.length.toLocaleString('en')}</span>
      </h4>
      {list.length === 0 ? (
        <p className="compare-column__empty">{empty}</p>
      ) : (
        <ol className="compare-ranked">
          {shown.map((absentee) => (
            <li key={absentee.id} className="compare-ranked__item">
              <button type="button" className="compare-link compare-entry__name" onClick={() => openOrganization(absentee.id)}>
                {absentee.organization.name}
              </button>
              <span className="compare-ranked__others">
                {absentee.others.length === 0
                  ? 'in no other coalition'
                  : `in ${plural(absentee.others.length, 'other coalition', 'other coalitions')}: ${absentee.others.map((coalition) => coalition.shortName ?? coalition.name).join(', ')}`}
                {absentee.everOthers > absentee.others.length ? ` (${absentee.everOthers} at any date in the dataset)` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {list.length > FIRST_SHOWN ? (
        <button type="button" className="button compare-column__more" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? `Show the first ${FIRST_SHOWN}` : `Show all ${list.length.toLocaleString('en')}`}
        </button>
      ) : null}
    </div>
  )
}
