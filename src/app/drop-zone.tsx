import { useEffect, useState } from 'react'
import { isSpreadsheetFile, startImport } from '../features/spreadsheet-import/import-requests'
import { loadUserFile } from '../store/dataset-loader'

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** Dropping a file anywhere on the page loads it (a spreadsheet opens the importer); an overlay says so while a file is dragged over. */
export function DropZone() {
  const [active, setActive] = useState(false)

  useEffect(() => {
    let depth = 0
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth++
      setActive(true)
    }
    const onOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setActive(false)
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setActive(false)
      const file = event.dataTransfer?.files[0]
      // A sheet goes to the importer (nothing changes until it is confirmed); anything else is a dataset.
      if (file && isSpreadsheetFile(file)) startImport({ kind: 'file', file })
      else if (file) void loadUserFile(file)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  if (!active) return null
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>Drop a dataset or a spreadsheet to load it</p>
    </div>
  )
}
