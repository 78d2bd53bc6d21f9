#!/usr/bin/env node
// `npm run bench`: builds the app, serves it with the bundled dataset and generated ones of 10,000
// and 100,000 memberships and about 45 MB, drives headless Chromium through Playwright, and reports
// for every figure the median of several runs with its spread (min–max), beside floors measured in
// the same run:
//   - first rows painted      vs a plain static page that fetches, parses and writes the same first rows,
//                             and a React page doing only that (bench/react-floor): the budget's reference
//   - load and validation     vs JSON.parse of the same document in the same browser
//   - sort latency            vs a plain Array.prototype.sort of the same keys
//   - interactions            sort by three columns, a search keystroke, a sector filter, the comparison's
//                             coalition A, the sector chart's counts→shares, the Changes section's From day:
//                             each from the input to the next painted frame, with the longest main-thread
//                             task (Long Tasks API) from the input until the page is quiet again
//   - a 45 MB document        first rows, load, and the longest main-thread task while loading
//   - a 100,000-row spreadsheet import (CSV file chosen → rows checked → dataset shown)
//                             vs Papa.parse of the same file in the same page
//   - JavaScript              every script the first visit downloads before its first rows (as the
//                             browser fetched them, gzipped), and all chunks
// Writes bench/results.json and bench/RESULTS.md. Options: --runs N (default 5), --no-build,
// --sizes bundled,1k,10k,100k,45mb,import (default: all but 1k).
// To see where an interaction's time goes, see scripts/bench-profile.mjs.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { build as viteBuild } from 'vite'
import Papa from 'papaparse'
import { ensureChromium } from './ensure-chromium.mjs'
import { generateDataset } from './gen-data.mjs'
import { BENCH_SIZES, datasetJson, mainThreadClock, PAGE_HELPERS, serveStatic, timeAction } from './bench-lib.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? 5))
const ROOT = 'bench/tmp/sites'
const PORT = Number(process.env.BENCH_PORT ?? 4190)
const AS_OF = '2026-11-22'
const wanted = option('sizes', null)?.split(',')
const SIZES = BENCH_SIZES.filter((size) => (wanted ? wanted.includes(size.name) : size.name !== '1k'))
const IMPORT = !wanted || wanted.includes('import')
const IMPORT_ROWS = { orgs: 10000, coalitions: 100, memberships: 100000 }
/** After loading, how long the page is given before it is asked to be quiet (benchSettled). */
const SETTLE_MS = 1500

/** The interactions timed, in order, with the figure each fills. */
const INTERACTIONS = [
  ['baseline', 'baselineMs', 'the measuring itself: an attribute set, to the next frame'],
  ['sort-name', 'sortTextMs', 'sort by name'],
  ['sort-number', 'sortNumberMs', 'sort by number of coalitions'],
  ['sort-date', 'sortDateMs', 'sort by join date'],
  ['search', 'searchMs', 'search keystroke to filtered rows'],
  ['filter', 'filterMs', 'sector filter to filtered rows'],
  ['compare', 'compareMs', 'comparison update after changing coalition A'],
  ['chart', 'chartMs', 'sector chart update, counts to shares'],
  ['changes', 'changesMs', 'Changes update after moving From a year back'],
]

const sorted = (values) =>
  values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)
const median = (values) => {
  const list = sorted(values)
  if (list.length === 0) return null
  const middle = Math.floor(list.length / 2)
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2
}
const spread = (values) => {
  const list = sorted(values)
  return list.length ? [list[0], list.at(-1)] : null
}

