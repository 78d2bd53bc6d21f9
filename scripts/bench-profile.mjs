#!/usr/bin/env node
// `node scripts/bench-profile.mjs [--size bundled|1k|10k|100k] [--action sort-name] [--scroll label] [--before a,b] [--no-build]`:
// where the time of one interaction goes. Builds the app unminified with React's profiling build
// (bench/tmp/profile), opens it in headless Chromium, waits for every section, then records one
// interaction three ways at once:
//   - a Chromium trace (Playwright's browser.startTracing): the main thread's time by kind
//     (script, style, layout, paint…) and its longest task,
//   - a V8 CPU profile (CDP Profiler): the JavaScript functions with the most self time,
//   - React commits, through a minimal __REACT_DEVTOOLS_GLOBAL_HOOK__: which components rendered
//     and their self time (the profiling build fills in fiber durations).
// Actions: sort-name, sort-number, sort-date, search, filter, compare, chart, changes, nothing.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { ensureChromium } from './ensure-chromium.mjs'
import { ACTIONS, BENCH_SIZES, PAGE_HELPERS, datasetJson, serveStatic } from './bench-lib.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const SIZE = BENCH_SIZES.find((size) => size.name === option('size', 'bundled'))
const ACTION = option('action', 'sort-name')
const RUNS = Number(option('runs', 1))
// --scroll 'Coalition A': the control with that label scrolled to the top first, as a reader using
// it would have it; otherwise the page stays at its top, as in the benchmark.
const SCROLL = option('scroll', null)
const BEFORE = option('before', '').split(',').filter(Boolean)
const OUT = 'bench/tmp/profile'
const PORT = Number(process.env.BENCH_PORT ?? 4191)
if (!SIZE || !ACTIONS[ACTION]) {
  console.error(
    `Unknown size or action. Sizes: ${BENCH_SIZES.map((s) => s.name).join(', ')}; actions: ${Object.keys(ACTIONS).join(', ')}`,
  )
  process.exit(2)
}

if (!args.includes('--no-build')) {
  rmSync(OUT, { recursive: true, force: true })
  // Unminified, so component and function names survive; react-dom's profiling build, so fibers carry durations.
  const script = `
    import { build } from 'vite'
    await build({
      logLevel: 'warn',
      resolve: { alias: [{ find: /^react-dom\\/client$/, replacement: 'react-dom/profiling' }] },
      build: { outDir: ${JSON.stringify(join(process.cwd(), OUT, 'site'))}, minify: false, emptyOutDir: true },
    })`
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
mkdirSync(join(OUT, 'site', 'data'), { recursive: true })
writeFileSync(join(OUT, 'site', 'data', 'coalitions.json'), datasetJson(SIZE))
cpSync('bench/floor.html', join(OUT, 'site', 'floor.html'))

const server = await serveStatic(join(OUT, 'site'), PORT)
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--disable-gpu', '--no-first-run'] })

/** A React DevTools hook that records, per commit, the components that rendered and their self time. */
const REACT_HOOK = () => {
  // The profiling build also writes every component's render to the Performance panel's tracks
  // (performance.measure per component), which would dwarf the work measured: it does so only when
  // console.timeStamp exists.
  console.timeStamp = undefined
  let lastCommit = 0
  window.benchCommits = []
  window.benchRecordCommits = false
  const nameOf = (fiber) => {
    const type = fiber.type
    if (!type) return null
    if (typeof type === 'function') return type.displayName || type.name || 'anonymous'
    if (typeof type === 'object') {
      const inner = type.type ?? type.render
      if (typeof inner === 'function')
        return `${type.displayName || inner.displayName || inner.name || 'anonymous'} (memo)`
    }
    return null
  }
  // oxlint-disable-next-line no-underscore-dangle -- the name React looks for
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      const now = performance.now()
      if (window.benchRecordCommits) {
        const rendered = []
        const stack = [root.current]
        while (stack.length) {
          const fiber = stack.pop()
          // PerformedWork (flag 1) on a fiber whose work started after the previous commit: it rendered now.
          if ((fiber.flags & 1) === 1 && fiber.actualStartTime > lastCommit) {
            const name = nameOf(fiber)
            if (name) rendered.push([name, fiber.selfBaseDuration ?? 0])
          }
          if (fiber.sibling) stack.push(fiber.sibling)
          if (fiber.child) stack.push(fiber.child)
        }
        window.benchCommits.push({ at: now, rendered })
      }
      lastCommit = now
    },
  }
}

