import type { Problem } from '../domain/dataset/types'
import { formatCount } from '../domain/format/counts'

export interface ProblemListProps {
  readonly problems: readonly Problem[]
  /** How many problems there are in all; the list may hold fewer. */
  readonly count?: number
  /** How many to show before "and N more". */
  readonly limit?: number
}

/** A validator's findings as a list a person can act on: path first, then the sentence. */
export function ProblemList({ problems, count = problems.length, limit = 50 }: ProblemListProps) {
  if (problems.length === 0) return null
  const shown = problems.slice(0, limit)
  const more = Math.max(count, problems.length) - shown.length
  return (
    <>
      <ul className="problem-list">
        {shown.map((problem, index) => (
          <li key={index}>
            {problem.path ? (
              <>
                <code>
                  <bdi>{problem.path}</bdi>
                </code>
                {': '}
              </>
            ) : null}
            <bdi>{problem.message}</bdi>
          </li>
        ))}
      </ul>
      {more > 0 ? <p>…and {formatCount(more)} more.</p> : null}
    </>
  )
}
