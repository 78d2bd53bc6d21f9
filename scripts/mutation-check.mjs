#!/usr/bin/env node
// `npm run check:mutations`: breaks, one at a time, the rules the important tests guard, and runs
// those tests against each broken copy. Every mutation must make at least one test fail; a mutation
// that survives names a test that cannot catch what it claims to guard. The source is restored after
// each run, also when the run is interrupted.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

/** [file, exact text, replacement, test files, what the mutation breaks] */
const MUTATIONS = [
  [
    'src/domain/membership/windows.ts',
    'return windows.startEarliest <= day && day < windows.endLatest',
    'return windows.startEarliest <= day && day <= windows.endLatest',
    ['src/domain/membership'],
    'a membership stays possible on the day its end window closes',
  ],
  [
    'src/domain/membership/windows.ts',
    'return windows.startLatest <= day && day < windows.endEarliest && isPossibleOn(windows, day)',
    'return windows.startEarliest <= day && day < windows.endEarliest && isPossibleOn(windows, day)',
    ['src/domain/membership'],
    'certain from the earliest possible start (a "joined by" counted as certain)',
  ],
  [
    'src/domain/dataset/verify-core.ts',
    'const order = boundsOutOfOrder(facts)',
    'const order = null as string | null',
    ['src/domain/dataset'],
    'bounds out of order are accepted',
  ],
  [
    'src/domain/dataset/safe-url.ts',
    "return protocol === 'https:' || protocol === 'http:'",
    "return protocol !== 'file:'",
    ['src/domain/dataset'],
    'a javascript: link becomes a link',
  ],
  [
    'src/domain/export/csv.ts',
    'const FORMULA_START = /^[=+\\-@\\t\\r\\n\\0]/',
    'const FORMULA_START = /^[+\\-@\\t\\r\\n\\0]/',
    ['src/domain/export'],
    'a cell starting with "=" runs as a formula in a spreadsheet',
  ],
  [
    'src/domain/members/filter.ts',
    "(normalizeText(filters.query) === '' ? 0 : 1)",
    '0',
    ['src/domain/members', 'src/store'],
    'a search is not counted among the filters in force',
  ],
  [
    'src/domain/compare/pair.ts',
    'const a = has(view.a) ? view.a',
    'const a = has(view.b) ? view.b',
    ['src/domain/compare'],
    'the chosen coalition A is ignored',
  ],
]

const only = process.argv[2]
let survived = 0
for (const [file, text, replacement, tests, what] of MUTATIONS) {
  if (only && !file.includes(only)) continue
  const original = readFileSync(file, 'utf8')
  if (!original.includes(text)) {
    console.error(`✗ ${file}: the text to mutate is no longer there; update this table.\n    ${text}`)
    survived++
    continue
  }
  const restore = () => writeFileSync(file, original)
  process.once('SIGINT', restore)
  writeFileSync(file, original.replace(text, replacement))
  try {
    const run = spawnSync('npx', ['vitest', 'run', ...tests], { encoding: 'utf8' })
    const caught = run.status !== 0
    if (!caught) survived++
    console.log(`${caught ? '✓ caught' : '✗ SURVIVED'}: ${what} (${file}; ${tests.join(', ')})`)
  } finally {
    restore()
    process.removeListener('SIGINT', restore)
  }
}
console.log(survived === 0 ? '\nEvery mutation was caught.' : `\n${survived} mutation(s) survived.`)
process.exit(survived === 0 ? 0 : 1)