// 1. Build, and lay out one copy of the site per dataset size.
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
rmSync(ROOT, { recursive: true, force: true })
/** A reference page (bench/<name>/<name>.html) built with Vite's defaults, outside the app's config, into the sites. */
async function buildReferencePage(name) {
  const out = join(ROOT, name)
  await viteBuild({
    configFile: false,
    root: `bench/${name}`,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(process.cwd(), out),
      emptyOutDir: true,
      assetsDir: `${name}-assets`,
      rolldownOptions: { input: join(process.cwd(), `bench/${name}/${name}.html`) },
    },
  })
  return out
}
const REACT_FLOOR_OUT = await buildReferencePage('react-floor')
// AG Grid Community beside the dashboard's sort at 10,000 organizations.
const AG_GRID_SIZE = '100k'
const AG_GRID_OUT = SIZES.some((size) => size.name === AG_GRID_SIZE) ? await buildReferencePage('ag-grid') : null
for (const size of SIZES) {
  const dir = join(ROOT, size.name)
  cpSync('dist', dir, { recursive: true })
  if (size.name === AG_GRID_SIZE && AG_GRID_OUT) cpSync(AG_GRID_OUT, dir, { recursive: true })
  cpSync('bench/floor.html', join(dir, 'floor.html'))
  cpSync('bench/floor.js', join(dir, 'floor.js'))
  cpSync(REACT_FLOOR_OUT, dir, { recursive: true })
  const json = datasetJson(size)
  writeFileSync(join(dir, 'data', 'coalitions.json'), json)
  size.bytes = Buffer.byteLength(json)
}

/** The generated dataset as the importer's spreadsheet (the columns "Download dataset as spreadsheet" writes). */
function membershipSheet(doc) {
  const sector = new Map(doc.sectors.map((s) => [s.id, s.label]))
  const source = new Map(doc.sources.map((s) => [s.id, s]))
  const organization = new Map(doc.organizations.map((o) => [o.id, o]))
  const coalition = new Map(doc.coalitions.map((c) => [c.id, c]))
  const header = [
    'organization',
    'coalition',
    'role',
    'joined',
    'left',
    'joinedAfter',
    'joinedBy',
    'leftAfter',
    'leftBy',
    'sector',
    'country',
    'source URL',
    'source title',
    'confidence',
    'coalition founded',
    'organization id',
    'coalition id',
  ]
  const rows = doc.memberships.map((m) => {
    const o = organization.get(m.organization)
    const c = coalition.get(m.coalition)
    const cited = m.sources.map((id) => source.get(id))
    return [
      o.name,
      c.name,
      m.role,
      m.joined ?? '',
      m.left ?? '',
      m.joinedAfter ?? '',
      m.joinedBy ?? '',
      m.leftAfter ?? '',
      m.leftBy ?? '',
      sector.get(o.sector),
      o.country ?? '',
      cited.map((s) => s.url).join(' | '),
      cited.map((s) => s.title).join(' | '),
      m.confidence ?? '',
      c.founded ?? '',
      o.id,
      c.id,
    ]
  })
  return Papa.unparse([header, ...rows], { newline: '\r\n' })
}

let importFile = null
if (IMPORT) {
  const dir = join(ROOT, 'import')
  cpSync('dist', dir, { recursive: true })
  cpSync('node_modules/papaparse/papaparse.min.js', join(dir, 'papaparse.min.js'))
  importFile = join(dir, 'members-100k.csv')
  writeFileSync(importFile, membershipSheet(generateDataset({ ...IMPORT_ROWS, seed: 1 })))
}

// 2. JavaScript sizes, gzipped.
const gzKB = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024
function jsSizes() {
  const html = readFileSync('dist/index.html', 'utf8')
  // What index.html itself names (its entry, modulepreloads and boot.js); the figure that counts is
  // measured in the browser: every script fetched before the first rows, dynamic imports included.
  const named = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1])
  const all = readdirSync('dist/assets')
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`)
  return {
    indexHtmlGzipKB: named.reduce((sum, file) => sum + gzKB(file), 0),
    indexHtmlFiles: named,
    totalGzipKB: all.reduce((sum, file) => sum + gzKB(file), 0),
  }
}

// 3. A static server with no caching, so every run fetches as a first visit does.
const server = await serveStatic(ROOT, PORT)
const base = `http://127.0.0.1:${PORT}`

const chromiumPath = ensureChromium()
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-sync',
  ],
})

/** Resolves once every section below the table has rendered its content (or after `timeout`). */
async function waitForSections(page, timeout) {
  const waits = [
    page.getByRole('figure', { name: 'Members by sector' }).locator('svg').first().waitFor({ timeout }),
    page.getByLabel('Coalition A', { exact: true }).waitFor({ timeout }),
    page.locator('#changes input[type=date]').first().waitFor({ timeout }),
    page.locator('#interlocks').waitFor({ timeout }),
  ]
  await Promise.all(waits.map((wait) => wait.catch(() => {})))
}

