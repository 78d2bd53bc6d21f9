/** The members table's window of rows: how many are drawn and how tall they are taken to be before measuring. */
export const ESTIMATED_ROW_HEIGHT = 45
// With the scroll box at most 40rem tall this keeps the DOM to about 15 visible rows plus 2 × 6:
// enough to scroll without blank rows, few enough that the first screen is quick to build.
export const OVERSCAN = 6

/** The scroll box is at most `min(70vh, 40rem)` tall; 70vh never under-fills the first screen. */
export function initialScrollRect() {
  return typeof window === 'undefined'
    ? { width: 0, height: 0 }
    : { width: window.innerWidth, height: Math.ceil(window.innerHeight * 0.7) }
}
