import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { notifyAfterTask, RECHARTS_STORE, rechartsNotifyAfterTaskInDeps } from './recharts-notify.mjs'

describe('notifyAfterTask', () => {
  it("rewrites the store of the Recharts installed: a timer, and no 'raf' left", () => {
    const code = readFileSync('node_modules/recharts/es6/state/store.js', 'utf8')
    const rewritten = notifyAfterTask(code)
    expect(rewritten).toContain("autoBatchEnhancer({ type: 'timer', timeout: 0 })")
    expect(rewritten).toContain('getDefaultEnhancers({ autoBatch: false })')
    expect(rewritten).not.toMatch(/type: 'raf'|getDefaultEnhancers\(\)/)
  })

  it.each([
    ['the call on one line', "x.concat(autoBatchEnhancer({ type: 'raf' }))"],
    ['the call over three lines', "x.concat(autoBatchEnhancer({\n  type: 'raf'\n}))"],
  ])('rewrites %s', (_, call) => {
    expect(notifyAfterTask(`enhancers = getDefaultEnhancers();\n${call}`)).toBe(
      "enhancers = getDefaultEnhancers({ autoBatch: false });\nx.concat(autoBatchEnhancer({ type: 'timer', timeout: 0 }))",
    )
  })

  it.each([
    ['a store built otherwise', "enhancers = getDefaultEnhancers();\nx.concat(autoBatchEnhancer({ type: 'tick' }))"],
    [
      'default enhancers taken otherwise',
      "enhancers = getDefaultEnhancers;\nx.concat(autoBatchEnhancer({ type: 'raf' }))",
    ],
    ['no enhancer at all', 'configureStore({ reducer })'],
  ])('refuses %s, so an upgrade cannot drop it silently', (_, code) => {
    expect(() => notifyAfterTask(code)).toThrow(/not found/)
  })

  it.each([
    ['/w/node_modules/recharts/es6/state/store.js', true],
    ['/w/node_modules/recharts/lib/state/store.js', false],
    ['/w/src/store/atlas-store.ts', false],
  ])('takes %s: %s', (id, taken) => {
    expect(RECHARTS_STORE.test(id)).toBe(taken)
  })

  it("is also a plugin for the dev server's pre-bundled dependencies, rewriting only the store", () => {
    const { transform } = rechartsNotifyAfterTaskInDeps()
    const store = "enhancers = getDefaultEnhancers();\nx.concat(autoBatchEnhancer({ type: 'raf' }))"
    expect(transform(store, '/w/node_modules/recharts/es6/state/store.js?v=1')?.code).toContain("type: 'timer'")
    expect(transform(store, '/w/node_modules/recharts/es6/index.js')).toBeNull()
  })
})
