import { describe, expect, it } from 'vitest'
import { isSafeHref } from './safe-url'

describe('isSafeHref', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['//example.org', false],
    ['/relative/path', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (url, expected) => {
    expect(isSafeHref(url)).toBe(expected)
  })
})
