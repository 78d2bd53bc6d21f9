/**
 * Circles of radius `r` centred at each `x` on the line `y`, as one SVG path (two half-circle arcs
 * each). The overlap matrix draws a row's empty dots this way: one circle per coalition per row
 * was 4,800 elements at 120 coalitions, a quarter of a large dataset's page, paid again in every
 * style recalculation and layout.
 */
export function dotsPath(xs: readonly number[], y: number, r: number): string {
  let path = ''
  for (const x of xs) path += `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`
  return path
}

/** The columns 0 to count − 1 that are not in `filled`: a row's empty dots. */
export function emptyColumns(count: number, filled: readonly number[]): number[] {
  const on = new Set(filled)
  const empty: number[] = []
  for (let index = 0; index < count; index++) if (!on.has(index)) empty.push(index)
  return empty
}
