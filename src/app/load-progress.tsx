import { formatBytes } from '../domain/dataset/bytes'
import { formatPercent } from '../domain/format/percent'
import type { LoadProgress } from '../store/atlas-store'
import { cancelLoading } from '../store/dataset-loader'

/** "Reading: 12.0 MB of 45.0 MB (27%)", "Checking: 40%", "Building the dataset…" */
export function progressText(progress: LoadProgress | null): string {
  if (!progress) return ''
  if (progress.phase === 'reading') {
    if (progress.loaded === 0) return 'Waiting for the first bytes…'
    return progress.total > 0
      ? `Reading: ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)} (${formatPercent(progress.loaded / progress.total, 0)})`
      : `Reading: ${formatBytes(progress.loaded)} received`
  }
  if (progress.phase === 'checking') return progress.checked === null ? 'Checking…' : `Checking: ${formatPercent(progress.checked, 0)}`
  return 'Building the dataset…'
}

/** Progress of a load, a bar a screen reader can follow, and a Cancel button. */
export function LoadProgressLine({ label, progress }: { label: string; progress: LoadProgress | null }) {
  const share =
    progress === null ? null : progress.phase === 'reading' ? (progress.total > 0 ? progress.loaded / progress.total : null) : progress.phase === 'checking' ? progress.checked : 1
  return (
    <section className="load-progress" aria-label="Dataset loading">
      <p className="load-progress__text" role="status">
        Loading <bdi>{label}</bdi>… {progressText(progress)}
      </p>
      {share !== null ? <progress className="load-progress__bar" max={1} value={share} aria-label={`Loading ${label}`} /> : null}
      <button type="button" className="button" onClick={cancelLoading}>
        Cancel
      </button>
    </section>
  )
}
