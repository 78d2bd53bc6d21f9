import { describe, expect, it, vi } from 'vitest'
import type { KeyboardEvent } from 'react'
import { activateOnKeys } from './activate-keys'

describe('activateOnKeys', () => {
  it.each<[string, boolean]>([
    ['Enter', true],
    [' ', true],
    ['Tab', false],
    ['a', false],
    ['Escape', false],
  ])('%j runs the action: %s', (key, runs) => {
    const action = vi.fn<() => void>()
    const preventDefault = vi.fn<() => void>()
    activateOnKeys(action)({ key, preventDefault } as unknown as KeyboardEvent<Element>)
    expect(action).toHaveBeenCalledTimes(runs ? 1 : 0)
    // Space must not also scroll the page, nor Enter submit a form, when they act as a click.
    expect(preventDefault).toHaveBeenCalledTimes(runs ? 1 : 0)
  })
})
