import { useState } from 'react'
import { CiteButton } from '../components/cite/cite-button'
import { SectionLink } from '../components/page-sections/section-link'
import { usePrinting } from '../components/page-sections/use-printing'
import { formatPartialDate } from '../domain/format/dates'
import { excerpt } from '../domain/format/excerpt'
import { useAtlasStore } from '../store/atlas-store'
import type { CiteRequest } from '../store/citation'
import { DatasetControls } from './dataset-controls'
import { selectCitable, selectDataset, selectOrigin } from '../store/selectors'
import './site-header.css'

export function SiteHeader() {
  const dataset = useAtlasStore(selectDataset)
  const origin = useAtlasStore(selectOrigin)
  const citable = useAtlasStore(selectCitable)
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="brand" aria-hidden={dataset ? undefined : true}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="12" cy="16" r="9" />
            <circle cx="20" cy="16" r="9" />
          </svg>
          Coalition Atlas
        </p>
        {dataset ? (
          <div className="site-header__dataset">
            <h1>
              <bdi>{dataset.title}</bdi>
            </h1>
            <p className="site-header__purpose">
              Who belongs to which coalition, since when, and on what evidence: every count is as of the day you choose.
            </p>
            {dataset.description ? <DatasetDescription text={dataset.description} /> : null}
            <p className="site-header__meta">
              <span>Updated {formatPartialDate(dataset.updated)}</span>
              <span aria-hidden="true"> · </span>
              <SectionLink id="sources">{dataset.sources.length} sources</SectionLink>
              <span aria-hidden="true"> · </span>
              <span className="site-header__origin" title={origin?.kind === 'bundled' ? undefined : origin?.label}>
                {origin?.kind === 'bundled' ? (
                  'Bundled dataset'
                ) : (
                  <>
                    {origin?.kind === 'file' ? 'From file ' : origin?.kind === 'import' ? 'Imported from ' : 'From '}
                    <bdi>{shortLabel(origin?.label ?? 'unknown source')}</bdi>
                  </>
                )}
              </span>
            </p>
          </div>
        ) : (
          <h1 className="site-header__placeholder">Coalition Atlas</h1>
        )}
        <div className="site-header__actions">
          {dataset ? <CiteButton look="button" what="this view" cite={citable ? PAGE_CITATION : null} /> : null}
          <DatasetControls />
        </div>
      </div>
    </header>
  )
}

const PAGE_CITATION: CiteRequest = { view: { kind: 'page' }, anchor: null }

/** Past this many characters the description shows its start, and the rest on request. */
const DESCRIPTION_EXCERPT = 160

/** The dataset's own description (data: isolated, never interpreted); a long one is cut, in full on request and in print. */
function DatasetDescription({ text }: { text: string }) {
  const [open, setOpen] = useState(false)
  const printing = usePrinting()
  const short = excerpt(text, DESCRIPTION_EXCERPT)
  const whole = short === null || open || printing
  return (
    <p className="site-header__description">
      <bdi>{whole ? text : short}</bdi>
      {short !== null ? (
        <>
          {' '}
          <button type="button" className="site-header__more" onClick={() => setOpen(!open)}>
            {open ? 'Show less' : 'Read more'}
            <span className="visually-hidden"> of the dataset’s description</span>
          </button>
        </>
      ) : null}
    </p>
  )
}

/** A file name or link as the header shows it: a 6,000-character link must not widen the page. */
function shortLabel(label: string): string {
  return label.length > 80 ? `${label.slice(0, 60)}…${label.slice(-15)}` : label
}
