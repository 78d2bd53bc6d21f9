/**
 * Two-circle Venn diagram drawn to scale: each circle's area is its coalition's member count and the
 * lens's area is the number shared, exactly (two circles can always do this; three cannot).
 */

export interface VennLayout {
  /** Radii of A and B and the distance between their centres, in units where area = count. */
  readonly rA: number
  readonly rB: number
  readonly d: number
}

export interface Circle {
  readonly cx: number
  readonly cy: number
  readonly r: number
}

/** Area shared by two circles with radii r1, r2 whose centres are d apart. */
export function circleIntersectionArea(r1: number, r2: number, d: number): number {
  if (r1 <= 0 || r2 <= 0 || d >= r1 + r2) return 0
  const small = Math.min(r1, r2)
  if (d <= Math.abs(r1 - r2)) return Math.PI * small * small
  const clamp = (value: number) => Math.max(-1, Math.min(1, value))
  const alpha = Math.acos(clamp((d * d + r1 * r1 - r2 * r2) / (2 * d * r1)))
  const beta = Math.acos(clamp((d * d + r2 * r2 - r1 * r1) / (2 * d * r2)))
  const kite = 0.5 * Math.sqrt(Math.max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)))
  return r1 * r1 * alpha + r2 * r2 * beta - kite
}

/**
 * Radii with area = size and the centre distance whose lens area = shared, found by bisection (the
 * lens shrinks steadily as the circles move apart). No overlap: the circles touch. Everything shared
 * by the smaller one: it sits inside the larger one, touching its edge.
 */
export function vennLayout(sizeA: number, sizeB: number, shared: number): VennLayout {
  const a = Math.max(0, sizeA)
  const b = Math.max(0, sizeB)
  const target = Math.max(0, Math.min(shared, a, b))
  const rA = Math.sqrt(a / Math.PI)
  const rB = Math.sqrt(b / Math.PI)
  if (target === 0) return { rA, rB, d: rA + rB }
  if (target >= Math.min(a, b)) return { rA, rB, d: Math.abs(rA - rB) }
  let low = Math.abs(rA - rB)
  let high = rA + rB
  for (let step = 0; step < 200 && high - low > 1e-13 * (rA + rB); step++) {
    const middle = (low + high) / 2
    if (circleIntersectionArea(rA, rB, middle) > target) low = middle
    else high = middle
  }
  return { rA, rB, d: (low + high) / 2 }
}

/** The layout scaled into a width × height box with a margin, A on the left, centres on one line. */
export function fitVenn(
  layout: VennLayout,
  width: number,
  height: number,
  margin: number,
): { a: Circle; b: Circle; scale: number } {
  const left = Math.min(-layout.rA, layout.d - layout.rB)
  const right = Math.max(layout.rA, layout.d + layout.rB)
  const spanX = right - left
  const spanY = 2 * Math.max(layout.rA, layout.rB)
  if (spanX <= 0 || spanY <= 0)
    return { a: { cx: width / 2, cy: height / 2, r: 0 }, b: { cx: width / 2, cy: height / 2, r: 0 }, scale: 0 }
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  const offsetX = (width - spanX * scale) / 2 - left * scale
  const cy = height / 2
  return {
    a: { cx: offsetX, cy, r: layout.rA * scale },
    b: { cx: offsetX + layout.d * scale, cy, r: layout.rB * scale },
    scale,
  }
}

export type VennRegion = 'onlyA' | 'both' | 'onlyB'

/** Where a region's count goes: the middle of its widest stretch along the line through the centres. */
export interface RegionAnchor {
  readonly x: number
  readonly width: number
}

type Interval = readonly [number, number]

function subtract([start, end]: Interval, [cutStart, cutEnd]: Interval): Interval[] {
  const pieces: Interval[] = []
  if (cutStart > start) pieces.push([start, Math.min(end, cutStart)])
  if (cutEnd < end) pieces.push([Math.max(start, cutEnd), end])
  return pieces.filter(([x, y]) => y > x)
}

