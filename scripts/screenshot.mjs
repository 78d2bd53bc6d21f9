#!/usr/bin/env node
// Takes a full-page screenshot of a running dashboard in headless Chromium, to look at what was built:
//   node scripts/screenshot.mjs <url> <out.png> [--width=1280] [--height=900] [--dark] [--viewport-only]
import { chromium } from '@playwright/test'
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
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.error(`console ${message.type()}: ${message.text()}`)
})
await page.goto(url)
await page.waitForLoadState('networkidle')
// The network going quiet is not the page being drawn: the sections below the table come in one after
// another, and the charts after them. Wait until no section is still loading and nothing says it is
// busy, then for 600 ms in which no task held the main thread (up to 60 s in all).
await page.waitForFunction(
  () =>
    document.querySelector('main, .embed-page') !== null &&
    document.querySelector('.section-loading, [aria-busy="true"]') === null,
  null,
  { timeout: 60_000 },
)
await page.evaluate(
  () =>
    new Promise((resolve) => {
      const started = performance.now()
      let last = started
      let quietSince = started
      const tick = () => {
        const now = performance.now()
        // Idle callbacks come about 50 ms apart on an idle page: a longer gap means a task ran.
        if (now - last > 100) quietSince = now
        last = now
        if (now - quietSince >= 600 || now - started > 60_000) resolve(undefined)
        else requestIdleCallback(tick)
      }
      requestIdleCallback(tick)
    }),
)
await page.screenshot({ path: out, fullPage: !flags.includes('--viewport-only') })
await browser.close()
console.log(`wrote ${out}`)
