import { lazy, Suspense, useId, useRef, useState, type FormEvent } from 'react'
import { loadUserFile, loadUserUrl, resetToBundledDataset } from '../store/dataset-loader'
import { useAtlasStore } from '../store/atlas-store'
import { selectOrigin } from '../store/selectors'

// The spreadsheet controls load when the panel first opens, not with the page.
const SpreadsheetControls = lazy(() =>
  import('../features/spreadsheet-import/spreadsheet-controls').then((module) => ({
    default: module.SpreadsheetControls,
  })),
)

/** Bring your own dataset: a file, a link, or back to the bundled one. */
export function DatasetControls() {
  const origin = useAtlasStore(selectOrigin)
  const panel = useRef<HTMLDetailsElement>(null)
  const [link, setLink] = useState('')
  const [opened, setOpened] = useState(false)
  const linkId = useId()

  // Close the panel once a load starts, so its progress or refusal is not hidden under it.
  const close = () => {
    if (panel.current) panel.current.open = false
  }

  const submitLink = (event: FormEvent) => {
    event.preventDefault()
    if (!link.trim()) return
    close()
    void loadUserUrl(link.trim())
  }

  return (
    <details
      className="dataset-controls"
      ref={panel}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true)
      }}
    >
      <summary className="button">Use your own data</summary>
      <div className="dataset-controls__panel">
        <div className="field">
          <label htmlFor="load-dataset">Load dataset</label>
          <input
            id="load-dataset"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0]
              // Clear the input so choosing the same file again (after fixing it) loads it again.
              event.target.value = ''
              if (!file) return
              close()
              void loadUserFile(file)
            }}
          />
          <p className="dataset-controls__hint">
            A JSON file in the Coalition Atlas format (<a href="docs/dataset-format.html">dataset format</a>,{' '}
            <a href="data/coalition-dataset.schema.json">JSON Schema</a>), up to 50 MB. You can also drop it anywhere on
            the page.
          </p>
        </div>
        <form className="dataset-controls__link" onSubmit={submitLink}>
          <div className="field">
            <label htmlFor={linkId}>Dataset link</label>
            <input
              id={linkId}
              type="url"
              inputMode="url"
              placeholder="https://…/coalitions.json"
              value={link}
              onChange={(event) => setLink(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={!link.trim()}>
            Load link
          </button>
        </form>
        <button
          type="button"
          className="button"
          disabled={origin?.kind === 'bundled'}
          onClick={() => {
            close()
            void resetToBundledDataset()
          }}
        >
          Reset to bundled dataset
        </button>
        {opened ? (
          <Suspense fallback={null}>
            <SpreadsheetControls onStart={close} />
          </Suspense>
        ) : null}
      </div>
    </details>
  )
}
