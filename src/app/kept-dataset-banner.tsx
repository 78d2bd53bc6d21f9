import { keptDatasetParts } from '../domain/format/kept'
import { useAtlasStore } from '../store/atlas-store'
import { resetToBundledDataset } from '../store/dataset-loader'
import { selectOrigin } from '../store/selectors'

/** Says which dataset is shown when it is one kept in this browser, with the way back to the bundled one (which also forgets it). */
export function KeptDatasetBanner() {
  const origin = useAtlasStore(selectOrigin)
  if (!origin?.kept || origin.kind === 'bundled') return null
  const words = keptDatasetParts(origin.kind, origin.kept.savedOn)
  return (
    <section className="kept-banner" aria-label="Dataset kept in this browser">
      <p className="kept-banner__text">
        {words.before}
        <bdi className="kept-banner__name">{origin.label}</bdi>
        {words.after}
      </p>
      <button type="button" className="button" onClick={() => void resetToBundledDataset()}>
        Reset to bundled dataset
      </button>
    </section>
  )
}
