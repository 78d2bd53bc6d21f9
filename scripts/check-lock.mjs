#!/usr/bin/env node
// Fails with one sentence when package.json and package-lock.json disagree, so `npm ci` on a fresh
// machine (CI) cannot be the first to find out. Checks what `npm ci` checks: every dependency named
// in package.json is in the lock at a version its range allows, and every optional dependency the
// locked packages declare (the per-platform binaries of oxlint and rolldown) is in the lock too.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

function satisfies(version, range) {
  // The project pins exact versions; ranges are read as npm does for the simple forms used here.
  if (range === version || range === '*' || range === 'latest') return true
  const match = /^([~^]|>=)?(\d+)\.(\d+)\.(\d+)/.exec(range)
  const actual = /^(\d+)\.(\d+)\.(\d+)/.exec(version)
  if (!match || !actual) return false
  const [want, got] = [match.slice(2).map(Number), actual.slice(1).map(Number)]
  const cmp = got[0] - want[0] || got[1] - want[1] || got[2] - want[2]
  if (match[1] === '>=') return cmp >= 0
  if (match[1] === '^') return cmp >= 0 && got[0] === want[0] && (want[0] > 0 || got[1] === want[1])
  if (match[1] === '~') return cmp >= 0 && got[0] === want[0] && got[1] === want[1]
  return cmp === 0
}

export function lockProblems(pkg, lock) {
  const problems = []
  const packages = lock.packages ?? {}
  const root = packages[''] ?? {}
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (root[field]?.[name] !== range)
        problems.push(
          `${name}@${range} is in package.json ${field} but the lock records ${root[field]?.[name] ?? 'nothing'}`,
        )
      const entry = packages[`node_modules/${name}`]
      if (!entry) problems.push(`${name} is not in the lock`)
      else if (!satisfies(entry.version, range))
        problems.push(`${name} is locked at ${entry.version}, outside ${range}`)
    }
    for (const name of Object.keys(root[field] ?? {})) {
      if (!(name in (pkg[field] ?? {}))) problems.push(`${name} is in the lock's ${field} but not in package.json`)
    }
  }
  for (const [path, entry] of Object.entries(packages)) {
    if (!path) continue
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!packages[`node_modules/${name}`] && !packages[`${path}/node_modules/${name}`])
        problems.push(
          `${name}, an optional dependency of ${path.replace(/^.*node_modules\//, '')}, is missing from the lock`,
        )
    }
  }
  return problems
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'))
  const problems = lockProblems(read('package.json'), read('package-lock.json'))
  if (problems.length) {
    console.error(
      `package.json and package-lock.json disagree (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}, first: ${problems[0]}): delete node_modules and package-lock.json, run npm install, and commit the new lock.`,
    )
    process.exit(1)
  }
  console.log('package.json and package-lock.json agree.')
}
