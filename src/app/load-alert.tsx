import { ProblemList } from '../components/problem-list'
import { formatCount } from '../domain/format/counts'
import { useAtlasStore } from '../store/atlas-store'
import { selectDataset, selectLoad } from '../store/selectors'
import { LoadProgressLine } from './load-progress'

/** Over a dataset already on screen: progress while another loads, why one was refused, a load's
 *  notice (cancelled), and the fields the format does not name, collapsed. */
export function LoadAlert() {
  const dataset = useAtlasStore(selectDataset)
  const load = useAtlasStore(selectLoad)
  const dismiss = useAtlasStore((state) => state.dismissLoadError)
  if (!dataset) return null
  if (load.status === 'loading') {
    return (
      <div className="load-banner">
        <LoadProgressLine label={load.origin?.label ?? 'dataset'} progress={load.progress} />
        <p className="load-banner__keep">You can keep using the dataset on screen meanwhile.</p>
      </div>
    )
  }
  if (load.status === 'error') {
    return (
      <div className="load-alert" role="alert">
        <p className="load-alert__title">
          <strong>
            <bdi>{load.origin?.label ?? 'The document'}</bdi> was not loaded.
          </strong>{' '}
          <bdi>{load.reason}</bdi>
        </p>
        <ProblemList problems={load.problems} count={load.problemCount} />
        <p className="load-alert__keep">The dataset on screen has not changed.</p>
        <button type="button" className="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    )
  }
  if (!load.notice && load.warnings.length === 0) return null
  return (
    <div className="load-banner">
      {load.notice ? (
        <p className="load-banner__notice" role="status">
          <bdi>{load.notice}</bdi>{' '}
          <button type="button" className="button button--small" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
      {load.warnings.length > 0 ? (
        <details className="load-banner__warnings">
          <summary>
            The dataset has {formatCount(load.warnings.length)}{' '}
            {load.warnings.length === 1 ? 'field' : 'kinds of field'} this format does not name;{' '}
            {load.warnings.length === 1 ? 'it was' : 'they were'} ignored.
          </summary>
          <ProblemList problems={load.warnings} />
        </details>
      ) : null}
    </div>
  )
}
