import { useId, useMemo, useState, type ReactNode } from 'react'
import type { Comparison } from '../../domain/compare/coalitions'
import { exportFileName } from '../../domain/export/file-names'
import type { Dataset } from '../../domain/dataset/types'
import { downloadBlob } from '../../components/download'
import { useAtlasStore } from '../../store/atlas-store'
import { selectFamily } from '../../store/selectors'
import { isolate } from '../../domain/format/isolate'

interface Props {
  readonly dataset: Dataset
  readonly aId: string
  readonly bId: string
  readonly comparison: Comparison
  readonly asOf: string
  /** More buttons beside the CSV download (the comparison's "Embed"). */
  readonly actions?: ReactNode
}

/** The pair, Swap, the family switch and the comparison's CSV. */
export function CompareControls({ dataset, aId, bId, comparison, asOf, actions }: Props) {
  const family = useAtlasStore(selectFamily)
  const chooseComparison = useAtlasStore((state) => state.chooseComparison)
  const countFamilies = useAtlasStore((state) => state.countFamilies)
  const swapComparison = useAtlasStore((state) => state.swapComparison)
  const [status, setStatus] = useState('')
  const aFieldId = useId()
  const bFieldId = useId()
  const pickerHintId = useId()
  const familyHintId = useId()

  // One real parent/subsidiary pair from the data makes the switch concrete.
  const familyExample = useMemo(() => {
    const child = dataset.organizations.find((organization) => organization.parentId !== undefined)
    const parent = child?.parentId ? dataset.organizationById.get(child.parentId) : undefined
    return child && parent ? `${isolate(child.name)} counts as ${isolate(parent.name)}` : null
  }, [dataset])
  const hasFamilies = familyExample !== null

  const downloadCsv = async () => {
    const [{ csvBlob }, { comparisonCsv }] = await Promise.all([
      import('../../domain/export/csv'),
      import('../../domain/compare/csv'),
    ])
    const { header, rows } = comparisonCsv(dataset, comparison)
    const name = exportFileName(
      ['coalition-atlas', 'comparison', comparison.a.name, 'vs', comparison.b.name, asOf],
      'csv',
    )
    downloadBlob(csvBlob(header, rows), name)
    setStatus(`Downloaded ${name}`)
  }

  return (
    <div className="compare-controls">
      <div className="compare-controls__pair">
        <div className="field">
          <label htmlFor={aFieldId}>Coalition A</label>
          <select
            id={aFieldId}
            value={aId}
            aria-describedby={pickerHintId}
            onChange={(event) => chooseComparison(event.target.value, bId)}
          >
            {dataset.coalitions.map((coalition) => (
              <option key={coalition.id} value={coalition.id} disabled={coalition.id === bId}>
                {isolate(coalition.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button compare-controls__swap" onClick={swapComparison}>
          <span aria-hidden="true">⇄</span> Swap
        </button>
        <div className="field">
          <label htmlFor={bFieldId}>Coalition B</label>
          <select
            id={bFieldId}
            value={bId}
            aria-describedby={pickerHintId}
            onChange={(event) => chooseComparison(aId, event.target.value)}
          >
            {dataset.coalitions.map((coalition) => (
              <option key={coalition.id} value={coalition.id} disabled={coalition.id === aId}>
                {isolate(coalition.name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="compare-controls__hint" id={pickerHintId}>
        A coalition cannot be compared with itself: each side’s choice is unavailable on the other side. Swap exchanges
        them.
      </p>
      <div className="compare-controls__row">
        <div className="compare-controls__family">
          <label className="compare-check">
            <input
              type="checkbox"
              checked={family}
              aria-describedby={familyHintId}
              onChange={(event) => countFamilies(event.target.checked)}
            />
            Count subsidiaries under their parent
          </label>
          <p className="compare-controls__hint" id={familyHintId}>
            {hasFamilies
              ? `A corporate family counts once, under its parent’s name (${familyExample}), and is shared when any of its members is in each coalition.`
              : 'This dataset names no parent companies, so every organization counts on its own either way.'}
          </p>
        </div>
        <div className="compare-controls__actions">
          <button type="button" className="button" onClick={() => void downloadCsv()}>
            Download comparison CSV
          </button>
          {actions}
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