async function measureApp(size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  const started = Date.now()
  await page.goto(`${base}/${size.name}/?asOf=${AS_OF}`)
  const painted = await page
    .waitForFunction(() => typeof window.benchFirstRows === 'number' && window.benchFirstRows > 0, null, {
      timeout: 120_000,
    })
    .then(() => true)
    .catch(() => false)
  if (!painted)
    console.warn(
      `${size.name}: no table rows appeared within 120 s; the remaining figures for this run are still taken.`,
    )
  const result = { firstRowsMs: painted ? await page.evaluate(() => window.benchFirstRows) : null }
  const loaded = await page.evaluate(() => ({
    measures: Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('atlas:'))
        .map((m) => [m.name, m.duration]),
    ),
    // Every script fetched before the first rows: the entry, its modulepreloads, boot.js, and chunks
    // imported on the way. Cut at the frame that paints them, not at benchFirstRows, which is stamped in
    // a task after that frame: chunks the page asks for once the rows are painted came before it.
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= window.benchFirstRowsFrame && /\.m?js(\?|$)/.test(entry.name))
      .map((entry) => new URL(entry.name).pathname.split('/').slice(2).join('/')),
    longestBeforeRows: window.benchLongestSince(0),
  }))
  result.fetchMs = loaded.measures['atlas:fetch'] ?? null
  result.loadValidateMs = loaded.measures['atlas:parse-validate'] ?? null
  result.workerMs = loaded.measures['atlas:worker-parse-validate'] ?? null
  result.scriptsBeforeRows = loaded.scripts
  result.jsBeforeRowsGzipKB = loaded.scripts.reduce(
    (sum, file) => sum + (existsSync(join('dist', file)) ? gzKB(file) : 0),
    0,
  )

  // Everything the first visit starts (sections below the table, their chunks) has run its course.
  await waitForSections(page, size.loadOnly ? 30_000 : 120_000)
  await page.waitForTimeout(SETTLE_MS)
  await page.evaluate(() => window.benchSettled())
  result.longestTaskLoadingMs = await page.evaluate(() => window.benchLongestSince(0))
  const cdp = await context.newCDPSession(page)
  // The heap is measured after the interactions, never before them: the forced collection shrank the
  // heap, and the first section updates after it paid for major collections of their own (the search
  // at 100,000 memberships: longest task 150–410 ms with the collection before it, 60–150 without,
  // the same build in one session, /tmp/ab/ab-act3.mjs with and without GC=1).
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024
  }
  result.domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
  if (size.loadOnly) {
    result.heapMB = await heapMB()
    result.wallMs = Date.now() - started
    await context.close()
    return result
  }

  const threadMs = await mainThreadClock(cdp)
  // Each interaction starts on a quiet page, and its window lasts until the page is quiet again.
  const run = (action) => timeAction(page, threadMs, action)
  /** Puts a filter back as it was (not timed); the next interaction waits for the page to settle. */
  const reset = (action) => page.evaluate((name) => window.benchResets[name]?.(), action)
  result.longestTaskInteractionMs = 0
  for (const [action, key] of INTERACTIONS) {
    if (action === 'chart')
      await page
        .getByRole('figure', { name: 'Members by sector' })
        .scrollIntoViewIfNeeded()
        .catch(() => {})
    if (action === 'changes')
      await page
        .locator('#changes')
        .scrollIntoViewIfNeeded()
        .catch(() => {})
    const { ms, cpu, longest } = await run(action)
    result[key] = ms
    result[key.replace(/Ms$/, 'CpuMs')] = ms === null ? null : cpu
    result[key.replace(/Ms$/, 'LongestTaskMs')] = longest
    if (ms !== null && action !== 'baseline')
      result.longestTaskInteractionMs = Math.max(result.longestTaskInteractionMs, longest)
    if (action === 'search' || action === 'filter') await reset(action)
  }
  await page.evaluate(() => window.benchSettled())
  result.heapMB = await heapMB()

  const membersTable = page.getByRole('table', { name: 'Members' })
  await page.evaluate(() => window.benchMembersTable()?.scrollIntoView())
  result.tableRowsInDom = await membersTable
    .locator('tbody tr')
    .count()
    .catch(() => null)
  // Scroll the table to its middle and count rows again: virtualization must keep the DOM small.
  result.tableRowsAfterScroll = await page.evaluate(async () => {
    const table = window.benchMembersTable()
    let scroller = table?.parentElement
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement
    if (!table || !scroller) return null
    scroller.scrollTop = scroller.scrollHeight / 2
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
    return table.querySelectorAll('tbody tr').length
  })
  result.wallMs = Date.now() - started
  await context.close()
  return result
}