function widest(pieces: readonly Interval[]): RegionAnchor {
  let best: RegionAnchor = { x: Number.NaN, width: 0 }
  for (const [start, end] of pieces) if (end - start > best.width) best = { x: (start + end) / 2, width: end - start }
  return best
}

export function regionAnchors(a: Circle, b: Circle): Record<VennRegion, RegionAnchor> {
  const spanA: Interval = [a.cx - a.r, a.cx + a.r]
  const spanB: Interval = [b.cx - b.r, b.cx + b.r]
  const shared: Interval = [Math.max(spanA[0], spanB[0]), Math.min(spanA[1], spanB[1])]
  const both =
    shared[1] > shared[0] && a.r > 0 && b.r > 0 ? widest([shared]) : { x: (spanA[1] + spanB[0]) / 2, width: 0 }
  return {
    onlyA: a.r > 0 ? widest(b.r > 0 ? subtract(spanA, spanB) : [spanA]) : { x: a.cx, width: 0 },
    both,
    onlyB: b.r > 0 ? widest(a.r > 0 ? subtract(spanB, spanA) : [spanB]) : { x: b.cx, width: 0 },
  }
}

const fmt = (value: number) => String(Math.round(value * 100) / 100)

function circlePath({ cx, cy, r }: Circle, sweep: 0 | 1 = 1): string {
  if (r <= 0) return ''
  return `M${fmt(cx - r)} ${fmt(cy)}A${fmt(r)} ${fmt(r)} 0 1 ${sweep} ${fmt(cx + r)} ${fmt(cy)}A${fmt(r)} ${fmt(r)} 0 1 ${sweep} ${fmt(cx - r)} ${fmt(cy)}Z`
}

/**
 * SVG paths of the three regions (empty string for an empty region). A must be left of B on one
 * horizontal line, as fitVenn places them. A ring (one circle inside the other) uses fill-rule evenodd.
 */
export function regionPaths(a: Circle, b: Circle): Record<VennRegion, string> {
  const d = b.cx - a.cx
  // Scaling moves the centres by rounding errors: touching circles must not become a sliver of lens.
  const tolerance = 1e-9 * (a.r + b.r)
  if (a.r <= 0 || b.r <= 0 || d >= a.r + b.r - tolerance)
    return { onlyA: circlePath(a), both: '', onlyB: circlePath(b) }
  if (d <= Math.abs(a.r - b.r) + tolerance) {
    if (Math.abs(a.r - b.r) <= tolerance && d <= tolerance) return { onlyA: '', both: circlePath(a), onlyB: '' }
    return a.r > b.r
      ? { onlyA: `${circlePath(a)}${circlePath(b, 0)}`, both: circlePath(b), onlyB: '' }
      : { onlyA: '', both: circlePath(a), onlyB: `${circlePath(b)}${circlePath(a, 0)}` }
  }
  // Chord through the two crossing points, at distance `along` from A's centre.
  const along = (d * d + a.r * a.r - b.r * b.r) / (2 * d)
  const half = Math.sqrt(Math.max(0, a.r * a.r - along * along))
  const top = `${fmt(a.cx + along)} ${fmt(a.cy - half)}`
  const bottom = `${fmt(a.cx + along)} ${fmt(a.cy + half)}`
  // Large-arc flags: A's arc through its rightmost point is the long way round when the chord lies left of A's centre.
  const aRightLarge = along < 0 ? 1 : 0
  const bLeftLarge = d - along < 0 ? 1 : 0
  const ra = `${fmt(a.r)} ${fmt(a.r)}`
  const rb = `${fmt(b.r)} ${fmt(b.r)}`
  return {
    onlyA: `M${top}A${ra} 0 ${1 - aRightLarge} 0 ${bottom}A${rb} 0 ${bLeftLarge} 1 ${top}Z`,
    both: `M${top}A${ra} 0 ${aRightLarge} 1 ${bottom}A${rb} 0 ${bLeftLarge} 1 ${top}Z`,
    onlyB: `M${top}A${rb} 0 ${1 - bLeftLarge} 1 ${bottom}A${ra} 0 ${aRightLarge} 0 ${top}Z`,
  }
}
