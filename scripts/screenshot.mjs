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
await page.screenshot({ path: out, fullPage: !flags.includes('--viewport-only') })
await browser.close()
console.log(`wrote ${out}`)
