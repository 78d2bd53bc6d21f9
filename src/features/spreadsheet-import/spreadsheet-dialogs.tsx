import { lazy, Suspense } from 'react'
import { closeFormatHelp, closeImport, useOpenDialogs } from './import-requests'

// The importer and the help are loaded when first opened: neither is part of the first paint.
const ImportDialog = lazy(() => import('./import-dialog'))
const FormatHelpDialog = lazy(() => import('./format-help'))

/** Where the importer and the format help appear when asked for (rendered once, by the app). */
export function SpreadsheetDialogs() {
  const { importer, formatHelp } = useOpenDialogs()
  return (
    <Suspense fallback={null}>
      {importer ? (
        <ImportDialog key={importer.id} start={importer.start} opener={importer.opener} onClose={closeImport} />
      ) : null}
      {formatHelp ? <FormatHelpDialog onClose={closeFormatHelp} /> : null}
    </Suspense>
  )
}
