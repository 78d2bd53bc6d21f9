import type { ReactNode } from 'react'

/** A wide table's frame: it scrolls sideways on a phone, so it takes focus for the keyboard. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls sideways on a phone must take the focus, or a keyboard cannot scroll it
    <div className="import-dialog__scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  )
}
