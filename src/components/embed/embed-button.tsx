import { lazy, Suspense, useRef, useState } from 'react'
import type { EmbedRequest } from '../../store/embed-link'

const EmbedDialog = lazy(() => import('./embed-dialog'))

export interface EmbedButtonProps {
  /** What is embedded, as the button's accessible name ends: "sector chart" gives "Embed sector chart". */
  readonly name: string
  /** The embed of the view as it is when the button is pressed. */
  readonly request: () => EmbedRequest
  readonly className?: string
}

/**
 * "Embed": opens a dialog with the HTML a host pastes to show this view alone in its own page. The
 * view's embed is read when the button is pressed, so the snippet always matches the screen.
 */
export function EmbedButton({ name, request, className }: EmbedButtonProps) {
  const [open, setOpen] = useState<EmbedRequest | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button ref={buttonRef} type="button" className={className ?? 'button'} onClick={() => setOpen(request())}>
        Embed
        <span className="visually-hidden">
          {' '}
          <bdi>{name}</bdi>
        </span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog
            request={open}
            onClose={() => {
              setOpen(null)
              buttonRef.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
