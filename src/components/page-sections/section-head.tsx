import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { sectionLabel, sectionTitleId, sectionUrl, type SectionId } from './sections'
import { currentAddress } from '../../store/address-write'
import './page-sections.css'

/**
 * A section's heading and its "Copy link" button, after any other `actions` of the section ("Cite").
 * The heading takes focus (tabIndex -1) when the reader is taken to the section, and labels the
 * section's region (`aria-labelledby`).
 */
export function SectionHead({
  section,
  actions,
  children,
}: {
  section: SectionId
  actions?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="section__head">
      <h2 id={sectionTitleId(section)} tabIndex={-1}>
        {children}
      </h2>
      {actions ? (
        <div className="section__actions">
          {actions}
          <CopySectionLink section={section} />
        </div>
      ) : (
        <CopySectionLink section={section} />
      )}
    </div>
  )
}

/** How long "Link copied" stays: long enough to read, gone before the next copy must be told apart. */
const SAID_FOR_MS = 4000

/**
 * Copies the address of the view on screen (every filter and the date) opening at this section.
 * When the clipboard is refused (no permission, an insecure page), the link is shown in a field,
 * selected, for the reader to copy by hand.
 */
export function CopySectionLink({ section }: { section: SectionId }) {
  const label = sectionLabel(section)
  const [message, setMessage] = useState('')
  const [manual, setManual] = useState<string | null>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  const fieldId = useId()

  useEffect(() => {
    if (!message) return undefined
    const timer = setTimeout(() => setMessage(''), SAID_FOR_MS)
    return () => clearTimeout(timer)
  }, [message])

  useEffect(() => {
    if (manual === null) return
    fieldRef.current?.focus()
    fieldRef.current?.select()
  }, [manual])

  const copy = async () => {
    const link = sectionUrl(currentAddress(), section)
    setMessage('')
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(link)
      setManual(null)
      setMessage('Link copied')
    } catch {
      setManual(link)
      setMessage('Copy the selected link')
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="copy-link__button" onClick={() => void copy()}>
        <svg className="copy-link__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8" />
        </svg>
        Copy link<span className="visually-hidden"> to {label}</span>
      </button>
      <span className="copy-link__status" role="status">
        {message}
      </span>
      {manual !== null ? (
        <span className="copy-link__manual">
          <label className="visually-hidden" htmlFor={fieldId}>
            Link to {label}
          </label>
          <input
            ref={fieldRef}
            id={fieldId}
            type="text"
            readOnly
            value={manual}
            onFocus={(event) => event.currentTarget.select()}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setManual(null)
            }}
          />
        </span>
      ) : null}
    </div>
  )
}
