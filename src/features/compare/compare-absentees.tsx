import { useId, useMemo, useState, type ReactNode } from 'react'
import { absenteeUnits, rankUnits, type Absentee, type AbsenteeUnits } from '../../domain/compare/absentees'
import type { Comparison } from '../../domain/compare/coalitions'
import { perDataset } from '../../domain/dataset/per-dataset'
import type { Dataset } from '../../domain/dataset/types'
import { formatCount, plural } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { usePrinting } from '../../components/page-sections/use-printing'
import { coalitionLabel } from './compare-format'
import { OrganizationName } from './organization-name'

const FIRST_SHOWN = 10

const unitsOf = perDataset((dataset: Dataset, aId: string, bId: string, day: number, family: boolean) =>
  absenteeUnits(dataset, aId, bId, day, { family }),
)
const absenteesOf = perDataset((dataset: Dataset, units: AbsenteeUnits) => rankUnits(dataset, units))

/**
 * Who is missing where, those in the most other coalitions first: the absences worth a headline.
 * Worked out here, not by the comparison above, and in two renders, where each organization stands
 * and then the ranked lists: at 260,000 memberships together with the comparison they were one task
 * of 200 ms; apart, React can yield between them.
 */
export function CompareAbsentees({ dataset, comparison }: { dataset: Dataset; comparison: Comparison }) {
  const units = useMemo(
    () => unitsOf(dataset, comparison.a.id, comparison.b.id, comparison.day, comparison.family),
    [dataset, comparison],
  )
  return <AbsenteeLists dataset={dataset} comparison={comparison} units={units} />
}

function AbsenteeLists({
  dataset,
  comparison,
  units,
}: {
  dataset: Dataset
  comparison: Comparison
  units: AbsenteeUnits
}) {
  const absentees = useMemo(() => absenteesOf(dataset, units), [dataset, units])
  const titleId = useId()
  const { a, b, notFoundedUntil } = comparison
  // Every possible member of `of` may be in `alsoIn`; "or may be" when for some that is not certain.
  const emptyOf = (of: typeof a, alsoIn: typeof a, founded: typeof notFoundedUntil.a, doubtful: boolean): ReactNode =>
    founded ? (
      <>
        <bdi>{of.name}</bdi> was {notFoundedPhrase(founded)}.
      </>
    ) : (
      <>
        Every member of <bdi>{of.name}</bdi> is also in <bdi>{alsoIn.name}</bdi>
        {doubtful ? ', or may be.' : '.'}
      </>
    )
  return (
    <section className="compare-absentees" aria-labelledby={titleId}>
      <h3 id={titleId}>Notable absentees</h3>
      <p className="compare-absentees__lede">
        Ranked by how many other coalitions each may belong to on this date, then at any date in the dataset: an
        organization that joins everything except one coalition is a telling absence. A membership that is possible but
        not certain on this date is marked “uncertain”.
      </p>
      <div className="compare-absentees__lists">
        <AbsenteeList
          title={
            <>
              In <bdi>{b.name}</bdi>, not in <bdi>{a.name}</bdi>
            </>
          }
          list={absentees.inBNotA}
          empty={emptyOf(b, a, notFoundedUntil.b, comparison.counts.onlyB.possible > 0)}
        />
        <AbsenteeList
          title={
            <>
              In <bdi>{a.name}</bdi>, not in <bdi>{b.name}</bdi>
            </>
          }
          list={absentees.inANotB}
          empty={emptyOf(a, b, notFoundedUntil.a, comparison.counts.onlyA.possible > 0)}
        />
        <AbsenteeList
          title="In neither"
          list={absentees.inNeither}
          empty="Every organization the dataset tracks is in at least one of the two."
        />
      </div>
    </section>
  )
}

function AbsenteeList({ title, list, empty }: { title: ReactNode; list: readonly Absentee[]; empty: ReactNode }) {
  const [showAll, setShowAll] = useState(false)
  const printing = usePrinting()
  const headingId = useId()
  const shown = showAll ? list : list.slice(0, FIRST_SHOWN)
  return (
    <div className="compare-absentees__list" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="compare-group__count">{formatCount(list.length)}</span>
      </h4>
      {list.length === 0 ? (
        <p className="compare-column__empty">{empty}</p>
      ) : (
        <ol className="compare-ranked">
          {shown.map((absentee) => (
            <li key={absentee.id} className="compare-ranked__item">
              <span className="compare-entry__head">
                <OrganizationName
                  id={absentee.id}
                  name={absentee.organization.name}
                  className="compare-entry__name"
                  asText={printing}
                />
                {absentee.uncertain ? <span className="compare-tag compare-tag--uncertain">uncertain</span> : null}
              </span>
              <span className="compare-ranked__others">
                <OtherCoalitions absentee={absentee} />
                {absentee.everOthers > absentee.others.length
                  ? ` (${formatCount(absentee.everOthers)} at any date in the dataset)`
                  : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {list.length > FIRST_SHOWN ? (
        <button
          type="button"
          className="button compare-column__more"
          aria-expanded={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? `Show the first ${FIRST_SHOWN}` : `Show all ${formatCount(list.length)}`}
        </button>
      ) : null}
    </div>
  )
}

/** "in 2 other coalitions: WH commitments, Seoul (uncertain)" */
function OtherCoalitions({ absentee }: { absentee: Absentee }) {
  if (absentee.others.length === 0) return <>in no other coalition</>
  return (
    <>
      in {plural(absentee.others.length, 'other coalition', 'other coalitions')}:{' '}
      {absentee.others.map((coalition, index) => (
        <span key={coalition.id}>
          {index > 0 ? ', ' : null}
          <bdi>{coalitionLabel(coalition)}</bdi>
          {absentee.uncertainOthers.has(coalition.id) ? ' (uncertain)' : null}
        </span>
      ))}
    </>
  )
}
