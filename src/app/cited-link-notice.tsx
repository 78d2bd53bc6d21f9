import { citedHashNotice } from '../domain/format/cite'
import { useAtlasStore } from '../store/atlas-store'
import { selectCitedHash, selectDatasetHash, selectLoadStatus } from '../store/selectors'

/**
 * A cited link (`v=` in the address, the content hash of the dataset it was cited from) opened on
 * a dataset with another hash: the numbers may have changed since the citation. Said once the
 * page has settled on a dataset (not over the bundled one a link's own dataset is loading behind),
 * until dismissed; dismissing drops `v` from the address.
 */
export function CitedLinkNotice() {
  const cited = useAtlasStore(selectCitedHash)
  const shown = useAtlasStore(selectDatasetHash)
  const status = useAtlasStore(selectLoadStatus)
  const dismissCitedHash = useAtlasStore((state) => state.dismissCitedHash)
  if (cited === null || shown === null || cited === shown || status === 'loading') return null
  const { title, text } = citedHashNotice(cited, shown)
  return (
    <div className="load-alert cited-notice" role="status">
      <p className="load-alert__title">
        <strong>{title}</strong>
      </p>
      <p className="cited-notice__text">{text}</p>
      <button type="button" className="button" onClick={dismissCitedHash}>
        Dismiss<span className="visually-hidden"> the notice about the cited link</span>
      </button>
    </div>
  )
}
