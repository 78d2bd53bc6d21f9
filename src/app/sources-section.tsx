import { useState } from 'react'
import { usePrinting } from '../components/page-sections/use-printing'
import { SectionHead } from '../components/page-sections/section-head'
import { sectionTitleId } from '../components/page-sections/sections'
import { formatPartialDate } from '../domain/format/dates'
import { ExternalLink } from '../components/external-link'
import { useAtlasStore } from '../store/atlas-store'
import { selectDataset } from '../store/selectors'

/** Large user datasets cite thousands of sources; the list opens in full only when asked. */
const FIRST_SOURCES = 60

export function SourcesSection() {
  const dataset = useAtlasStore(selectDataset)
  const [showAll, setShowAll] = useState(false)
  // On paper every source is listed: there is no button to press there.
  const printing = usePrinting()
  if (!dataset) return null
  const shown = showAll || printing ? dataset.sources : dataset.sources.slice(0, FIRST_SOURCES)
  return (
    <section className="section" id="sources" aria-labelledby={sectionTitleId('sources')}>
      <SectionHead section="sources">Sources</SectionHead>
      <p className="section__lede">
        Every membership on this page cites one or more of these {dataset.sources.length} sources.
      </p>
      <ol className="source-list">
        {shown.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <ExternalLink href={source.url}>
              <bdi>{source.title}</bdi>
            </ExternalLink>
            <span className="source-list__meta">
              {[source.publisher, source.date ? formatPartialDate(source.date) : null].filter(Boolean).join(', ')}
            </span>
          </li>
        ))}
      </ol>
      {shown.length < dataset.sources.length ? (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {dataset.sources.length} sources
        </button>
      ) : null}
    </section>
  )
}
