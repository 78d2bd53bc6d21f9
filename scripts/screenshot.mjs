#!/usr/bin/env node
// Takes a full-page screenshot of a running dashboard in headless Chromium, to look at what was built:
//   node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=900] [--dark] [--viewport-only]
import { chromium } from '@playwright/test'
import { PAGE_HELPERS } from './bench-lib.mjs'
import { ensureChromium } from './ensure-chromium.mjs'

const [url, out, ...flags] = process.argv.slice(2)
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=900] [--dark] [--viewport-only]',
  )
  process.exit(2)
}
const option = (name, fallback) =>
  Number(flags.find((flag) => flag.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
})
const page = await browser.newPage({
  viewport: { width: option('width', 1280), height: option('height', 900) },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
})
// The benchmark's page helpers: benchSettled waits for the page to be idle.
await page.addInitScript(PAGE_HELPERS)
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.error(`console ${message.type()}: ${message.text()}`)
})
await page.goto(url)
await page.waitForLoadState('networkidle')
// The network going quiet is not the page being drawn: the sections below the table come in one after
// another, and the charts after them. Wait until no section is still loading and nothing says it is
// busy, then for 600 ms in which no task held the main thread (benchSettled, up to 60 s).
await page.waitForFunction(
  () =>
    document.querySelector('main, .embed-page') !== null &&
    document.querySelector('.section-loading, [aria-busy="true"]') === null,
  null,
  { timeout: 60_000 },
)
await page.evaluate(() => window.benchSettled(600))
await page.screenshot({ path: out, fullPage: !flags.includes('--viewport-only') })
await browser.close()
console.log(`wrote ${out}`)
