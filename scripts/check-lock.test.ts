import { describe, expect, it } from 'vitest'
import { lockProblems } from './check-lock.mjs'

const pkg = { dependencies: { zod: '4.6.7' }, devDependencies: { oxlint: '1.94.0' } }
function lock(overrides: Record<string, unknown> = {}) {
  return {
    packages: {
      '': { dependencies: { zod: '4.6.7' }, devDependencies: { oxlint: '1.94.0' } },
      'node_modules/zod': { version: '4.6.7' },
      'node_modules/oxlint': {
        version: '1.94.0',
        optionalDependencies: { '@oxlint/binding-linux-x64-gnu': '1.94.0', '@oxlint/binding-darwin-arm64': '1.94.0' },
      },
      'node_modules/@oxlint/binding-linux-x64-gnu': { version: '1.94.0', optional: true },
      'node_modules/@oxlint/binding-darwin-arm64': { version: '1.94.0', optional: true },
      ...overrides,
    },
  }
}

describe('lockProblems', () => {
  it('finds nothing when they agree', () => {
    expect(lockProblems(pkg, lock())).toEqual([])
  })

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    [
      'a dependency missing from the lock',
      { dependencies: { zod: '4.6.7', marked: '18.2.1' } },
      {},
      'marked@18.2.1 is in package.json dependencies but the lock records nothing',
    ],
    [
      'a version the range does not allow',
      {},
      { 'node_modules/zod': { version: '4.5.0' } },
      'zod is locked at 4.5.0, outside 4.6.7',
    ],
    [
      "another platform's binary missing (the npm ci failure)",
      {},
      { 'node_modules/@oxlint/binding-darwin-arm64': undefined },
      '@oxlint/binding-darwin-arm64, an optional dependency of oxlint, is missing from the lock',
    ],
  ])('reports %s', (_case, pkgChange, lockChange, expected) => {
    const changedLock = lock(lockChange)
    for (const [key, value] of Object.entries(changedLock.packages))
      if (value === undefined) delete (changedLock.packages as Record<string, unknown>)[key]
    expect(lockProblems({ ...pkg, ...pkgChange }, changedLock)[0]).toBe(expected)
  })
})
