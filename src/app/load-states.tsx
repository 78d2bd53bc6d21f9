import { ProblemList } from '../components/problem-list'
import { useAtlasStore } from '../store/atlas-store'
import { selectLoad } from '../store/selectors'
import { LoadProgressLine } from './load-progress'

export function LoadingState() {
  const load = useAtlasStore(selectLoad)
  return (
    <section className="state-panel" aria-live="polite">
      <LoadProgressLine label={load.origin?.label ?? 'dataset'} progress={load.progress} />
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
        {load.origin ? (
          <>
            Source: <bdi>{load.origin.label}</bdi>.{' '}
          </>
        ) : null}
        <bdi>{load.reason}</bdi>
      </p>
      <ProblemList problems={load.problems} count={load.problemCount} />
    </section>
  )
}
