#!/usr/bin/env node
// `node scripts/bench-ab.mjs <site A> <site B> [<site C> …] [--size bundled|1k|10k|100k]
//  [--actions sort-name,search] [--rounds 6] [--first-rows]`: builds of the app measured in turn,
// in one session. On a shared machine two benchmark runs minutes apart differ by more than most
// changes do (the same sort took 34 and 51 ms in two runs of one day); loads taken in turn, each
// round starting one site later (A B, then B A), see the same machine. Each site is a built app
// (`npx vite build --outDir <dir>`); it is copied to bench/tmp/ab/<A|B|…>, with the generated
// dataset for --size.
// Per load: every action in turn once the sections have loaded, each on a quiet page, timed as
// `npm run bench` times it (the same page helpers): input to next painted frame on the wall clock,
// the renderer main thread's CPU time meanwhile, the longest task until the page is quiet again.
// --first-rows: instead, the first rows on the wall clock and the main thread's CPU time up to then.
// Prints medians with their spread (min–max).
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { ensureChromium } from './ensure-chromium.mjs'
import {
  ACTIONS,
  BENCH_SIZES,
  PAGE_HELPERS,
  datasetJson,
  mainThreadClock,
  serveStatic,
  timeAction,
} from './bench-lib.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const sites = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'))
const SIZE = BENCH_SIZES.find((size) => size.name === option('size', 'bundled'))
const FIRST_ROWS = args.includes('--first-rows')
const NAMES = FIRST_ROWS ? [] : option('actions', 'sort-name,search').split(',')
const ROUNDS = Number(option('rounds', 6))
const PORT = Number(process.env.BENCH_PORT ?? 4192)
if (
  sites.length < 2 ||
  sites.length > 6 ||
  !sites.every((site) => existsSync(join(site, 'index.html'))) ||
  !SIZE ||
  SIZE.loadOnly
) {
  console.error(
    'Usage: node scripts/bench-ab.mjs <built site A> <built site B> [<C> …] [--size bundled|1k|10k|100k] ...',
  )
  process.exit(2)
}
const unknown = NAMES.filter((name) => !ACTIONS[name])
if (unknown.length) {
  console.error(`Unknown actions: ${unknown.join(', ')}. Actions: ${Object.keys(ACTIONS).join(', ')}`)
  process.exit(2)
}

const ROOT = 'bench/tmp/ab'
const LABELS = ['A', 'B', 'C', 'D', 'E', 'F'].slice(0, sites.length)
rmSync(ROOT, { recursive: true, force: true })
for (const [index, site] of sites.entries()) {
  const dir = join(ROOT, LABELS[index])
  cpSync(site, dir, { recursive: true })
  if (SIZE.name !== 'bundled') {
    mkdirSync(join(dir, 'data'), { recursive: true })
    writeFileSync(join(dir, 'data', 'coalitions.json'), datasetJson(SIZE))
  }
}

const server = await serveStatic(ROOT, PORT)
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const figures = Object.fromEntries(LABELS.map((label) => [label, {}]))
const record = (label, name, value) => (figures[label][name] ??= []).push(value)

async function measureLoad(label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const threadMs = await mainThreadClock(cdp)
  // The CPU time at the first rows, read when the page stamps them.
  let stamped = () => {}
  const cpuAtFirstRows = new Promise((resolve) => (stamped = resolve))
  await page.exposeBinding('benchAbStamp', async () => stamped(await threadMs()))
  await page.addInitScript(PAGE_HELPERS)
  await page.addInitScript(() => {
    let value = null
    Object.defineProperty(window, 'benchFirstRows', {
      configurable: true,
      get: () => value,
      set: (next) => {
        value = next
        if (next > 0) window.benchAbStamp()
      },
    })
  })
  await page.goto(`http://127.0.0.1:${PORT}/${label}/?asOf=2024-06-30`)
  await page.waitForFunction(() => window.benchFirstRows > 0, null, { timeout: 120_000 })
  if (FIRST_ROWS) {
    record(label, 'first rows (ms)', await page.evaluate(() => window.benchFirstRows))
    record(label, 'CPU to the first rows (ms)', await cpuAtFirstRows)
    await context.close()
    return
  }
  await page.getByRole('figure', { name: 'Members by sector' }).locator('svg').first().waitFor({ timeout: 60_000 })
  await page.getByLabel('Coalition A', { exact: true }).waitFor({ timeout: 60_000 })
  await page.evaluate(() => window.benchSettled(1500))
  for (const name of NAMES) {
    if (name === 'chart') await page.getByRole('figure', { name: 'Members by sector' }).scrollIntoViewIfNeeded()
    if (name === 'changes') await page.locator('#changes').scrollIntoViewIfNeeded()
    const { ms, cpu, longest } = await timeAction(page, threadMs, name)
    if (ms !== null) {
      record(label, `${name} (ms)`, ms)
      record(label, `${name} CPU (ms)`, cpu)
      record(label, `${name} longest task (ms)`, longest)
    }
    await page.evaluate((action) => window.benchResets[action]?.(), name)
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  await context.close()
}

/** Round r's order: each round starts one site later (with two sites: A B, then B A). */
const orderOf = (round) => LABELS.map((_, index) => LABELS[(index + round) % LABELS.length])
for (let round = 0; round < ROUNDS; round++) for (const label of orderOf(round)) await measureLoad(label)
await browser.close()
server.close()

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const shown = (values) =>
  values?.length
    ? `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`
    : 'n/a'
const named = LABELS.map((label, index) => `${label} = ${sites[index]}`).join(', ')
console.log(`${SIZE.label}, ${ROUNDS} loads each, ${named}: median (min–max)`)
for (const name of Object.keys(figures.A))
  console.log(
    `${name.padEnd(34)} ${LABELS.map((label) => `${label} ${shown(figures[label][name]).padEnd(16)}`).join(' ')}`.trimEnd(),
  )
