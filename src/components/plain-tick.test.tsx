// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { plainTick } from './plain-tick'

afterEach(cleanup)

const PercentTick = plainTick((value) => `${Math.round(value * 100)}%`)

describe('plainTick', () => {
  it.each([
    {
      case: 'under a bottom axis',
      anchor: 'start',
      textAnchor: 'middle' as const,
      value: 0.25,
      text: '25%',
      dy: '0.71em',
    },
    { case: 'beside a left axis', anchor: 'middle', textAnchor: 'end' as const, value: 1, text: '100%', dy: '0.355em' },
    { case: 'above a top axis', anchor: 'end', textAnchor: 'middle' as const, value: 0, text: '0%', dy: '0' },
  ])('draws its formatted value where Recharts would, $case', ({ anchor, textAnchor, value, text, dy }) => {
    const { container } = render(
      <svg>
        <PercentTick x={40} y="12" payload={{ value }} textAnchor={textAnchor} verticalAnchor={anchor} />
      </svg>,
    )
    const node = container.querySelector('text')
    expect(node?.textContent).toBe(text)
    expect([node?.getAttribute('x'), node?.getAttribute('y'), node?.getAttribute('dy')]).toEqual(['40', '12', dy])
    expect(node?.getAttribute('text-anchor')).toBe(textAnchor)
  })
})
