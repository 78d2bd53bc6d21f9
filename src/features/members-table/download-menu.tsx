import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { MembersDownload } from '../../domain/members/membership-list'

const CHOICES: readonly { kind: MembersDownload; label: string }[] = [
  { kind: 'membership-list', label: 'Membership list (one row per membership)' },
  { kind: 'organizations', label: 'Organizations as shown' },
]

/**
 * "Download CSV": a disclosure of two buttons, the membership list first. Plain buttons in a list
 * rather than an ARIA menu, so Tab, Enter and Space work as everywhere else; Escape closes it.
 */
export function DownloadMenu({ id, onChoose }: { id: string; onChoose: (kind: MembersDownload) => void }) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelId = `${id}-panel`

  // A click elsewhere closes it, as a native drop-down would.
  useEffect(() => {
    if (!open) return undefined
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  }

  return (
    <div className="download-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className="button button--primary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Download CSV
      </button>
      {open ? (
        <ul id={panelId} className="download-menu__panel" aria-label="CSV downloads">
          {CHOICES.map((choice) => (
            <li key={choice.kind}>
              <button
                type="button"
                className="download-menu__choice"
                onKeyDown={closeOnEscape}
                onClick={() => {
                  close()
                  onChoose(choice.kind)
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
