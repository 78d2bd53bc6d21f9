// @vitest-environment jsdom
import { useLayoutEffect } from 'react'
import { flushSync } from 'react-dom'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../../scripts/gen-data.mjs'
import { changesBetween } from '../../domain/changes/changes'
import { dayToIso } from '../../domain/dataset/dates'
import { validateDataset } from '../../domain/dataset/validate-dataset'
import { useAtlasStore } from '../../store/atlas-store'
import { detachedRoot } from '../../test/detached-root'
import { useChanges, type ChangesInputs } from './use-changes'

// Outside act(): act would run the slices before the first commit could be read.
const view = detachedRoot()
let seen: ChangesInputs | null = null

// What each commit showed, read in a layout effect, which runs within the commit.
function Probe({ onCommit }: { onCommit: (inputs: ChangesInputs | null) => void }) {
  const inputs = useChanges()
  useLayoutEffect(() => onCommit(inputs))
  return null
}
const record = (inputs: ChangesInputs | null) => {
  seen = inputs
}

afterEach(() => {
  seen = null
})

const current = (): ChangesInputs => {
  if (!seen) throw new Error('useChanges gave nothing')
  return seen
}

describe('useChanges when From moves', () => {
  it.each<[string, number, boolean]>([
    [
      '10,000 memberships (large): the span before stays, marked pending, until the new one is worked out',
      10_000,
      true,
    ],
    ['9,999 memberships: the new span at once', 9_999, false],
  ])('%s', async (_, memberships, pendingFirst) => {
    const checked = validateDataset(generateDataset({ orgs: 1500, coalitions: 12, memberships, seed: 5 }))
    if (!checked.ok) throw new Error('the generated dataset must be valid')
    const dataset = checked.dataset
    useAtlasStore.setState({ dataset })
    view.render(<Probe onCommit={record} />)
    // The first span: worked out in slices too on a large dataset when the loader has not done it.
    await vi.waitFor(() => expect(current().pending).toBe(false), { timeout: 10_000 })
    const before = current()
    const from = before.span.from - 365

    flushSync(() => useAtlasStore.getState().setChangeSpan(dayToIso(from), dayToIso(before.span.to)))
    expect(current().span.from).toBe(from)
    expect(current().pending).toBe(pendingFirst)
    // Pending, the figures are those shown before, never a mix.
    expect(current().changes === before.changes).toBe(pendingFirst)

    await vi.waitFor(() => expect(current().pending).toBe(false), { timeout: 10_000 })
    const expected = changesBetween(dataset, from, before.span.to)
    expect(current().changes.map((coalition) => coalition.changes.length)).toEqual(
      expected.map((coalition) => coalition.changes.length),
    )
    expect(current().changes).not.toBe(before.changes)
  })
})
