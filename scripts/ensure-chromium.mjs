#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, installing Debian's package when that is possible.
// Playwright never downloads a browser here: it drives this one through launchOptions.executablePath.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HOW_TO_GET_ONE =
  'No Chromium found for the end-to-end tests: install Debian\'s package ("apt-get install chromium", as root) or set CHROMIUM_PATH to a Chromium or Chrome binary.'

function playwrightCacheChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright')
  if (!existsSync(cache)) return null
  for (const dir of readdirSync(cache)
    .filter((name) => name.startsWith('chromium-'))
    .sort()
    .reverse()) {
    for (const binary of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
      const path = join(cache, dir, binary)
      if (existsSync(path)) return path
    }
  }
  return null
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  return candidates.find((path) => existsSync(path)) ?? playwrightCacheChromium()
}

function canInstallWithApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get')
}

/** Returns a Chromium path, installing Debian's chromium as root with apt when none exists. */
export function ensureChromium() {
  const found = findChromium()
  if (found) return found
  if (!canInstallWithApt()) {
    console.error(HOW_TO_GET_ONE)
    process.exit(1)
  }
  console.log("No Chromium found: installing Debian's chromium package with apt-get…")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core', 'fonts-liberation'], {
    stdio: 'inherit',
    env,
  })
  const installed = findChromium()
  if (!installed) {
    console.error(HOW_TO_GET_ONE)
    process.exit(1)
  }
  return installed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Chromium for end-to-end tests: ${ensureChromium()}`)
}
