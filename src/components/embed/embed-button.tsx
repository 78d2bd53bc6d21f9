import { lazy, Suspense, useState } from 'react'
import type { EmbedTarget } from '../../domain/embed/embed'

// Not part of the first visit: the dialog, and the code that writes the view's embed, come when a
// reader first asks for an embed.
const EmbedDialog = lazy(() => import('./embed-dialog'))

export interface EmbedButtonProps {
  /** What is embedded, as the button's accessible name ends: "sector chart" gives "Embed sector chart". */
  readonly name: string
  /** Which view is embedded; its embed is written as the page stands when the button is pressed. */
  readonly target: EmbedTarget
  readonly className?: string
}

/**
 * "Embed": opens a dialog with the HTML a host pastes to show this view alone in its own page. The
 * view's embed is read when the button is pressed, so the snippet always matches the screen.
 */
export function EmbedButton({ name, target, className }: EmbedButtonProps) {
  const [open, setOpen] = useState<EmbedTarget | null>(null)
  return (
    <>
      <button type="button" className={className ?? 'button'} onClick={() => setOpen(target)}>
        Embed
        <span className="visually-hidden">
          {' '}
          <bdi>{name}</bdi>
        </span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog target={open} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </>
  )
}
