import { resizeMessage } from '../domain/embed/embed'

/**
 * Tells the page framing this one how tall it is, so the frame can fit it: once at start and
 * whenever the height changes (a table opened, a list shown whole, a narrower frame). Nothing is
 * sent when the page is not in a frame. Only a change of the rounded height is sent, so a host that
 * resizes the frame (which wakes the observer again) never sets off another message.
 */
export function startResizeMessages(view: Window & typeof globalThis = window): () => void {
  if (view.parent === view || typeof view.ResizeObserver !== 'function') return () => {}
  const root = view.document.documentElement
  let sent = -1
  const send = () => {
    // The root element's own box: as tall as the content, whatever the frame's height.
    const message = resizeMessage(root.getBoundingClientRect().height)
    if (message.height === sent) return
    sent = message.height
    // Any page may frame the atlas; the height is all the message says.
    view.parent.postMessage(message, '*')
  }
  const observer = new view.ResizeObserver(send)
  observer.observe(root)
  view.addEventListener('load', send)
  return () => {
    observer.disconnect()
    view.removeEventListener('load', send)
  }
}
