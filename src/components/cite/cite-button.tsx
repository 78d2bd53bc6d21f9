import { lazy, Suspense, useState } from 'react'
import type { CiteRequest } from '../../store/citation'
import './cite.css'

// Not part of the first visit: the dialog, and the code that writes citations, come when a reader
// first asks for a citation.
const CiteDialog = lazy(() => import('./cite-dialog'))

/**
 * "Cite": opens a dialog with the citation of a view in plain text and in BibTeX, each with a Copy
 * button. `what` completes the button's name ("Cite the sector chart"); `cite` says which view, and
 * its citation is written when the button is pressed (the view as it stands then, read on that day). While there is nothing
 * to cite yet (`cite` null: a large dataset's content hash is still being computed) the button is disabled.
 */
export function CiteButton({
  what,
  cite,
  look = 'pill',
}: {
  what: string
  cite: CiteRequest | null
  look?: 'pill' | 'button'
}) {
  const [open, setOpen] = useState<CiteRequest | null>(null)
  return (
    <>
      {/* `pill` beside a section's "Copy link"; `button` among other buttons (a chart's downloads, the header). */}
      <button
        type="button"
        className={look === 'pill' ? 'cite-button' : 'button cite-button--plain'}
        disabled={cite === null}
        title={cite === null ? 'Ready once the dataset’s content hash is computed' : undefined}
        onClick={() => setOpen(cite)}
      >
        <svg className="cite-button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 9.5h3.5V13H3zM3 9.5C3 6.5 4 4.5 6.5 3.5M9.5 9.5H13V13H9.5zM9.5 9.5c0-3 1-5 3.5-6" />
        </svg>
        Cite<span className="visually-hidden"> {what}</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CiteDialog title={`Cite ${what}`} request={open} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </>
  )
}
