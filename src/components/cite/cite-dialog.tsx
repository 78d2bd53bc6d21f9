import { useEffect, useId, useRef, useState } from 'react'
import type { Citation } from '../../domain/cite/citation'
import { currentCitation, type CiteRequest } from '../../store/citation'
import { formatIsoDay, formatPartialDate } from '../../domain/format/dates'
import { useModalDialog } from '../use-modal-dialog'
import '../modal-dialog.css'

type Form = 'text' | 'bibtex'

/** Each form's heading, and its name within a sentence. */
const FORM_NAMES: Record<Form, { heading: string; inline: string }> = {
  text: { heading: 'Plain text', inline: 'plain text' },
  bibtex: { heading: 'BibTeX', inline: 'BibTeX' },
}

/** The citation of `request`, written once, as the page stands when the button was pressed (this code arrives a moment later; nothing changes meanwhile). */
export default function CiteDialogFor({
  title,
  request,
  onClose,
}: {
  title: string
  request: CiteRequest
  onClose: () => void
}) {
  const [citation] = useState(() => currentCitation(request))
  // Nothing to cite (the dataset went away meanwhile): no dialog, and the button is free again.
  useEffect(() => {
    if (citation === null) onClose()
  }, [citation, onClose])
  return citation ? <CiteDialog title={title} citation={citation} onClose={onClose} /> : null
}

/** The citation of a view in plain text and in BibTeX, each with a Copy button (see CiteButton). */
function CiteDialog({ title, citation, onClose }: { title: string; citation: Citation; onClose: () => void }) {
  const { dialogRef, headingRef, titleId, onDialogClose } = useModalDialog(onClose)
  const fields = useRef<Record<Form, HTMLTextAreaElement | null>>({ text: null, bibtex: null })
  const [status, setStatus] = useState('')
  const { facts } = citation

  const copy = async (form: Form) => {
    setStatus('')
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(form === 'text' ? citation.text : citation.bibtex)
      setStatus(`${FORM_NAMES[form].heading} copied.`)
    } catch {
      // No permission, or a page the browser will not let write: the text, selected, to copy by hand.
      const field = fields.current[form]
      field?.focus()
      field?.select()
      setStatus(
        `The browser did not allow copying: the ${FORM_NAMES[form].inline} is selected, copy it with Ctrl+C (⌘C on a Mac).`,
      )
    }
  }

  return (
    <dialog ref={dialogRef} className="modal-dialog cite-dialog" aria-labelledby={titleId} onClose={onDialogClose}>
      <div className="modal-dialog__inner">
        <header className="modal-dialog__header cite-dialog__header">
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {facts.view ? (
            <p className="cite-dialog__view">
              <bdi>{facts.view}</bdi>
            </p>
          ) : null}
        </header>
        <div className="cite-dialog__body">
          <dl className="cite-facts">
            <div>
              <dt>Dataset</dt>
              <dd>
                <bdi>{facts.title}</bdi>
              </dd>
            </div>
            <div>
              <dt>Publisher</dt>
              <dd>
                <bdi>{facts.publisher}</bdi>
              </dd>
            </div>
            <div>
              <dt>Updated</dt>
              <dd>{formatPartialDate(facts.updated)}</dd>
            </div>
            <div>
              <dt>Content hash</dt>
              <dd>
                <code>{facts.hash}</code>
                <span className="cite-facts__note">
                  {' '}
                  (the same file always gives the same hash; a link carrying it says when the data has changed since)
                </span>
              </dd>
            </div>
            <div>
              <dt>Link</dt>
              <dd className="cite-facts__url">{facts.url}</dd>
            </div>
            <div>
              <dt>Accessed</dt>
              <dd>{formatIsoDay(facts.accessed)}</dd>
            </div>
            <div>
              <dt>Licence</dt>
              <dd>
                {facts.license ? (
                  <bdi>{facts.license}</bdi>
                ) : (
                  'Not stated in the dataset: ask its publisher before reusing the data.'
                )}
              </dd>
            </div>
          </dl>
          {(['text', 'bibtex'] as const).map((form) => (
            <CitationField
              key={form}
              form={form}
              value={form === 'text' ? citation.text : citation.bibtex}
              fieldRef={(element) => {
                fields.current[form] = element
              }}
              onCopy={() => void copy(form)}
            />
          ))}
          <p className="cite-dialog__status" role="status">
            {status}
          </p>
        </div>
        <footer className="cite-dialog__footer">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </footer>
      </div>
    </dialog>
  )
}

function CitationField({
  form,
  value,
  fieldRef,
  onCopy,
}: {
  form: Form
  value: string
  fieldRef: (element: HTMLTextAreaElement | null) => void
  onCopy: () => void
}) {
  const id = useId()
  const name = FORM_NAMES[form]
  return (
    <section className="cite-form" aria-labelledby={id}>
      <div className="cite-form__head">
        <h3 id={id}>{name.heading}</h3>
        <button type="button" className="button" onClick={onCopy}>
          Copy {name.inline}
        </button>
      </div>
      <textarea
        ref={fieldRef}
        className={`cite-form__field cite-form__field--${form}`}
        aria-labelledby={id}
        readOnly
        spellCheck={false}
        rows={form === 'bibtex' ? value.split('\n').length : 4}
        value={value}
        onFocus={(event) => event.currentTarget.select()}
      />
    </section>
  )
}
