import { hatchBackground } from '../../components/hatch-colors'

/** A legend swatch: solid for certain members, stripes (`color` is then the stripe colour) for possible ones. */
export function Swatch({ color, hatched = false }: { color: string; hatched?: boolean }) {
  return (
    <span
      className={hatched ? 'swatch charts-swatch--hatched' : 'swatch'}
      style={hatched ? { background: hatchBackground(color), borderColor: color } : { background: color }}
      aria-hidden="true"
    />
  )
}

/** A legend swatch for a line, with its dash pattern (empty: solid). */
export function LineSwatch({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="charts-legend__line" viewBox="0 0 24 8" aria-hidden="true" focusable="false">
      <line x1="0" y1="4" x2="24" y2="4" stroke={color} strokeWidth="3" strokeDasharray={dash || undefined} />
    </svg>
  )
}
