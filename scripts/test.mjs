#!/usr/bin/env node
// `npm test`: lint, type check, unit tests, production build, then the end-to-end suite in headless
// Chromium. Ends with one line, "N passed, N failed", summed over unit and end-to-end tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'

const REPORTS = '.test-reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })

const totals = { passed: 0, failed: 0 }
let broken = false

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  } catch {
    return null
  }
}

function finish() {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
  process.exit(broken || totals.failed > 0 ? 1 : 0)
}

// A lock that disagrees with package.json makes `npm ci` fail on a fresh machine: say so first.
if (!run('Lock file (package.json and package-lock.json agree)', 'node', ['scripts/check-lock.mjs'])) {
  broken = true
  finish()
}

const chromium = ensureChromium()
const npx = 'npx'

// One layout for every file, so a diff shows what changed and not how it was typed (`npm run format` fixes it).
if (!run('Format (prettier --check)', npx, ['prettier', '--check', '.', '--log-level', 'warn'])) {
  broken = true
  console.error('Some files are not formatted: run `npm run format`.')
  finish()
}
if (!run('Lint (oxlint)', npx, ['oxlint', '--max-warnings', '0'])) {
  broken = true
  console.error('Lint failed.')
  finish()
}
if (!run('Type check (tsc -b)', npx, ['tsc', '-b'])) {
  broken = true
  console.error('Type check failed.')
  finish()
}

const unitOk = run('Unit tests (Vitest)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/unit.json`,
])
const unit = readJson(`${REPORTS}/unit.json`)
if (unit) {
  totals.passed += unit.numPassedTests ?? 0
  totals.failed += unit.numFailedTests ?? 0
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) broken = true

if (!run('Production build (vite build)', npx, ['vite', 'build'])) {
  broken = true
  console.error('Build failed.')
  finish()
}

const e2eOk = run('End-to-end tests (Playwright, headless Chromium)', npx, ['playwright', 'test'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/e2e.json`,
})
const e2e = readJson(`${REPORTS}/e2e.json`)
if (e2e?.stats) {
  totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0)
  totals.failed += e2e.stats.unexpected ?? 0
}
if (!e2eOk && (!e2e?.stats || e2e.stats.unexpected === 0)) broken = true

finish()
