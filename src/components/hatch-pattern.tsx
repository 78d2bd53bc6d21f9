import { HATCH_PERIOD, HATCH_STRIPE } from './hatch-colors'

/**
 * An SVG <pattern> of stripes in `color` (already a hatch colour) on nothing, so the background
 * shows between them. Place it inside the chart's <svg>: an exported copy of the chart then
 * carries its patterns with it.
 */
export function HatchPattern({ id, color, angle = 45 }: { id: string; color: string; angle?: number }) {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={HATCH_PERIOD}
      height={HATCH_PERIOD}
      patternTransform={`rotate(${angle})`}
    >
      <rect x="0" y="0" width={HATCH_STRIPE} height={HATCH_PERIOD} fill={color} />
    </pattern>
  )
}
