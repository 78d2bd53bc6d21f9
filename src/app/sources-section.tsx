import { formatPartialDate } from '../domain/dates'
import { ExternalLink } from '../components/external-link'
import { useAtlasStore } from '../store/atlas-store'
import { selectDataset } from '../store/selectors'

export function SourcesSection() {
  const dataset = useAtlasStore(selectDataset)
  if (!dataset) return null
  return (
    <section className="section" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="section__lede">Every membership on this page cites one or more of these {dataset.sources.length} sources.</p>
      <ol className="source-list">
        {dataset.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <ExternalLink href={source.url}>{source.title}</ExternalLink>
            <span className="source-list__meta">
              {[source.publisher, source.date ? formatPartialDate(source.date) : null].filter(Boolean).join(', ')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
