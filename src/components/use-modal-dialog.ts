import { useEffect, useId, useRef } from 'react'

/**
 * A modal `<dialog>` opened as it mounts, with the focus on its heading (`headingRef`, `tabIndex={-1}`);
 * `onDialogClose`, its `onClose`, calls `onClose` and hands the focus back to `opener`, when the one
 * who asked knows it, else to what had the focus as the dialog opened.
 */
export function useModalDialog(onClose: () => void, opener?: Element | null) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const openerRef = useRef<Element | null>(opener ?? null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    openerRef.current ??= document.activeElement
    if (!dialog.open) dialog.showModal()
    headingRef.current?.focus()
  }, [])

  const onDialogClose = () => {
    onClose()
    focusBack(openerRef.current)
  }

  return { dialogRef, headingRef, titleId, onDialogClose }
}

/**
 * Hands the focus back to the dialog's opener; one inside a panel closed meanwhile cannot take it
 * (the "Use your own data" panel closes as the importer opens), so the summary of the outermost
 * closed panel around it does: the control that leads back to it. Without this, Escape in the
 * importer left the focus on the page's body.
 */
export function focusBack(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return
  let target: HTMLElement = opener
  for (let panel = opener.closest('details'); panel; panel = panel.parentElement?.closest('details') ?? null) {
    const summary = panel.querySelector(':scope > summary')
    if (!panel.open && summary instanceof HTMLElement) target = summary
  }
  target.focus()
}
