import type { Comparison } from '../../domain/compare/coalitions'
import { percent } from './compare-format'

/** Members of each, shared, and the Jaccard similarity (shared ÷ in either). */
export function CompareHeadline({ comparison }: { comparison: Comparison }) {
  const { a, b, counts, jaccard, family } = comparison
  const unit = family ? 'organizations (families counted once)' : 'organizations'
  return (
    <dl className="compare-figures">
      <div className="compare-figures__item">
        <dt>Members of {a.name}</dt>
        <dd>{counts.a.possible.toLocaleString('en')}</dd>
      </div>
      <div className="compare-figures__item">
        <dt>Members of {b.name}</dt>
        <dd>{counts.b.possible.toLocaleString('en')}</dd>
      </div>
      <div className="compare-figures__item">
        <dt>Shared</dt>
        <dd>{counts.both.possible.toLocaleString('en')}</dd>
      </div>
      <div className="compare-figures__item">
        <dt>Jaccard similarity</dt>
        <dd>
          {percent(jaccard)}{' '}
          <span className="compare-figures__detail">
            ({counts.both.possible.toLocaleString('en')} shared of {counts.union.possible.toLocaleString('en')} {unit} in either)
          </span>
        </dd>
      </div>
    </dl>
  )
}
