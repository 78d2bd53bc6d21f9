import type { ReactElement } from 'react'

/** What Recharts hands a custom axis tick (the parts used here). */
export interface TickProps {
  readonly x?: number | string
  readonly y?: number | string
  readonly payload?: { readonly value?: unknown }
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  readonly verticalAnchor?: string
}

/** Baseline shifts that put a line of text where Recharts' own tick would: below, beside or above its point. */
const SHIFT: Readonly<Record<string, string>> = { start: '0.71em', middle: '0.355em', end: '0' }

/**
 * An axis tick drawn as one plain SVG <text>, its value written by `format`. Recharts' own tick is a
 * <Text> that measures its words in the page to wrap them, a layout of the page per label as a
 * chart mounts; numbers and years never wrap. Made once per format, at module level, so the ticks
 * keep their identity from one render to the next.
 */
export function plainTick(format: (value: number) => string): (props: TickProps) => ReactElement {
  return function PlainTick({ x, y, payload, textAnchor = 'middle', verticalAnchor = 'middle' }: TickProps) {
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy={SHIFT[verticalAnchor] ?? SHIFT.middle}
        textAnchor={textAnchor}
        className="recharts-text recharts-cartesian-axis-tick-value"
      >
        {format(Number(payload?.value))}
      </text>
    )
  }
}
