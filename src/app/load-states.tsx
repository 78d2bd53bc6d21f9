import { formatBytes } from '../domain/dataset/bytes'
import { ProblemList } from '../components/problem-list'
import { useAtlasStore } from '../store/atlas-store'
import { selectLoad } from '../store/selectors'

export function LoadingState() {
  const load = useAtlasStore(selectLoad)
  const progress = load.progress
  return (
    <section className="state-panel" role="status" aria-live="polite">
      <p className="state-panel__title">Loading {load.origin?.label ?? 'dataset'}…</p>
      {progress && progress.loaded > 0 ? (
        <p>
          {formatBytes(progress.loaded)}
          {progress.total > 0 ? ` of ${formatBytes(progress.total)}` : ''} received
        </p>
      ) : null}
    </section>
  )
}

/** Shown when no dataset could be loaded at all: the reason and every validator message. */
export function DatasetErrorState() {
  const load = useAtlasStore(selectLoad)
  return (
    <section className="state-panel state-panel--error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title" className="state-panel__title">
        The dataset could not be shown
      </h2>
      <p>
        {load.origin ? <>Source: {load.origin.label}. </> : null}
        {load.reason}
      </p>
      <ProblemList problems={load.problems} />
    </section>
  )
}