/**
 * AG Grid Community (bench/ag-grid) showing the same organizations: its Name header clicked, from
 * the input to the next painted frame once its first row reads another name, timed as the
 * dashboard's sort is. The first click sorts ascending, the second descending; both are samples.
 */
async function measureAgGridSort(size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  await page.goto(`${base}/${size.name}/ag-grid.html`)
  await page.waitForFunction(() => window.agGridReady === true, null, { timeout: 120_000 })
  const times = []
  for (let click = 0; click < 2; click++) {
    await page.evaluate(() => window.benchSettled())
    times.push(
      await page.evaluate(() => {
        // The grid sorts on a click of the header's label, not of the cell around it.
        const header = document.querySelector('.ag-header-cell[col-id="name"] .ag-header-cell-label')
        const firstName = () => document.querySelector('.ag-row[row-index="0"] [col-id="name"]')?.textContent ?? null
        const before = firstName()
        if (!header || before === null) return null
        return window.benchUntil(
          () => header.click(),
          () => firstName() !== before,
        )
      }),
    )
  }
  await context.close()
  return times
}

/** Opens a reference page in a fresh context and waits for its first rows; the caller closes the context. */
async function openFirstRows(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  await page.goto(url)
  await page.waitForFunction(() => typeof window.benchFirstRows === 'number' && window.benchFirstRows > 0, null, {
    timeout: 120_000,
  })
  return { context, page, firstRowsMs: await page.evaluate(() => window.benchFirstRows) }
}

async function measureFirstRows(url) {
  const { context, firstRowsMs } = await openFirstRows(url)
  await context.close()
  return firstRowsMs
}

async function measureFloor(size) {
  const { context, page, firstRowsMs } = await openFirstRows(`${base}/${size.name}/floor.html`)
  const inPage = await page.evaluate(async () => {
    const text = await (await fetch('data/coalitions.json')).text()
    let started = performance.now()
    const doc = JSON.parse(text)
    const parseMs = performance.now() - started
    const names = doc.organizations.map((o) => o.name)
    started = performance.now()
    names.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const sortTextMs = performance.now() - started
    const counts = new Map()
    for (const m of doc.memberships) counts.set(m.organization, (counts.get(m.organization) ?? 0) + 1)
    const numbers = doc.organizations.map((o) => counts.get(o.id) ?? 0)
    started = performance.now()
    numbers.slice().sort((a, b) => a - b)
    const sortNumberMs = performance.now() - started
    const firstJoin = new Map()
    for (const m of doc.memberships)
      if (m.joined && (!firstJoin.has(m.organization) || m.joined < firstJoin.get(m.organization)))
        firstJoin.set(m.organization, m.joined)
    const dates = doc.organizations.map((o) => firstJoin.get(o.id) ?? '')
    started = performance.now()
    dates.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const sortDateMs = performance.now() - started
    return { parseMs, sortTextMs, sortNumberMs, sortDateMs }
  })
  await context.close()
  return { firstRowsMs, ...inPage }
}

/**
 * The spreadsheet import of 100,000 rows: from choosing the file to the rows checked (the Import
 * button enabled), and from Import to the dataset shown, with the longest main-thread task meanwhile
 * (the page must not freeze). The floor is Papa.parse of the same text in the same page.
 */
