/**
 * The start of a long text for a first look, with a way to read the rest beside it: cut after a
 * whole word, trailing punctuation dropped, "…" added. Null when the text is short enough to show
 * whole (within a fifth over `max`: "Read more" for a few words is not worth a click).
 */
export function excerpt(text: string, max: number): string | null {
  const chars = [...text.trim()]
  if (chars.length <= Math.floor(max * 1.2)) return null
  const head = chars.slice(0, max + 1).join('')
  const space = head.search(/\s\S*$/)
  // A word as long as half the excerpt (a URL) is cut where it is, rather than leaving too little.
  const cut = space >= max / 2 ? head.slice(0, space) : chars.slice(0, max).join('')
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`
}
