#!/usr/bin/env node
// `npm run bench`: builds the app, serves it with datasets of 1,000 / 10,000 / 100,000 memberships
// (and the bundled one), drives headless Chromium through Playwright, and reports the median of
// several runs of each measurement beside its floor, measured in the same run:
//   - first rows painted      vs a plain static page that fetches, parses and writes the same first rows
//                             (and, for reference, a React page doing only that: bench/react-floor)
//   - load and validation     vs JSON.parse of the same document in the same browser
//   - sort latency            vs a plain Array.prototype.sort of the same keys
//   - a 100,000-row spreadsheet import (CSV file chosen → rows checked → dataset shown)
//                             vs Papa.parse of the same file in the same page
// Writes bench/results.json and bench/RESULTS.md. Options: --runs N (default 5), --no-build, --sizes 1k,100k
// (`--sizes import` measures the spreadsheet import alone).
import { spawnSync } from 'node:child_process'
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { build as viteBuild } from 'vite'
import { ensureChromium } from './ensure-chromium.mjs'
import { generateDataset } from './gen-data.mjs'
import Papa from 'papaparse'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? 5))
const ROOT = 'bench/tmp'
const PORT = Number(process.env.BENCH_PORT ?? 4190)
const AS_OF = '2026-11-22'
const ALL_SIZES = [
  { name: 'bundled', label: 'bundled dataset', file: 'public/data/coalitions.json' },
  { name: '1k', label: '1,000 memberships', orgs: 200, coalitions: 10, memberships: 1000 },
  { name: '10k', label: '10,000 memberships', orgs: 2000, coalitions: 30, memberships: 10000 },
  { name: '100k', label: '100,000 memberships', orgs: 10000, coalitions: 100, memberships: 100000 },
]
const wanted = option('sizes', null)?.split(',')
const SIZES = wanted ? ALL_SIZES.filter((size) => wanted.includes(size.name)) : ALL_SIZES
const IMPORT = !wanted || wanted.includes('import')
const IMPORT_ROWS = { orgs: 10000, coalitions: 100, memberships: 100000 }

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// 1. Build, and lay out one copy of the site per dataset size.
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
rmSync(ROOT, { recursive: true, force: true })
// The React reference page is built with Vite's defaults, outside the app's config.
const REACT_FLOOR_OUT = join(ROOT, 'react-floor')
await viteBuild({ configFile: false, root: 'bench/react-floor', base: './', logLevel: 'warn', build: { outDir: join(process.cwd(), REACT_FLOOR_OUT), emptyOutDir: true, assetsDir: 'react-floor-assets', rolldownOptions: { input: join(process.cwd(), 'bench/react-floor/react-floor.html') } } })
for (const size of SIZES) {
  const dir = join(ROOT, size.name)
  cpSync('dist', dir, { recursive: true })
  cpSync('bench/floor.html', join(dir, 'floor.html'))
  cpSync('bench/floor.js', join(dir, 'floor.js'))
  cpSync(REACT_FLOOR_OUT, dir, { recursive: true })
  const json = size.file ? readFileSync(size.file, 'utf8') : JSON.stringify(generateDataset({ orgs: size.orgs, coalitions: size.coalitions, memberships: size.memberships, seed: 1 }))
  writeFileSync(join(dir, 'data', 'coalitions.json'), json)
  size.bytes = Buffer.byteLength(json)
}