async function measureImport() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    window.benchLongest = 0
    window.benchWatching = false
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (window.benchWatching && entry.duration > window.benchLongest) window.benchLongest = entry.duration
    }).observe({ type: 'longtask', buffered: false })
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
          window.benchImportStart = performance.now()
          window.benchWatching = true
        }
      },
      true,
    )
  })
  await page.goto(`${base}/import/?asOf=${AS_OF}`)
  await page.getByRole('region', { name: 'Coalitions', exact: true }).waitFor({ timeout: 60_000 })
  // The floor: Papa.parse of the same text, in the same page.
  await page.addScriptTag({ url: 'papaparse.min.js' })
  const papaParseMs = await page.evaluate(async () => {
    const text = await (await fetch('members-100k.csv')).text()
    const started = performance.now()
    window.Papa.parse(text, { delimiter: ',' })
    return performance.now() - started
  })
  await page.getByText('Use your own data').click()
  await page.getByLabel('Import spreadsheet', { exact: true }).setInputFiles(importFile)
  const dialog = page.getByRole('dialog', { name: 'Import a spreadsheet' })
  const importButton = dialog.getByRole('button', { name: /^Import / })
  await importButton.waitFor({ timeout: 120_000 })
  const checkedMs = await page
    .waitForFunction(
      () => {
        const button = [...document.querySelectorAll('dialog button')].find((b) => /^Import /.test(b.textContent ?? ''))
        if (!button || button.disabled) return null
        return performance.now() - window.benchImportStart
      },
      null,
      { timeout: 120_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue())
  const rowsFine = await dialog.getByRole('region', { name: 'Check' }).textContent()
  const longestWhileChecking = await page.evaluate(() => window.benchLongest)
  const confirmStart = await page.evaluate(() => {
    window.benchLongest = 0
    return performance.now()
  })
  await importButton.click()
  const shownMs = await page
    .waitForFunction(
      (start) => {
        if (document.querySelector('h1')?.textContent !== 'members-100k') return null
        if (!document.querySelector('table tbody tr td')) return null
        return performance.now() - start
      },
      confirmStart,
      { timeout: 180_000, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue())
  const longestWhileLoading = await page.evaluate(() => window.benchLongest)
  await context.close()
  if (!/All 100,000 rows are fine/.test(rowsFine ?? '')) console.warn(`import: the rows were not all fine: ${rowsFine}`)
  return { checkedMs, shownMs, longestWhileChecking, longestWhileLoading, papaParseMs }
}

const fmt = (value, digits = 0) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits))
/** Medians and spreads of every numeric figure of a list of runs. */
function summarize(runs) {
  const medians = {}
  const ranges = {}
  for (const key of Object.keys(runs[0] ?? {})) {
    const values = runs.map((entry) => entry[key])
    if (!values.some((value) => typeof value === 'number')) continue
    medians[key] = median(values)
    ranges[key] = spread(values)
  }
  return { median: medians, spread: ranges }
}

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  chromium: browser.version(),
  machine: `${process.platform} ${process.arch}, Node ${process.version}`,
  js: jsSizes(),
  sizes: {},
}
for (const size of SIZES) {
  const app = []
  const floor = []
  for (let run = 0; run < RUNS; run++) {
    // Alternate app and floor so drift on a shared machine hits both alike.
    const [agAscending, agDescending] = size.name === AG_GRID_SIZE ? await measureAgGridSort(size) : [null, null]
    floor.push({
      ...(await measureFloor(size)),
      reactFirstRowsMs: await measureFirstRows(`${base}/${size.name}/react-floor.html`),
      agGridSortMs: agAscending,
      agGridSortDescMs: agDescending,
    })
    app.push(await measureApp(size))
    const last = app.at(-1)
    const timed = INTERACTIONS.filter(([, key]) => typeof last[key] === 'number')
      .map(([action, key]) => `${action} ${fmt(last[key])}`)
      .join(', ')
    process.stdout.write(
      `${size.name} run ${run + 1}/${RUNS}: first rows ${fmt(last.firstRowsMs)} ms (floor ${fmt(floor.at(-1).firstRowsMs)}, React ${fmt(floor.at(-1).reactFirstRowsMs)}), load and validation ${fmt(last.loadValidateMs)} ms, longest task ${fmt(last.longestTaskLoadingMs)} ms${timed ? `; ${timed} ms, longest task in them ${fmt(last.longestTaskInteractionMs)} ms` : ''}\n`,
    )
  }
  const appSummary = summarize(app)
  const floorSummary = summarize(floor)
  results.sizes[size.name] = {
    label: size.label,
    bytes: size.bytes,
    loadOnly: Boolean(size.loadOnly),
    app: appSummary.median,
    appSpread: appSummary.spread,
    floor: floorSummary.median,
    floorSpread: floorSummary.spread,
    scriptsBeforeRows: app.find((entry) => entry.scriptsBeforeRows?.length)?.scriptsBeforeRows ?? [],
    samples: { app, floor },
  }
}
if (IMPORT) {
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    runs.push(await measureImport())
    process.stdout.write(
      `import run ${run + 1}/${RUNS}: rows checked ${fmt(runs.at(-1).checkedMs)} ms, dataset shown ${fmt(runs.at(-1).shownMs)} ms after Import (Papa.parse ${fmt(runs.at(-1).papaParseMs)} ms), longest task ${fmt(runs.at(-1).longestWhileChecking)} / ${fmt(runs.at(-1).longestWhileLoading)} ms\n`,
    )
  }
  const { median: summary, spread: range } = summarize(runs)
  results.import = {
    label: '100,000-row CSV import',
    bytes: statSync(importFile).size,
    ...summary,
    spread: range,
    samples: runs,
  }
}
await browser.close()
server.close()

