// Recharts (3.x) builds each chart's store with Redux Toolkit's autoBatchEnhancer({ type: 'raf' }):
// the actions a chart sends while it mounts or updates (its axes, its bars, its z-index layers) tell
// the chart's components in a requestAnimationFrame callback. That callback runs in the task that
// then styles, lays out and paints the frame, and React renders a useSyncExternalStore update at
// once, so the chart's second render and the page's paint were one task: 93 ms at 100,000
// memberships after a sector filter (58 ms of render, then the frame). Told after the current task
// instead (a 0 ms timer, the enhancer's own 'timer' type), the render is a task of its own and the
// frame another. Recharts offers no option for it, so the build rewrites the two calls that batch.

/** Where the store is made, in the package's ES build (the one Vite bundles). */
export const RECHARTS_STORE = /node_modules\/recharts\/es6\/state\/store\.js$/

// Both batch in frames: Redux Toolkit's default enhancers hold one autoBatchEnhancer (its default
// type is 'raf'), and Recharts adds a second with { type: 'raf' }.
const DEFAULT_ENHANCERS = /enhancers = getDefaultEnhancers\(\);/
const RAF_BATCH = /autoBatchEnhancer\(\{\s*type: 'raf'\s*\}\)/

/**
 * The store module with one batching enhancer that notifies after the current task. Throws when
 * either call is not there (a Recharts that builds its store otherwise), so an upgrade cannot drop
 * it silently.
 */
export function notifyAfterTask(code) {
  for (const [pattern, what] of [
    [DEFAULT_ENHANCERS, 'getDefaultEnhancers()'],
    [RAF_BATCH, "autoBatchEnhancer({ type: 'raf' })"],
  ])
    if (!pattern.test(code)) throw new Error(`recharts-notify: ${what} not found in Recharts' store.js`)
  return code
    .replace(DEFAULT_ENHANCERS, 'enhancers = getDefaultEnhancers({ autoBatch: false });')
    .replace(RAF_BATCH, "autoBatchEnhancer({ type: 'timer', timeout: 0 })")
}

/** A Rolldown plugin that applies notifyAfterTask to Recharts' store module. */
function rewriteStore(name) {
  return {
    name,
    transform(code, id) {
      return RECHARTS_STORE.test(id.split('?')[0]) ? { code: notifyAfterTask(code), map: null } : null
    },
  }
}

/** The Vite plugin, for the build. */
export function rechartsNotifyAfterTask() {
  return { ...rewriteStore('coalition-atlas:recharts-notify-after-task'), apply: 'build' }
}

/**
 * The same rewrite for the dev server, which serves Recharts from its pre-bundled dependencies
 * (`optimizeDeps`): Vite's own plugins never see the package's files there, so without this the
 * charts batched in frames in `npm start` and after the task in the build.
 */
export function rechartsNotifyAfterTaskInDeps() {
  return rewriteStore('coalition-atlas:recharts-notify-after-task-in-deps')
}