/** The generated dataset as the importer's spreadsheet (the columns "Download dataset as spreadsheet" writes). */
function membershipSheet(doc) {
  const sector = new Map(doc.sectors.map((s) => [s.id, s.label]))
  const source = new Map(doc.sources.map((s) => [s.id, s]))
  const organization = new Map(doc.organizations.map((o) => [o.id, o]))
  const coalition = new Map(doc.coalitions.map((c) => [c.id, c]))
  const header = ['organization', 'coalition', 'role', 'joined', 'left', 'joinedAfter', 'joinedBy', 'leftAfter', 'leftBy', 'sector', 'country', 'source URL', 'source title', 'confidence', 'coalition founded', 'organization id', 'coalition id']
  const rows = doc.memberships.map((m) => {
    const o = organization.get(m.organization)
    const c = coalition.get(m.coalition)
    const cited = m.sources.map((id) => source.get(id))
    return [o.name, c.name, m.role, m.joined ?? '', m.left ?? '', m.joinedAfter ?? '', m.joinedBy ?? '', m.leftAfter ?? '', m.leftBy ?? '', sector.get(o.sector), o.country ?? '', cited.map((s) => s.url).join(' | '), cited.map((s) => s.title).join(' | '), m.confidence ?? '', c.founded ?? '', o.id, c.id]
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

// 2. JavaScript sizes, gzipped: what index.html loads first, and everything.
function jsSizes() {
  const html = readFileSync('dist/index.html', 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1])
  const gz = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length
  const all = readdirSync('dist/assets').filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)
  return {
    initialGzipKB: initial.reduce((sum, file) => sum + gz(file), 0) / 1024,
    totalGzipKB: all.reduce((sum, file) => sum + gz(file), 0) / 1024,
    initialFiles: initial,
  }
}

// 3. A static server with no caching, so every run fetches as a first visit does.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
  let file = join(ROOT, path)
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
  if (!existsSync(file)) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-length': statSync(file).size })
  createReadStream(file).pipe(response)
})
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${PORT}`

// In-page helpers. First rows: the first frame after a table row exists. Latency: from an action
// to the frame after the DOM it changes has settled (rAF, then a task, approximates "painted").
const PAGE_HELPERS = () => {
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  window.benchFirstRows = null
  const watch = new MutationObserver(() => {
    if (window.benchFirstRows === null && document.querySelector('table tbody tr td')) {
      window.benchFirstRows = -1
      nextPaint().then(() => {
        window.benchFirstRows = performance.now()
      })
      watch.disconnect()
    }
  })
  document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true }))
  /** Runs `act`, waits for `target` to change, then for the next frame; resolves ms, or null after 15 s. */
  window.benchLatency = (act, target) =>
    new Promise((resolve) => {
      const node = target ?? document.body
      let changed = false
      const observer = new MutationObserver(() => {
        changed = true
      })
      observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true })
      const started = performance.now()
      act()
      const finish = () => {
        observer.disconnect()
        resolve(performance.now() - started)
      }
      const poll = () => {
        if (changed) nextPaint().then(finish)
        else if (performance.now() - started > 15000) {
          observer.disconnect()
          resolve(null)
        } else requestAnimationFrame(poll)
      }
      queueMicrotask(poll)
    })
  window.benchMembersTable = () =>
    [...document.querySelectorAll('table')].find((t) => t.getAttribute('aria-label') === 'Members' || t.querySelector('caption')?.textContent?.trim() === 'Members') ?? null
  window.benchSetInput = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set
    setter.call(input, value)
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }))
  }
}

const chromiumPath = ensureChromium()
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu', '--disable-quic', '--disable-sync'],
})

async function measureApp(size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  const started = Date.now()
  await page.goto(`${base}/${size.name}/?asOf=${AS_OF}`)
  const painted = await page
    .waitForFunction(() => typeof window.benchFirstRows === 'number' && window.benchFirstRows > 0, null, { timeout: 60_000 })
    .then(() => true)
    .catch(() => false)
  if (!painted) console.warn(`${size.name}: no table rows appeared within 60 s; the remaining figures for this run are still taken.`)
  const result = { firstRowsMs: painted ? await page.evaluate(() => window.benchFirstRows) : null }
  const measures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name, m.duration])))
  result.fetchMs = measures['atlas:fetch'] ?? null
  result.loadValidateMs = measures['atlas:parse-validate'] ?? null
  result.workerMs = measures['atlas:worker-parse-validate'] ?? null

  const membersTable = page.getByRole('table', { name: 'Members' })
  const sortBy = async (pattern) =>
    page.evaluate(
      ({ source }) => {
        const regex = new RegExp(source, 'i')
        const table = window.benchMembersTable()
        const header = [...(table?.querySelectorAll('thead th') ?? [])].find((th) => regex.test(th.textContent.trim()))
        if (!header) return null
        const control = header.querySelector('button') ?? header
        return window.benchLatency(() => control.click(), table.querySelector('tbody') ?? table)
      },
      { source: pattern.source },
    )
  result.sortTextMs = await sortBy(/^name/)
  result.sortNumberMs = await sortBy(/^coalitions/)
  result.sortDateMs = await sortBy(/^member since/)

  result.searchMs = await page.evaluate(() => {
    const input = [...document.querySelectorAll('input')].find((el) => el.labels?.[0]?.textContent?.trim() === 'Search' || el.getAttribute('aria-label') === 'Search')
    const table = window.benchMembersTable()
    if (!input || !table) return null
    // Watch the table, not the section: React writes the input's value attribute at once, and that
    // is the echo of the keystroke, not the filtered rows.
    return window.benchLatency(() => window.benchSetInput(input, 'ar'), table)
  })

  result.tableRowsInDom = await membersTable.locator('tbody tr').count().catch(() => null)
  result.domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  result.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024

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

  // The comparison and the charts load lazily after the table; wait for them before timing them.
  await page.getByLabel('Coalition A', { exact: true }).waitFor({ timeout: 60_000 }).catch(() => {})
  result.compareMs = await page.evaluate(() => {
    const select = [...document.querySelectorAll('select')].find((el) => el.labels?.[0]?.textContent?.trim() === 'Coalition A')
    if (!select) return null
    const next = [...select.options].find((o) => !o.selected && !o.disabled)
    if (!next) return null
    return window.benchLatency(() => window.benchSetInput(select, next.value), select.closest('section') ?? document.body)
  })

  // Charts load lazily; wait for the sector chart, then time a switch from counts to shares.
  const sectorFigure = page.getByRole('figure', { name: 'Members by sector' })
  result.chartMs = null
  if (await sectorFigure.waitFor({ timeout: 60_000 }).then(() => true).catch(() => false)) {
    await sectorFigure.scrollIntoViewIfNeeded()
    await sectorFigure.locator('svg').first().waitFor({ timeout: 60_000 }).catch(() => {})
    result.chartMs = await page.evaluate(() => {
      const figure = [...document.querySelectorAll('figure')].find((f) => /Members by sector/.test(f.getAttribute('aria-label') ?? f.querySelector('h2,h3')?.textContent ?? ''))
      const share = [...(figure?.querySelectorAll('input[type=radio]') ?? [])].find((input) => /share/i.test(input.labels?.[0]?.textContent ?? ''))
      if (!figure || !share) return null
      return window.benchLatency(() => share.click(), figure)
    })
  }
  result.wallMs = Date.now() - started
  await context.close()
  return result
}

/** Opens a reference page in a fresh context and waits for its first rows; the caller closes the context. */
async function openFirstRows(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(PAGE_HELPERS)
  await page.goto(url)
  await page.waitForFunction(() => typeof window.benchFirstRows === 'number' && window.benchFirstRows > 0, null, { timeout: 60_000 })
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
    for (const m of doc.memberships) if (m.joined && (!firstJoin.has(m.organization) || m.joined < firstJoin.get(m.organization))) firstJoin.set(m.organization, m.joined)
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
      for (const entry of list.getEntries()) if (window.benchWatching && entry.duration > window.benchLongest) window.benchLongest = entry.duration
    }).observe({ type: 'longtask', buffered: false })
    document.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') {
        window.benchImportStart = performance.now()
        window.benchWatching = true
      }
    }, true)
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
  const checkedMs = await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('dialog button')].find((b) => /^Import /.test(b.textContent ?? ''))
    if (!button || button.disabled) return null
    return performance.now() - window.benchImportStart
  }, null, { timeout: 120_000, polling: 'raf' }).then((handle) => handle.jsonValue())
  const rowsFine = await dialog.getByRole('region', { name: 'Check' }).textContent()
  const longestWhileChecking = await page.evaluate(() => window.benchLongest)
  const confirmStart = await page.evaluate(() => {
    window.benchLongest = 0
    return performance.now()
  })
  await importButton.click()
  const shownMs = await page.waitForFunction((start) => {
    if (document.querySelector('h1')?.textContent !== 'members-100k') return null
    if (!document.querySelector('[data-testid="member-count"]')) return null
    return performance.now() - start
  }, confirmStart, { timeout: 180_000, polling: 'raf' }).then((handle) => handle.jsonValue())
  const longestWhileLoading = await page.evaluate(() => window.benchLongest)
  await context.close()
  if (!/All 100,000 rows are fine/.test(rowsFine ?? '')) console.warn(`import: the rows were not all fine: ${rowsFine}`)
  return { checkedMs, shownMs, longestWhileChecking, longestWhileLoading, papaParseMs }
}

const fmt = (value, digits = 0) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits))
const results = { date: new Date().toISOString(), runs: RUNS, chromium: browser.version(), machine: `${process.platform} ${process.arch}, Node ${process.version}`, js: jsSizes(), sizes: {} }
for (const size of SIZES) {
  const app = []
  const floor = []
  for (let run = 0; run < RUNS; run++) {
    // Alternate app and floor so drift on a shared machine hits both alike.
    floor.push({ ...(await measureFloor(size)), reactFirstRowsMs: await measureFirstRows(`${base}/${size.name}/react-floor.html`) })
    app.push(await measureApp(size))
    process.stdout.write(`${size.name} run ${run + 1}/${RUNS}: first rows ${fmt(app.at(-1).firstRowsMs)} ms (floor ${fmt(floor.at(-1).firstRowsMs)} ms), load and validation ${fmt(app.at(-1).loadValidateMs)} ms (JSON.parse ${fmt(floor.at(-1).parseMs)} ms)\n`)
  }
  const pick = (list, key) => median(list.map((entry) => entry[key]))
  const summary = {}
  for (const key of Object.keys(app[0])) summary[key] = pick(app, key)
  const floors = {}
  for (const key of Object.keys(floor[0])) floors[key] = pick(floor, key)
  results.sizes[size.name] = { label: size.label, bytes: size.bytes, app: summary, floor: floors, samples: { app, floor } }
}
if (IMPORT) {
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    runs.push(await measureImport())
    process.stdout.write(`import run ${run + 1}/${RUNS}: rows checked ${fmt(runs.at(-1).checkedMs)} ms, dataset shown ${fmt(runs.at(-1).shownMs)} ms after Import (Papa.parse ${fmt(runs.at(-1).papaParseMs)} ms), longest task ${fmt(runs.at(-1).longestWhileChecking)} / ${fmt(runs.at(-1).longestWhileLoading)} ms\n`)
  }
  const summary = {}
  for (const key of Object.keys(runs[0])) summary[key] = median(runs.map((entry) => entry[key]))
  results.import = { label: '100,000-row CSV import', bytes: statSync(importFile).size, ...summary, samples: runs }
}
await browser.close()
server.close()

// 4. Report.
const ratio = (value, floorValue) => (value === null || floorValue === null || !floorValue ? 'n/a' : `${(value / floorValue).toFixed(1)}×`)
const lines = []
lines.push(`# Benchmark results`, '')
lines.push(`Measured ${results.date} with \`npm run bench\` (${RUNS} runs each, medians), ${results.chromium ? `Chromium ${results.chromium}` : 'Chromium'}, ${results.machine}.`, '')
lines.push(`Floors are measured in the same run: the floor page fetches the same document, parses it, sorts by name and writes the first 30 rows as plain HTML; JSON.parse and Array.prototype.sort run on the same data in the same browser. For reference, a React page (bench/react-floor) does the floor page's work with React and nothing else: what it costs over the floor page, any React app pays.`, '')
lines.push(`JavaScript, gzipped: initial ${fmt(results.js.initialGzipKB, 1)} KB (${results.js.initialFiles.join(', ')}), all chunks ${fmt(results.js.totalGzipKB, 1)} KB.`, '')
lines.push('| dataset | figure | median | floor | ratio |', '|---|---|---|---|---|')
for (const { label, bytes, app, floor } of Object.values(results.sizes)) {
  const rows = [
    ['first table rows painted (ms)', app.firstRowsMs, floor.firstRowsMs],
    ['  reference: a React page showing only the same rows (ms)', floor.reactFirstRowsMs, floor.firstRowsMs],
    ['fetch (ms)', app.fetchMs, null],
    ['load and validation: in the page up to 512 KB, else a round trip to the worker (ms)', app.loadValidateMs, floor.parseMs],
    ['  of which parsing and validating in the worker (ms)', app.workerMs, floor.parseMs],
    ['sort by name, click to next frame (ms)', app.sortTextMs, floor.sortTextMs],
    ['sort by number of coalitions (ms)', app.sortNumberMs, floor.sortNumberMs],
    ['sort by join date (ms)', app.sortDateMs, floor.sortDateMs],
    ['search keystroke to filtered rows, next frame (ms)', app.searchMs, null],
    ['comparison update after changing coalition A (ms)', app.compareMs, null],
    ['sector chart update, counts to shares (ms)', app.chartMs, null],
    ['JS heap after load (MB)', app.heapMB, null],
    ['DOM elements', app.domElements, null],
    ['table rows in the DOM (top / scrolled to the middle)', app.tableRowsInDom, null],
  ]
  rows.forEach(([figure, value, floorValue], index) => {
    const valueText = figure.startsWith('table rows') ? `${fmt(app.tableRowsInDom)} / ${fmt(app.tableRowsAfterScroll)}` : fmt(value, figure.includes('MB') ? 1 : 0)
    lines.push(`| ${index === 0 ? `${label} (${(bytes / 1024 / 1024).toFixed(1)} MB)` : ''} | ${figure} | ${valueText} | ${floorValue === null ? '' : fmt(floorValue, 1)} | ${floorValue === null ? '' : ratio(value, floorValue)} |`)
  })
}
if (results.import) {
  const i = results.import
  lines.push('', `Spreadsheet import: a ${(i.bytes / 1024 / 1024).toFixed(1)} MB CSV of 100,000 memberships (10,000 organizations, 100 coalitions) chosen in "Import spreadsheet"; reading and checking run in the importer's worker, the document is then checked again by the dataset worker. Papa.parse of the same text in the same page is the floor.`, '')
  lines.push('| figure | median | floor | ratio |', '|---|---|---|---|')
  lines.push(`| file chosen → every row checked, Import enabled (ms) | ${fmt(i.checkedMs)} | ${fmt(i.papaParseMs, 1)} | ${ratio(i.checkedMs, i.papaParseMs)} |`)
  lines.push(`| Import → dataset shown (ms) | ${fmt(i.shownMs)} | | |`)
  lines.push(`| longest main-thread task while checking / while loading (ms) | ${fmt(i.longestWhileChecking)} / ${fmt(i.longestWhileLoading)} | | |`)
}
const markdown = `${lines.join('\n')}\n`
mkdirSync('bench', { recursive: true })
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
writeFileSync('bench/RESULTS.md', markdown)
rmSync(ROOT, { recursive: true, force: true })
console.log(`\n${markdown}`)
console.log('Wrote bench/results.json and bench/RESULTS.md')