// 4. Report.
const ratio = (value, floorValue) =>
  value === null || value === undefined || floorValue === null || floorValue === undefined || !floorValue
    ? 'n/a'
    : `${(value / floorValue).toFixed(1)}×`
const range = (pair, digits = 0) => (pair ? `${fmt(pair[0], digits)}–${fmt(pair[1], digits)}` : '')
const bundledSize = results.sizes.bundled
const lines = []
lines.push(`# Benchmark results`, '')
lines.push(
  `Measured ${results.date} with \`npm run bench\` (${RUNS} runs each: medians, and the spread min–max), ${results.chromium ? `Chromium ${results.chromium}` : 'Chromium'}, ${results.machine}. Timings are wall-clock on a machine that may be shared: compare a figure with its floor from the same run.`,
  '',
)
lines.push(
  `Floors are measured in the same run: the floor page fetches the same document, parses it, sorts by name and writes the first 30 rows as plain HTML; JSON.parse and Array.prototype.sort run on the same data in the same browser. For reference, a React page (bench/react-floor) does the floor page's work with React and nothing else: what it costs over the floor page, any React app pays. At 10,000 organizations AG Grid Community (bench/ag-grid, its defaults) shows the same organizations, and its Name header is clicked and timed as the table's is: the reference for the sort. Interactions are timed from the input to the next painted frame once every section has loaded, on the wall clock and as the renderer main thread's CPU time meanwhile (CDP ThreadTime, which other processes on a busy machine barely inflate); "longest task" is the longest main-thread task (Long Tasks API) from the input until the page is quiet again (600 ms of idle time). Each interaction starts on a quiet page.`,
  '',
)
if (bundledSize)
  lines.push(
    `JavaScript, gzipped: ${fmt(bundledSize.app.jsBeforeRowsGzipKB, 1)} KB downloaded before the first rows (${bundledSize.scriptsBeforeRows.join(', ')}); all chunks ${fmt(results.js.totalGzipKB, 1)} KB.`,
    '',
  )
