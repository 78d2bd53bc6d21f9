import { useId, useState } from 'react'
import { downloadBlob } from '../../components/download'
import { exportFileName } from '../../domain/export/file-names'
import { useAtlasStore } from '../../store/atlas-store'
import { selectDataset } from '../../store/selectors'
import { openFormatHelp, startImport } from './import-requests'
import './spreadsheet-controls.css'

let prefetched = false
function prefetchImporter(): void {
  if (prefetched) return
  prefetched = true
  void import('./import-dialog')
}

/**
 * Spreadsheets in and out, in the "Use your own data" panel: import a sheet (a file, or rows
 * pasted), the template, the format help, and the dataset on screen as a spreadsheet or as JSON.
 * `onStart` closes the panel so the dialog is not hidden under it.
 */
export function SpreadsheetControls({ onStart }: { onStart: () => void }) {
  const dataset = useAtlasStore(selectDataset)
  const inputId = useId()
  const hintId = useId()
  const [failure, setFailure] = useState<string | null>(null)

  // Export code (Papa Parse's writer, the serializer) loads on the click, not with the page.
  const run = (work: () => Promise<void>) => {
    setFailure(null)
    work().catch((error: unknown) =>
      setFailure(`The download could not be made (${error instanceof Error ? error.message : String(error)}).`),
    )
  }

  const downloadSpreadsheet = () =>
    run(async () => {
      if (!dataset) return
      const [{ datasetSpreadsheet }, { csvBlob }] = await Promise.all([
        import('../../domain/import/spreadsheet-export'),
        import('../../domain/export/csv'),
      ])
      const { header, rows } = datasetSpreadsheet(dataset)
      downloadBlob(csvBlob(header, rows), exportFileName([dataset.title, 'memberships'], 'csv'))
    })

  const downloadJson = () =>
    run(async () => {
      if (!dataset) return
      const { datasetJson } = await import('../../domain/export/dataset-document')
      downloadBlob(
        new Blob([datasetJson(dataset)], { type: 'application/json' }),
        exportFileName([dataset.title], 'json'),
      )
    })

  const downloadTemplate = () =>
    run(async () => {
      const [{ templateSpreadsheet }, { csvBlob }] = await Promise.all([
        import('../../domain/import/spreadsheet-export'),
        import('../../domain/export/csv'),
      ])
      const { header, rows } = templateSpreadsheet()
      downloadBlob(csvBlob(header, rows), 'coalition-atlas-template.csv')
    })

  return (
    // The importer's code starts loading as soon as a pointer or focus comes near it.
    <div className="spreadsheet-controls" onPointerEnter={prefetchImporter} onFocus={prefetchImporter}>
      <div className="field">
        <label htmlFor={inputId}>Import spreadsheet</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          aria-describedby={hintId}
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared so the same file, fixed, can be chosen again.
            event.target.value = ''
            if (!file) return
            // The file input itself: after the browser's file picker the focus may be nowhere.
            const opener = event.currentTarget
            onStart()
            startImport({ kind: 'file', file }, opener)
          }}
        />
        <p className="dataset-controls__hint" id={hintId}>
          CSV, TSV or Excel (.xlsx), one row per membership; you choose what each column means before anything changes.
          You can also drop it on the page.
        </p>
      </div>
      <div className="spreadsheet-controls__buttons">
        <button
          type="button"
          className="button button--small"
          onClick={(event) => {
            const opener = event.currentTarget
            onStart()
            startImport({ kind: 'paste' }, opener)
          }}
        >
          Paste rows…
        </button>
        <button type="button" className="button button--small" onClick={downloadTemplate}>
          Download template
        </button>
        <button type="button" className="button button--small" onClick={openFormatHelp}>
          Format help
        </button>
      </div>
      <div className="spreadsheet-controls__buttons">
        <button type="button" className="button button--small" disabled={!dataset} onClick={downloadSpreadsheet}>
          Download dataset as spreadsheet
        </button>
        <button type="button" className="button button--small" disabled={!dataset} onClick={downloadJson}>
          Download dataset as JSON
        </button>
      </div>
      {failure ? (
        <p className="dataset-controls__hint" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  )
}
