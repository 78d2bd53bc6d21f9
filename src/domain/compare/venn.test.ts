import { describe, expect, it } from 'vitest'
import { circleIntersectionArea, fitVenn, regionAnchors, regionPaths, vennLayout } from './venn'

describe('circleIntersectionArea', () => {
  it.each([
    [1, 1, 0, Math.PI],
    [1, 1, 2, 0],
    [1, 1, 3, 0],
    [2, 1, 0.5, Math.PI],
    [2, 1, 1, Math.PI],
    // Two unit circles one radius apart: 2π/3 − √3/2.
    [1, 1, 1, (2 * Math.PI) / 3 - Math.sqrt(3) / 2],
    // Half-overlap of unit circles at d = 0.807946…: half the area (a known constant).
    [1, 1, 0.8079455065, Math.PI / 2],
    [0, 1, 0, 0],
  ])('r1 %d, r2 %d, d %d → %d', (r1, r2, d, area) => {
    expect(circleIntersectionArea(r1, r2, d)).toBeCloseTo(area, 8)
  })
})

describe('vennLayout', () => {
  it.each([
    [57, 4, 0, 'apart'],
    [57, 4, 4, 'inside'],
    [4, 57, 4, 'inside'],
    [10, 10, 10, 'inside'],
    [100, 50, 25, 'crossing'],
    [57, 6, 1, 'crossing'],
    [1, 1, 0.5, 'crossing'],
    [1000, 3, 2, 'crossing'],
    [1000, 999, 998, 'crossing'],
    [0, 5, 0, 'apart'],
    [0, 0, 0, 'apart'],
  ])('A %d, B %d, shared %d: areas exact (%s)', (a, b, shared, kind) => {
    const layout = vennLayout(a, b, shared)
    expect(Math.PI * layout.rA ** 2).toBeCloseTo(a, 9)
    expect(Math.PI * layout.rB ** 2).toBeCloseTo(b, 9)
    expect(Math.abs(circleIntersectionArea(layout.rA, layout.rB, layout.d) - shared)).toBeLessThan(1e-6)
    const lowest = Math.abs(layout.rA - layout.rB)
    const highest = layout.rA + layout.rB
    const placed =
      Math.abs(layout.d - highest) < 1e-12
        ? 'apart'
        : Math.abs(layout.d - lowest) < 1e-12
          ? 'inside'
          : layout.d > lowest && layout.d < highest
            ? 'crossing'
            : 'impossible'
    expect(placed).toBe(kind)
  })

  it('never asks for more overlap than the smaller set has', () => {
    const layout = vennLayout(10, 3, 7)
    expect(layout.d).toBeCloseTo(Math.abs(layout.rA - layout.rB), 12)
  })
})

describe('fitVenn', () => {
  it.each([
    [57, 4, 0],
    [57, 4, 4],
    [100, 50, 25],
    [4, 57, 1],
  ])('A %d, B %d, shared %d fits the box and keeps areas in proportion', (a, b, shared) => {
    const { a: circleA, b: circleB, scale } = fitVenn(vennLayout(a, b, shared), 400, 200, 10)
    const left = Math.min(circleA.cx - circleA.r, circleB.cx - circleB.r)
    const right = Math.max(circleA.cx + circleA.r, circleB.cx + circleB.r)
    expect(left).toBeGreaterThanOrEqual(10 - 1e-9)
    expect(right).toBeLessThanOrEqual(390 + 1e-9)
    expect(Math.max(circleA.r, circleB.r) * 2).toBeLessThanOrEqual(180 + 1e-9)
    expect((circleA.r / circleB.r) ** 2).toBeCloseTo(a / b, 9)
    expect(scale).toBeGreaterThan(0)
    expect(circleA.cx).toBeLessThanOrEqual(circleB.cx)
  })
})

describe('regionAnchors and regionPaths', () => {
  it.each([
    // A at 0 with r 2, B at 3 with r 2: the lens spans 1..2.
    [
      { cx: 0, cy: 0, r: 2 },
      { cx: 3, cy: 0, r: 2 },
      { onlyA: [-0.5, 3], both: [1.5, 1], onlyB: [3.5, 3] },
      [true, true, true],
    ],
    // Touching: no lens.
    [
      { cx: 0, cy: 0, r: 1 },
      { cx: 2, cy: 0, r: 1 },
      { onlyA: [0, 2], both: [1, 0], onlyB: [2, 2] },
      [true, false, true],
    ],
    // B inside A, touching its right edge: A's ring is widest on the left.
    [
      { cx: 0, cy: 0, r: 3 },
      { cx: 2, cy: 0, r: 1 },
      { onlyA: [-1, 4], both: [2, 2], onlyB: [Number.NaN, 0] },
      [true, true, false],
    ],
    // Equal circles on top of each other: everything shared.
    [
      { cx: 0, cy: 0, r: 1 },
      { cx: 0, cy: 0, r: 1 },
      { onlyA: [Number.NaN, 0], both: [0, 2], onlyB: [Number.NaN, 0] },
      [false, true, false],
    ],
  ])('%j and %j', (a, b, anchors, nonEmpty) => {
    const result = regionAnchors(a, b)
    const rounded = (value: number) => (Number.isNaN(value) ? 'none' : Math.round(value * 1e9) / 1e9)
    const shown = (anchor: { x: number; width: number }) => [rounded(anchor.x), rounded(anchor.width)]
    expect({ onlyA: shown(result.onlyA), both: shown(result.both), onlyB: shown(result.onlyB) }).toEqual({
      onlyA: anchors.onlyA.map(rounded),
      both: anchors.both.map(rounded),
      onlyB: anchors.onlyB.map(rounded),
    })
    const paths = regionPaths(a, b)
    expect([paths.onlyA !== '', paths.both !== '', paths.onlyB !== '']).toEqual(nonEmpty)
  })

  it.each([
    ['inside, off by a rounding error', { cx: 0, cy: 0, r: 3 }, { cx: 2 + 1e-12, cy: 0, r: 1 }, [true, true, false]],
    ['touching, off by a rounding error', { cx: 0, cy: 0, r: 1 }, { cx: 2 - 1e-12, cy: 0, r: 1 }, [true, false, true]],
  ])('treats circles %s as exactly so', (_, a, b, nonEmpty) => {
    const paths = regionPaths(a, b)
    expect([paths.onlyA !== '', paths.both !== '', paths.onlyB !== '']).toEqual(nonEmpty)
  })

  it('draws the lens with both arcs the short way when the chord lies between the centres', () => {
    const paths = regionPaths({ cx: 0, cy: 0, r: 2 }, { cx: 3, cy: 0, r: 2 })
    // Chord at x = 1.5, half-height √(4 − 2.25).
    expect(paths.both).toBe('M1.5 -1.32A2 2 0 0 1 1.5 1.32A2 2 0 0 1 1.5 -1.32Z')
    expect(paths.onlyA).toBe('M1.5 -1.32A2 2 0 1 0 1.5 1.32A2 2 0 0 1 1.5 -1.32Z')
  })
})