lines.push(
  '| dataset | figure | median | spread | main-thread CPU, median (spread) | floor | ratio |',
  '|---|---|---|---|---|---|---|',
)
for (const { label, bytes, loadOnly, app, appSpread, floor, floorSpread } of Object.values(results.sizes)) {
  const rows = [
    ['first table rows painted (ms)', 'firstRowsMs', floor.firstRowsMs],
    [
      '  reference: a React page showing only the same rows (ms)',
      null,
      floor.firstRowsMs,
      floor.reactFirstRowsMs,
      floorSpread.reactFirstRowsMs,
    ],
    ['fetch (ms)', 'fetchMs', null],
    [
      'load and validation: in the page up to 512 KB, else a round trip to the worker (ms)',
      'loadValidateMs',
      floor.parseMs,
    ],
    ['  of which parsing and validating in the worker (ms)', 'workerMs', floor.parseMs],
    ['longest main-thread task from opening the page until it has settled (ms)', 'longestTaskLoadingMs', null],
    ...(loadOnly
      ? []
      : [
          ['the measuring itself: an attribute set, to the next frame (ms)', 'baselineMs', null],
          ['sort by name, click to next frame (ms)', 'sortTextMs', floor.sortTextMs],
          ...(typeof floor.agGridSortMs === 'number'
            ? [
                [
                  '  reference: AG Grid Community sorting the same organizations by name, ascending (ms)',
                  null,
                  null,
                  floor.agGridSortMs,
                  floorSpread.agGridSortMs,
                ],
                [
                  '  reference: the same, descending (ms)',
                  null,
                  null,
                  floor.agGridSortDescMs,
                  floorSpread.agGridSortDescMs,
                ],
              ]
            : []),
          ['sort by number of coalitions (ms)', 'sortNumberMs', floor.sortNumberMs],
          ['sort by join date (ms)', 'sortDateMs', floor.sortDateMs],
          ['search keystroke to filtered rows, next frame (ms)', 'searchMs', null],
          ['sector filter to filtered rows (ms)', 'filterMs', null],
          ['comparison update after changing coalition A, to its new columns (ms)', 'compareMs', null],
          ['sector chart update, counts to shares, to the axis in percent (ms)', 'chartMs', null],
          ['Changes update after moving From a year back (ms)', 'changesMs', null],
          ['longest main-thread task during any of these interactions (ms)', 'longestTaskInteractionMs', null],
        ]),
    ['JS heap after load and the interactions (MB)', 'heapMB', null],
    ['DOM elements', 'domElements', null],
    ...(loadOnly ? [] : [['table rows in the DOM (top / scrolled to the middle)', 'tableRowsInDom', null]]),
  ]
  rows.forEach(
    ([figure, key, floorValue, value = key ? app[key] : null, valueSpread = key ? appSpread[key] : null], index) => {
      const digits = figure.includes('MB') ? 1 : 0
      const valueText =
        key === 'tableRowsInDom' ? `${fmt(app.tableRowsInDom)} / ${fmt(app.tableRowsAfterScroll)}` : fmt(value, digits)
      const cpuKey = key?.endsWith('Ms') ? key.replace(/Ms$/, 'CpuMs') : null
      const cpuText = cpuKey && cpuKey in app ? `${fmt(app[cpuKey])} (${range(appSpread[cpuKey])})` : ''
      lines.push(
        `| ${index === 0 ? `${label} (${(bytes / 1024 / 1024).toFixed(1)} MB)` : ''} | ${figure} | ${valueText} | ${key === 'tableRowsInDom' ? '' : range(valueSpread, digits)} | ${cpuText} | ${floorValue === null || floorValue === undefined ? '' : fmt(floorValue, 1)} | ${floorValue === null || floorValue === undefined ? '' : ratio(value, floorValue)} |`,
      )
    },
  )
}
if (results.import) {
  const i = results.import
  lines.push(
    '',
    `Spreadsheet import: a ${(i.bytes / 1024 / 1024).toFixed(1)} MB CSV of 100,000 memberships (10,000 organizations, 100 coalitions) chosen in "Import spreadsheet"; reading and checking run in the importer's worker, the document is then checked again by the dataset worker. Papa.parse of the same text in the same page is the floor.`,
    '',
  )
  lines.push('| figure | median | spread | floor | ratio |', '|---|---|---|---|---|')
  lines.push(
    `| file chosen → every row checked, Import enabled (ms) | ${fmt(i.checkedMs)} | ${range(i.spread.checkedMs)} | ${fmt(i.papaParseMs, 1)} | ${ratio(i.checkedMs, i.papaParseMs)} |`,
  )
  lines.push(`| Import → dataset shown (ms) | ${fmt(i.shownMs)} | ${range(i.spread.shownMs)} | | |`)
  lines.push(
    `| longest main-thread task while checking / while loading (ms) | ${fmt(i.longestWhileChecking)} / ${fmt(i.longestWhileLoading)} | ${range(i.spread.longestWhileChecking)} / ${range(i.spread.longestWhileLoading)} | | |`,
  )
}
const markdown = `${lines.join('\n')}\n`
mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
writeFileSync('bench/RESULTS.md', markdown)
rmSync(ROOT, { recursive: true, force: true })
console.log(`\n${markdown}`)
console.log('Wrote bench/results.json and bench/RESULTS.md')
