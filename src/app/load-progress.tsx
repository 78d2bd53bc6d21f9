import { progressShare, progressText } from '../domain/format/progress'
import type { LoadProgress } from '../store/atlas-store'
import { cancelLoading } from '../store/dataset-loader'

/** Progress of a load, a bar a screen reader can follow, and a Cancel button. */
export function LoadProgressLine({ label, progress }: { label: string; progress: LoadProgress | null }) {
  const share = progressShare(progress)
  return (
    <section className="load-progress" aria-label="Dataset loading">
      <p className="load-progress__text" role="status">
        Loading <bdi>{label}</bdi>… {progressText(progress)}
      </p>
      {share !== null ? (
        <progress className="load-progress__bar" max={1} value={share} aria-label={`Loading ${label}`} />
      ) : null}
      <button type="button" className="button" onClick={cancelLoading}>
        Cancel
      </button>
    </section>
  )
}
