// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ChartFigure, type ChartFigureProps } from './chart-figure'

const footer = {
  datasetTitle: 'Test coalitions',
  updated: '1 June 2024',
  sources: 'Sources: Example',
  link: 'https://example.org/',
}

function figure(patch: Partial<ChartFigureProps> = {}) {
  return render(
    <ChartFigure
      title="Members by sector"
      subtitle="Members of all 2 coalitions on 1 June 2024."
      fileBase="members-by-sector-all-coalitions-2024-06-01"
      footer={footer}
      csv={() => ({ header: ['a'], rows: [[1]] })}
      summary={<p>2 members.</p>}
      {...patch}
    >
      <svg width="10" height="10" />
    </ChartFigure>,
  )
}

afterEach(cleanup)

describe('ChartFigure', () => {
  it('is a figure named by its title, with the three downloads and an image theme that starts light', () => {
    figure()
    const named = screen.getByRole('figure', { name: 'Members by sector' })
    expect(named).toHaveTextContent('Members of all 2 coalitions on 1 June 2024.')
    for (const format of ['PNG', 'SVG', 'CSV'])
      expect(screen.getByRole('button', { name: `Download ${format}` })).toBeEnabled()
    expect(screen.getByRole('combobox', { name: 'Image theme' })).toHaveValue('light')
    expect(screen.getByText('2 members.')).toBeInTheDocument()
  })

  it('with nothing to draw says so instead of drawing, and offers no download', () => {
    const empty = 'No members match these filters on 1 June 2024, so there is nothing to draw.'
    const { container } = figure({ empty })
    expect(screen.getByText(empty)).toBeInTheDocument()
    expect(container.querySelector('svg')).toBeNull()
    for (const format of ['PNG', 'SVG', 'CSV'])
      expect(screen.getByRole('button', { name: `Download ${format}` })).toBeDisabled()
  })
})
