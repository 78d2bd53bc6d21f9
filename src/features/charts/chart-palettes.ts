/**
 * Colours for what is not a sector. Coalitions (the timeline's lines) use Paul Tol's "bright"
 * scheme, chosen to stay apart for the common colour-vision deficiencies, and each line also has
 * its own dash pattern so no reader depends on hue alone. Countries use Tol's "light" scheme, whose
 * tints sit apart from the sector palette's stronger colours.
 */
const COALITION_COLORS = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB'] as const
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 4 2 4 2 4'] as const
const COUNTRY_COLORS = [
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#44BB99',
  '#BBCC33',
  '#AAAA00',
  '#DDDDDD',
  '#9F7FC6',
  '#D4A373',
  '#5DA5A4',
] as const

export const OTHER_COLOR = '#8a8f98'
/** Lighter than Other, so "Unknown" and "Other" never look like one category. */
export const UNKNOWN_COLOR = '#c9ced6'

export function coalitionColor(index: number): string {
  return COALITION_COLORS[index % COALITION_COLORS.length] ?? OTHER_COLOR
}

/** Dash pattern for the line at `index` (empty = solid); combined with the colour it is unique for 42 lines. */
export function coalitionDash(index: number): string {
  return DASHES[Math.floor(index / COALITION_COLORS.length) % DASHES.length] ?? ''
}

export function countryColor(rank: number): string {
  if (rank < 0) return OTHER_COLOR
  return COUNTRY_COLORS[rank % COUNTRY_COLORS.length] ?? OTHER_COLOR
}

/**
 * Colours for one chart's categories: each keeps its stable colour (`stable[i]`, from its rank or
 * index) unless another category in the same chart already has that colour, in which case it takes
 * the first colour of `palette` no other category uses. Null entries (Other, Unknown) keep their grey.
 */
export function distinctColors(stable: readonly (string | null)[], palette: readonly string[]): (string | null)[] {
  const used = new Set<string>()
  const result = stable.map((color) => {
    if (color === null || used.has(color)) return null
    used.add(color)
    return color
  })
  return result.map((color, index) => {
    if (color !== null || stable[index] === null) return stable[index] ?? null
    const free = palette.find((candidate) => !used.has(candidate))
    if (free === undefined) return stable[index] ?? null
    used.add(free)
    return free
  })
}

export const COUNTRY_PALETTE: readonly string[] = COUNTRY_COLORS
