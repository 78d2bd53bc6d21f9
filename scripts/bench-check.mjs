#!/usr/bin/env node
// `npm run bench:check`: checks the last `npm run bench` results (bench/results.json) against the
// budgets. Timing never decides `npm test`; this is the separate gate for performance.
import { existsSync, readFileSync } from 'node:fs'

const file = 'bench/results.json'
if (!existsSync(file)) {
  console.error(`${file} does not exist: run \`npm run bench\` first.`)
  process.exit(1)
}
const results = JSON.parse(readFileSync(file, 'utf8'))
const big = results.sizes['100k']
const bundled = results.sizes.bundled

const checks = [
  ['initial JavaScript ≤ 110 KB gzipped', results.js.initialGzipKB, (v) => v <= 110, (v) => `${v.toFixed(1)} KB`],
  ['100k: first rows within 3× the floor page', big && big.app.firstRowsMs / big.floor.firstRowsMs, (v) => v <= 3, (v) => `${v.toFixed(2)}× (${big.app.firstRowsMs.toFixed(0)} ms vs ${big.floor.firstRowsMs.toFixed(0)} ms)`],
  ['100k: sort by name < 200 ms', big?.app.sortTextMs, (v) => v < 200, (v) => `${v.toFixed(0)} ms`],
  ['100k: sort by number of coalitions < 200 ms', big?.app.sortNumberMs, (v) => v < 200, (v) => `${v.toFixed(0)} ms`],
  ['100k: sort by join date < 200 ms', big?.app.sortDateMs, (v) => v < 200, (v) => `${v.toFixed(0)} ms`],
  ['100k: search keystroke < 200 ms', big?.app.searchMs, (v) => v < 200, (v) => `${v.toFixed(0)} ms`],
  ['100k: at most 60 table rows in the DOM', big && Math.max(big.app.tableRowsInDom ?? Infinity, big.app.tableRowsAfterScroll ?? Infinity), (v) => v <= 60, (v) => `${v}`],
  ['100k: JS heap < 150 MB', big?.app.heapMB, (v) => v < 150, (v) => `${v.toFixed(1)} MB`],
  ['bundled: first rows within 1.5× the floor page', bundled && bundled.app.firstRowsMs / bundled.floor.firstRowsMs, (v) => v <= 1.5, (v) => `${v.toFixed(2)}× (${bundled.app.firstRowsMs.toFixed(0)} ms vs ${bundled.floor.firstRowsMs.toFixed(0)} ms)`],
]

let failed = 0
for (const [name, value, ok, show] of checks) {
  const measured = typeof value === 'number' && Number.isFinite(value)
  const pass = measured && ok(value)
  if (!pass) failed++
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${measured ? show(value) : 'not measured'}`)
}
console.log(`\n${checks.length - failed} passed, ${failed} failed (results of ${results.date})`)
process.exit(failed ? 1 : 0)
