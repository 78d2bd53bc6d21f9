import { formatBytes } from '../domain/dataset/bytes'
import { ProblemList } from '../components/problem-list'
import { useAtlasStore } from '../store/atlas-store'
import { selectDataset, selectLoad } from '../store/selectors'

/** Over a dataset already on screen: progress while another loads, and why one was refused. */
export function LoadAlert() {
  const dataset = useAtlasStore(selectDataset)
  const load = useAtlasStore(selectLoad)
  const dismiss = useAtlasStore((state) => state.dismissLoadError)
  if (!dataset) return null
  if (load.status === 'loading') {
    const progress = load.progress
    return (
      <p className="load-banner" role="status">
        Loading {load.origin?.label ?? 'dataset'}…
        {progress && progress.loaded > 0 ? ` ${formatBytes(progress.loaded)}${progress.total > 0 ? ` of ${formatBytes(progress.total)}` : ''} received.` : ''}
      </p>
    )
  }
  if (load.status !== 'error') return null
  return (
    <div className="load-alert" role="alert">
      <p className="load-alert__title">
        <strong>{load.origin?.label ?? 'The document'} was not loaded.</strong> {load.reason}
      </p>
      <ProblemList problems={load.problems} />
      <p className="load-alert__keep">The dataset on screen has not changed.</p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
