import { formatPartialDate } from '../domain/format/dates'
import { useAtlasStore } from '../store/atlas-store'
import { DatasetControls } from './dataset-controls'
import { selectDataset, selectOrigin } from '../store/selectors'

export function SiteHeader() {
  const dataset = useAtlasStore(selectDataset)
  const origin = useAtlasStore(selectOrigin)
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
            <h1>{dataset.title}</h1>
            <p className="site-header__meta">
              <span>Updated {formatPartialDate(dataset.updated)}</span>
              <span aria-hidden="true"> · </span>
              <a href="#sources">{dataset.sources.length} sources</a>
              <span aria-hidden="true"> · </span>
              <span>
                {origin?.kind === 'bundled' ? 'Bundled dataset' : origin?.kind === 'file' ? `From file ${origin.label}` : `From ${origin?.label ?? 'unknown source'}`}
              </span>
            </p>
          </div>
        ) : (
          <h1 className="site-header__placeholder">Coalition Atlas</h1>
        )}
        <DatasetControls />
      </div>
    </header>
  )
}