const CATEGORY = [
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/, 'style'],
  [/^(Layout|LayoutShift|HitTest|IntersectionObserver.*|UpdateLayerTree|ResizeObserver.*)$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|PaintImage|CompositeLayers|Commit|UpdateLayer|RasterTask|Decode.*)$/, 'paint'],
  [/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*|GCEvent)$/i, 'gc'],
  [
    /^(FunctionCall|EvaluateScript|v8\..*|V8\..*|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|FireIdleCallback|XHRReadyStateChange|ParseHTML|v8\.compile|CompileCode|ProfileCall)$/,
    'script',
  ],
]
const categoryOf = (name) => CATEGORY.find(([pattern]) => pattern.test(name))?.[1] ?? 'other'

/** Self time per event name and per category on the main thread between the two user-timing marks. */
function summarizeTrace(buffer, clock) {
  const { traceEvents } = JSON.parse(buffer.toString('utf8'))
  const start = traceEvents.find((e) => e.name === 'bench:start')
  const end = traceEvents.find((e) => e.name === 'bench:end')
  if (!start || !end) return null
  // 'cpu': thread time (tdur), which other processes on a busy machine do not inflate; 'wall': dur.
  const thread = traceEvents
    .filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts >= start.ts &&
        e.ts <= end.ts &&
        e.ph === 'X' &&
        typeof e.dur === 'number',
    )
    .map((e) => ({ ...e, wall: e.dur, dur: clock === 'cpu' && typeof e.tdur === 'number' ? e.tdur : e.dur }))
  thread.sort((a, b) => a.ts - b.ts || b.wall - a.wall)
  const selfByName = new Map()
  const stack = []
  let longestTask = 0
  let taskTotal = 0
  for (const event of thread) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).wall <= event.ts) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.self -= event.dur
    if (event.name === 'RunTask' && event.dur > longestTask) longestTask = event.dur
    if (event.name === 'RunTask') taskTotal += event.dur
    const entry = { ts: event.ts, wall: event.wall, name: event.name, self: event.dur, task: stack[0]?.task }
    // Any event with nothing around it is a task: the input sent through CDP runs in one that is not a RunTask.
    if (!parent) entry.task = entry
    stack.push(entry)
    event.entry = entry
  }
  for (const event of thread) selfByName.set(event.name, (selfByName.get(event.name) ?? 0) + event.entry.self)
  // The longest tasks, each with its own time by kind: which task breaks the 100 ms budget, and why.
  const perTask = new Map()
  for (const event of thread) {
    const task = event.entry.task
    if (!task || event.name === 'RunTask') continue
    const kinds = perTask.get(task) ?? new Map()
    kinds.set(categoryOf(event.name), (kinds.get(categoryOf(event.name)) ?? 0) + event.entry.self)
    perTask.set(task, kinds)
  }
  const byCategory = new Map()
  for (const [name, self] of selfByName)
    if (name !== 'RunTask') byCategory.set(categoryOf(name), (byCategory.get(categoryOf(name)) ?? 0) + self)
  const ms = (us) => Math.round(us / 100) / 10
  const detail = (event) => {
    const data = {
      ...(event.args?.beginData ?? {}),
      ...(event.args?.endData ?? {}),
      ...(event.args?.elementCount ? { elements: event.args.elementCount } : {}),
    }
    const keep = ['dirtyObjects', 'totalObjects', 'partialLayout', 'elements', 'elementCount']
    return Object.entries(data)
      .filter(([key]) => keep.includes(key))
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')
  }
  const heavy = thread
    .filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.dur > 2000)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 8)
  // With TASK_ORDER, the first two tasks over 8 ms (the input's own and the frame after it); else the two longest.
  const longestTaskWindows = [...perTask.keys()]
    .filter((task) => task.wall > 8000)
    .sort((x, y) => (process.env.TASK_ORDER ? x.ts - y.ts : y.wall - x.wall))
    .slice(0, 2)
    .map((task) => ({
      from: task.ts,
      to: task.ts + task.wall,
      label: `${ms(task.wall)} ms at +${ms(task.ts - start.ts)}`,
    }))
  return {
    longestTaskWindows,
    windowMs: ms(end.ts - start.ts),
    layouts: heavy.map((e) => `${e.name} ${ms(e.dur)} ms at +${ms(e.ts - start.ts)} ${detail(e)}`),
    longestTaskMs: ms(longestTask),
    longestTasks: [...perTask]
      .sort((x, y) => (process.env.TASK_ORDER ? x[0].ts - y[0].ts : y[0].wall - x[0].wall))
      .filter(([task]) => !process.env.TASK_ORDER || task.wall > 8000)
      .slice(0, process.env.TASK_ORDER ? 40 : 4)
      .map(
        ([task, kinds]) =>
          `${ms(task.wall)} ms at +${ms(task.ts - start.ts)}: ` +
          [...kinds]
            .sort((x, y) => y[1] - x[1])
            .map(([kind, self]) => `${kind} ${ms(self)}`)
            .join(', '),
      ),
    tasksMs: ms(taskTotal),
    byCategory: Object.fromEntries([...byCategory].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    topEvents: [...selfByName]
      .filter(([name]) => name !== 'RunTask')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `${k} ${ms(v)}`),
  }
}

