import { useEffect, useId, useRef } from 'react'

/**
 * A modal `<dialog>` opened as it mounts, with the focus on its heading (`headingRef`, `tabIndex={-1}`);
 * `onDialogClose`, its `onClose`, calls `onClose` and hands the focus back to what had it before.
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const openerRef = useRef<Element | null>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    openerRef.current = document.activeElement
    if (!dialog.open) dialog.showModal()
    headingRef.current?.focus()
  }, [])

  const onDialogClose = () => {
    onClose()
    const opener = openerRef.current
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  }

  return { dialogRef, headingRef, titleId, onDialogClose }
}
