import { useEffect, useId, useRef, useState } from 'react'
import { iframeSnippet, readResizeMessage, resizeSnippet, type EmbedTarget } from '../../domain/embed/embed'
import { useAtlasStore } from '../../store/atlas-store'
import { embedRequest, type EmbedRequest } from '../../store/embed-link'
import { useModalDialog } from '../use-modal-dialog'
import { currentAddress } from '../../store/address-write'
import './embed.css'
import '../modal-dialog.css'

/**
 * The HTML that shows one view in another site: the frame (a fixed height, so it works without any
 * script), the optional script that fits the frame to its content, and a live preview of the frame
 * sized by that same message.
 */
export default function EmbedDialogFor({ target, onClose }: { target: EmbedTarget; onClose: () => void }) {
  // Written once, as the page stands when the button was pressed (this code arrives a moment later, nothing changes meanwhile).
  const [request] = useState(() => embedRequest(currentAddress(), useAtlasStore.getState(), target))
  return <EmbedDialog request={request} onClose={onClose} />
}

function EmbedDialog({ request, onClose }: { request: EmbedRequest; onClose: () => void }) {
  const { dialogRef, headingRef, titleId, onDialogClose } = useModalDialog(onClose)
  const previewRef = useRef<HTMLIFrameElement>(null)
  const [previewHeight, setPreviewHeight] = useState(request.height)

  // The preview listens as a host running the script would: its own frame, the atlas's origin.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== request.origin || event.source !== previewRef.current?.contentWindow) return
      const height = readResizeMessage(event.data)
      if (height !== null) setPreviewHeight(height)
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [request.origin])

  return (
    <dialog ref={dialogRef} className="modal-dialog embed-dialog" aria-labelledby={titleId} onClose={onDialogClose}>
      <div className="modal-dialog__inner">
        <header className="modal-dialog__header embed-dialog__header">
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            Embed the <bdi>{request.name}</bdi>
          </h2>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </header>
        <div className="embed-dialog__body">
          <p>
            Paste this HTML into your page to show the <bdi>{request.name}</bdi> alone, as it is on screen now, with a
            line crediting the dataset and a link to the whole view. {request.day}
          </p>
          {request.note ? <p className="embed-dialog__note">{request.note}</p> : null}
          <CopyField label="HTML to paste" what="the HTML" value={iframeSnippet(request)} rows={5} />
          <h3>Fit the frame to its content (optional)</h3>
          <p>
            The frame is {request.height} pixels tall, about the view’s height in a column 640 pixels wide; anything
            taller scrolls inside it. It needs no script. Add this script once to your page to make every frame of this
            atlas exactly as tall as its content. It only listens to messages from <bdi>{request.origin}</bdi>. Where
            your page’s Content-Security-Policy forbids inline scripts, put its content in a file of your own and load
            that instead.
          </p>
          <CopyField label="Resize script" what="the script" value={resizeSnippet(request.origin)} rows={7} />
          <h3>Preview</h3>
          <div className="embed-dialog__preview">
            {/* oxlint-disable-next-line react/iframe-missing-sandbox -- the preview is this site's own page, framed as a host frames it (hosts' snippets carry no sandbox either): a sandbox would have to allow scripts, the same origin and new tabs to preview it, which is no sandbox */}
            <iframe
              ref={previewRef}
              src={request.src}
              title={`Preview: ${request.title}`}
              width="100%"
              height={previewHeight}
            />
          </div>
        </div>
      </div>
    </dialog>
  )
}

/** How long "Copied" stays. */
const SAID_FOR_MS = 4000

/**
 * A read-only field and its "Copy" button. When the clipboard refuses (no permission, an insecure
 * page), the text is selected in the field for the reader to copy by hand.
 */
function CopyField({ label, what, value, rows }: { label: string; what: string; value: string; rows: number }) {
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const [message, setMessage] = useState('')
  const fieldId = useId()

  useEffect(() => {
    if (!message) return undefined
    const timer = setTimeout(() => setMessage(''), SAID_FOR_MS)
    return () => clearTimeout(timer)
  }, [message])

  const copy = async () => {
    setMessage('')
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(value)
      setMessage('Copied')
    } catch {
      fieldRef.current?.focus()
      fieldRef.current?.select()
      setMessage('The browser did not allow copying: the text is selected, copy it with Ctrl+C (⌘C on a Mac).')
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={fieldId} className="copy-field__label">
        {label}
      </label>
      <textarea
        ref={fieldRef}
        id={fieldId}
        className="copy-field__text"
        readOnly
        rows={rows}
        value={value}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="copy-field__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> {what}</span>
        </button>
        <span className="copy-field__status" role="status">
          {message}
        </span>
      </div>
    </div>
  )
}