/** Self time per function; with `within` (trace µs), only the samples taken inside that span. */
function summarizeProfile(profile, within) {
  const self = new Map()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const interval = new Map()
  let at = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0
    if (within && (at < within.from || at > within.to)) continue
    const node = byId.get(profile.samples[i])
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`
    interval.set(key, (interval.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  }
  for (const [key, us] of interval) self.set(key, us / 1000)
  return [...self]
    .filter(([key]) => !key.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
}

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  // NO_COMMITS=1: without the React hook, whose walk of every commit adds its own time to the tasks.
  if (!process.env.NO_COMMITS) await page.addInitScript(REACT_HOOK)
  await page.goto(`http://127.0.0.1:${PORT}/?asOf=2026-11-22`)
  await page.waitForFunction(() => typeof window.benchFirstRows === 'number' && window.benchFirstRows > 0, null, {
    timeout: 120_000,
  })
  // Every section below the table loaded, so the interaction is measured on the whole page.
  await page.getByRole('figure', { name: 'Members by sector' }).locator('svg').first().waitFor({ timeout: 120_000 })
  await page.getByLabel('Coalition A', { exact: true }).waitFor({ timeout: 120_000 })
  if (SCROLL)
    await page.getByLabel(SCROLL, { exact: true }).evaluate((element) => element.scrollIntoView({ block: 'start' }))
  // --before sort-name,sort-date: interactions run first, untimed, as the benchmark runs them before this one.
  for (const action of BEFORE) {
    await page.evaluate((name) => window.benchActions[name](), action)
    await page.evaluate(() => window.benchSettled())
  }
  await page.waitForTimeout(1500)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'v8',
      'blink.console',
    ],
  })
  await cdp.send('Profiler.start')
  const ms = await page.evaluate(async (action) => {
    window.benchRecordCommits = true
    window.benchStart = performance.now()
    performance.mark('bench:start')
    const result = await window.benchActions[action]()
    // Let anything the interaction scheduled after its first paint (deferred sections) run too.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    performance.mark('bench:end')
    window.benchRecordCommits = false
    return result
  }, ACTION)
  const { profile } = await cdp.send('Profiler.stop')
  const buffer = await browser.stopTracing()
  const trace = summarizeTrace(buffer, 'wall')
  const cpu = summarizeTrace(buffer, 'cpu')
  const { commits = [], started } = await page.evaluate(() => ({
    commits: window.benchCommits,
    started: window.benchStart,
  }))
  console.log(
    `\n=== ${SIZE.name} ${ACTION} run ${run + 1}: ${ms === null ? 'n/a' : ms.toFixed(1)} ms to the next frame`,
  )
  const { longestTaskWindows: _windows, ...shown } = trace
  console.log('main thread (trace, ms of self time, wall clock):', shown)
  console.log(
    'main thread (trace, ms of self time, thread CPU time):',
    'tasks',
    cpu.tasksMs,
    'longest',
    cpu.longestTaskMs,
    cpu.byCategory,
    cpu.topEvents.slice(0, 8).join(', '),
  )
  console.log('React commits (ms after the input, as for the trace tasks):')
  for (const commit of commits) {
    const totals = new Map()
    for (const [name, self] of commit.rendered) {
      const t = totals.get(name) ?? { count: 0, self: 0 }
      t.count++
      t.self += self
      totals.set(name, t)
    }
    const list = [...totals]
      .sort((a, b) => b[1].self - a[1].self)
      .slice(0, 18)
      .map(([name, t]) => `${name}×${t.count} ${t.self.toFixed(1)}`)
    console.log(`  +${(commit.at - started).toFixed(0)} ms: ${commit.rendered.length} components: ${list.join(', ')}`)
  }
  console.log('JavaScript self time (CPU profile):')
  for (const line of summarizeProfile(profile)) console.log(`  ${line}`)
  // The same, inside each of the two longest tasks: which functions make the task that breaks a budget.
  for (const window of trace.longestTaskWindows) {
    console.log(`JavaScript self time inside the task of ${window.label}:`)
    for (const line of summarizeProfile(profile, window).slice(0, 15)) console.log(`  ${line}`)
  }
  await context.close()
}
await browser.close()
server.close()
