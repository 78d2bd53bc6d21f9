import type { Comparison } from '../../domain/compare/coalitions'
import type { SideNote } from '../../domain/compare/notes'
import type { CountRange } from '../../domain/membership/membership'
import { formatCount, rangeText } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { formatPercent, percentRangeText } from '../../domain/format/percent'
import { capitalized, coalitionLabel } from './compare-format'

/**
 * Members of each, shared, and the Jaccard similarity (shared ÷ in either), each a range from
 * certain to possible where the evidence leaves memberships open; then what the reader must know
 * about each side (not founded yet, roster last checked, partial list).
 */
export function CompareHeadline({ comparison, notes }: { comparison: Comparison; notes: readonly SideNote[] }) {
  const { a, b, counts, notFoundedUntil } = comparison
  const unit = comparison.family ? 'organizations (families counted once)' : 'organizations'
  const missing = notFoundedUntil.a ? a : notFoundedUntil.b ? b : null
  const ranged = [counts.a, counts.b, counts.both, counts.union].some((range) => range.certain !== range.possible)
  const sideValue = (range: CountRange, founded: typeof notFoundedUntil.a) =>
    founded ? (
      <dd className="compare-figures__note">{capitalized(notFoundedPhrase(founded))}</dd>
    ) : (
      <RangeValue range={range} />
    )
  return (
    <>
      <dl className="compare-figures">
        <div className="compare-figures__item">
          <dt>
            Members of <bdi>{a.name}</bdi>
          </dt>
          {sideValue(counts.a, notFoundedUntil.a)}
        </div>
        <div className="compare-figures__item">
          <dt>
            Members of <bdi>{b.name}</bdi>
          </dt>
          {sideValue(counts.b, notFoundedUntil.b)}
        </div>
        <div className="compare-figures__item">
          <dt>Shared</dt>
          {missing ? (
            <dd className="compare-figures__note">
              None: <bdi>{coalitionLabel(missing)}</bdi> did not exist yet
            </dd>
          ) : (
            <RangeValue range={counts.both} />
          )}
        </div>
        <div className="compare-figures__item">
          <dt>Jaccard similarity</dt>
          {missing ? (
            <dd className="compare-figures__note">
              Not meaningful: <bdi>{coalitionLabel(missing)}</bdi> did not exist yet
            </dd>
          ) : (
            <dd>
              {percentRangeText(comparison.jaccardCertain, comparison.jaccard)}{' '}
              <JaccardDetail comparison={comparison} unit={unit} />
            </dd>
          )}
        </div>
      </dl>
      {ranged && !missing ? (
        <p className="compare-figures__ranges">
          Where the evidence leaves a membership open (a month without a day, “signed after…”), a figure gives the
          members that are certain on this date and how many more are possible; the uncertain ones are marked in the
          lists below.
        </p>
      ) : null}
      {notes.length > 0 ? (
        <ul className="compare-notes" aria-label="About these figures">
          {notes.map((note) => (
            <li key={`${note.side}-${note.kind}`} className="compare-notes__item">
              {note.kind === 'not-founded' ? (
                <>
                  <bdi>{note.coalition.name}</bdi> was {note.text}: it had no members to compare on this date.
                </>
              ) : (
                <>
                  <bdi>{coalitionLabel(note.coalition)}</bdi>: {note.text}.
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

/** "85", or "4 certain, up to 6" with the two numbers large, as the coalition cards show it. */
function RangeValue({ range }: { range: CountRange }) {
  if (range.certain === range.possible) return <dd>{rangeText(range)}</dd>
  return (
    <dd className="compare-figures__range">
      <span className="compare-figures__number">{formatCount(range.certain)}</span> certain, up to{' '}
      <span className="compare-figures__number">{formatCount(range.possible)}</span>
    </dd>
  )
}

function JaccardDetail({ comparison, unit }: { comparison: Comparison; unit: string }) {
  const { counts, jaccard, jaccardCertain } = comparison
  if (counts.both.certain === counts.both.possible && counts.union.certain === counts.union.possible) {
    return (
      <span className="compare-figures__detail">
        ({formatCount(counts.both.possible)} shared of {formatCount(counts.union.possible)} {unit} in either)
      </span>
    )
  }
  return (
    <span className="compare-figures__detail">
      ({formatPercent(jaccardCertain)} counting certain members only: {formatCount(counts.both.certain)} shared of{' '}
      {formatCount(counts.union.certain)}; {formatPercent(jaccard)} counting every possible member:{' '}
      {formatCount(counts.both.possible)} of {formatCount(counts.union.possible)})
    </span>
  )
}
