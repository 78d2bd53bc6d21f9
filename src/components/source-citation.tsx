import type { Dataset, Source } from '../domain/dataset/types'
import { sourceMeta } from '../domain/format/sources'
import { ExternalLink } from './external-link'

/** One source as every list shows it: its title as a link, then publisher, date, kind, when read, and an archived copy. */
export function SourceCitation({ source }: { source: Source }) {
  const meta = sourceMeta(source)
  return (
    <>
      <ExternalLink href={source.url}>
        <bdi>{source.title}</bdi>
      </ExternalLink>
      {meta ? (
        <span className="source-meta">
          {' — '}
          <bdi>{meta}</bdi>
        </span>
      ) : null}
      {source.archived && source.archived !== source.url ? (
        <span className="source-meta">
          {' · '}
          <ExternalLink href={source.archived}>archived copy</ExternalLink>
        </span>
      ) : null}
    </>
  )
}

/** The sources behind ids, as a list; an id the dataset lacks is shown as itself. */
export function SourceList({
  ids,
  dataset,
  className,
}: {
  ids: readonly string[]
  dataset: Dataset
  className?: string
}) {
  return (
    <ul className={className}>
      {ids.map((id) => {
        const source = dataset.sourceById.get(id)
        return <li key={id}>{source ? <SourceCitation source={source} /> : <bdi>{id}</bdi>}</li>
      })}
    </ul>
  )
}
