import type { Problem } from '../domain/dataset/types'

export interface ProblemListProps {
  readonly problems: readonly Problem[]
  /** How many to show before "and N more". */
  readonly limit?: number
}

/** A validator's findings as a list a person can act on: path first, then the sentence. */
export function ProblemList({ problems, limit = 50 }: ProblemListProps) {
  if (problems.length === 0) return null
  const shown = problems.slice(0, limit)
  const more = problems.length - shown.length
  return (
    <>
      <ul className="problem-list">
        {shown.map((problem, index) => (
          <li key={index}>
            {problem.path ? <code>{problem.path}</code> : null}
            {problem.path ? ': ' : null}
            {problem.message}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>…and {more} more.</p> : null}
    </>
  )
}
