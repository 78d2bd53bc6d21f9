import type { KeyboardEvent } from 'react'

/**
 * Enter and Space run `action`, as they do on a <button>: for SVG shapes given role="button"
 * (regions of the Venn diagram, rows of the overlap matrix), which have no such keys of their own.
 */
export function activateOnKeys<E extends Element>(action: () => void): (event: KeyboardEvent<E>) => void {
  return (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      action()
    }
  }
}
