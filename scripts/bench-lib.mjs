// Shared by the benchmark (bench.mjs) and the profiler (bench-profile.mjs): the dataset sizes, a
// static server with no caching, and the in-page helpers that time an interaction.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { generateDataset } from './gen-data.mjs'

export const BENCH_SIZES = [
  { name: 'bundled', label: 'bundled dataset', file: 'public/data/coalitions.json' },
  { name: '1k', label: '1,000 memberships', orgs: 200, coalitions: 10, memberships: 1000 },
  { name: '10k', label: '10,000 memberships', orgs: 2000, coalitions: 30, memberships: 10000 },
  { name: '100k', label: '100,000 memberships', orgs: 10000, coalitions: 100, memberships: 100000 },
  // About 45 MB: a large document loaded as a link would be, timed for its load and longest task only.
  {
    name: '45mb',
    label: '260,000 memberships (45 MB)',
    orgs: 26000,
    coalitions: 120,
    memberships: 260000,
    loadOnly: true,
  },
]

export function datasetJson(size) {
  return size.file
    ? readFileSync(size.file, 'utf8')
    : JSON.stringify(
        generateDataset({ orgs: size.orgs, coalitions: size.coalitions, memberships: size.memberships, seed: 1 }),
      )
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
}

/** A static server with no caching, so every run fetches as a first visit does. */
export async function serveStatic(root, port) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': statSync(file).size,
    })
    createReadStream(file).pipe(response)
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}

/**
 * In-page helpers, installed before the page's own scripts. First rows: the first frame after a
 * table row exists. Latency: from an action to the frame after the DOM it changes has settled
 * (rAF, then a task, approximates "painted"). Long tasks: every task over 50 ms is recorded with
 * its start, so an interaction can ask for the longest one inside its own window.
 */
export const PAGE_HELPERS = () => {
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  window.benchFirstRows = null
  window.benchFirstRowsFrame = null
  window.benchLongTasks = []
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No Long Tasks API: the longest task is not measured.
  }
  /** The longest task that started at or after `since` (ms, performance.now()), 0 when none passed 50 ms. */
  window.benchLongestSince = (since) =>
    window.benchLongTasks
      .filter((task) => task.start + task.duration >= since)
      .reduce((longest, task) => Math.max(longest, task.duration), 0)
  const watch = new MutationObserver(() => {
    if (window.benchFirstRows === null && document.querySelector('table tbody tr td')) {
      window.benchFirstRows = -1
      // The frame that paints the rows: a script requested after its animation callbacks is requested
      // after the paint (nothing runs between them), even if it comes before the stamp taken below.
      requestAnimationFrame(() => {
        window.benchFirstRowsFrame = performance.now()
      })
      nextPaint().then(() => {
        window.benchFirstRows = performance.now()
      })
      watch.disconnect()
    }
  })
  // The whole document from the start, not the body from DOMContentLoaded: a page may draw its rows
  // while it is still being parsed (a deferred or module script runs before DOMContentLoaded), and
  // rows inserted before the observer was attached were only seen at the next change of the page.
  watch.observe(document, { childList: true, subtree: true })
  /** Runs `act`, waits for `target` to change, then for the next frame; resolves ms, or null after 60 s. */
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
        else if (performance.now() - started > 60000) {
          observer.disconnect()
          resolve(null)
        } else requestAnimationFrame(poll)
      }
      queueMicrotask(poll)
    })
  /**
   * Resolves once the page has been idle for `quietMs`: idle callbacks kept coming, none more than
   * 50 ms after the one before (no task in between held the main thread), so the work an
   * interaction started (the sections below follow it after a pause) is done. At most `maxMs`.
   */
  window.benchSettled = (quietMs = 600, maxMs = 60000) =>
    new Promise((resolve) => {
      const started = performance.now()
      let last = started
      let quietSince = started
      const tick = () => {
        const now = performance.now()
        // An idle page runs idle callbacks about 50 ms apart (Chromium's longest idle period), so
        // only a gap past 100 ms means work of 50 ms or more ran between them.
        if (now - last > 100) quietSince = now
        last = now
        if (now - quietSince >= quietMs || now - started > maxMs) resolve(now - started)
        else requestIdleCallback(tick)
      }
      requestIdleCallback(tick)
    })
  /** Runs `act`, waits until `done()` holds (checked on every change of the page and every frame), then for the next frame; resolves ms, or null after 60 s. */
  window.benchUntil = (act, done) =>
    new Promise((resolve) => {
      const started = performance.now()
      let finished = false
      const observer = new MutationObserver(() => check())
      const check = () => {
        if (finished) return
        if (done()) {
          finished = true
          observer.disconnect()
          nextPaint().then(() => resolve(performance.now() - started))
        } else if (performance.now() - started > 60000) {
          finished = true
          observer.disconnect()
          resolve(null)
        } else requestAnimationFrame(check)
      }
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
      act()
      queueMicrotask(check)
    })
  window.benchMembersTable = () =>
    [...document.querySelectorAll('table')].find(
      (t) =>
        t.getAttribute('aria-label') === 'Members' || t.querySelector('caption')?.textContent?.trim() === 'Members',
    ) ?? null
  window.benchSetInput = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set
    setter.call(input, value)
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }))
  }
  const labelled = (selector, text) =>
    [...document.querySelectorAll(selector)].find(
      (el) => el.labels?.[0]?.textContent?.trim() === text || el.getAttribute('aria-label') === text,
    )
  const sortBy = (regex) => {
    const table = window.benchMembersTable()
    const header = [...(table?.querySelectorAll('thead th') ?? [])].find((th) => regex.test(th.textContent.trim()))
    if (!header) return null
    const control = header.querySelector('button') ?? header
    return window.benchLatency(() => control.click(), table.querySelector('tbody') ?? table)
  }
  /** The interactions timed, each resolving its latency in ms (null when its control is missing). */
  window.benchActions = {
    // What the measuring costs by itself: an attribute set on the page, to the next frame.
    baseline: () =>
      window.benchLatency(() => document.body.setAttribute('data-bench', String(performance.now())), document.body),
    'sort-name': () => sortBy(/^name/i),
    'sort-number': () => sortBy(/^coalitions/i),
    'sort-date': () => sortBy(/^member since/i),
    // Watch the table, not the section: React writes the input's value at once, and that is the
    // echo of the keystroke, not the filtered rows.
    search: () => {
      const input = labelled('input', 'Search')
      const table = window.benchMembersTable()
      return input && table ? window.benchLatency(() => window.benchSetInput(input, 'ar'), table) : null
    },
    // The Sector list filter: its second sector chosen.
    filter: () => {
      const select = labelled('select', 'Sector')
      const table = window.benchMembersTable()
      if (!select || !table || select.options.length < 2) return null
      return window.benchLatency(() => {
        select.options[1].selected = true
        select.dispatchEvent(new Event('change', { bubbles: true }))
      }, table)
    },
    // Until the comparison's columns name the new coalition A ("Only in …"), not just the first change.
    compare: () => {
      const select = labelled('select', 'Coalition A')
      const next = select && [...select.options].find((o) => !o.selected && !o.disabled)
      const section = select?.closest('section')
      if (!next || !section) return null
      const title = `Only in ${next.textContent.trim()}`
      return window.benchUntil(
        () => window.benchSetInput(select, next.value),
        () => [...section.querySelectorAll('h3, h4')].some((heading) => heading.textContent.trim() === title),
      )
    },
    // Until the bars are drawn as shares: the x axis ticks read as percentages.
    chart: () => {
      const figure = [...document.querySelectorAll('figure')].find((f) =>
        /Members by sector/.test(f.getAttribute('aria-label') ?? f.querySelector('h2,h3')?.textContent ?? ''),
      )
      const share = [...(figure?.querySelectorAll('input[type=radio]') ?? [])].find((input) =>
        /share/i.test(input.labels?.[0]?.textContent ?? ''),
      )
      if (!figure || !share) return null
      // Recharts draws the tick labels in a layer of their own, not inside the axis's group.
      return window.benchUntil(
        () => share.click(),
        () =>
          [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')].some((tick) =>
            /\d%$/.test(tick.textContent.trim()),
          ),
      )
    },
    // The Changes section's From day moved a year back, as a day picked in its calendar is applied,
    // until its figures for the new span are shown.
    changes: () => {
      const section = document.getElementById('changes')
      const input = section && labelled('#changes input[type=date]', 'From')
      if (!input?.value) return null
      const yearBack = `${Number(input.value.slice(0, 4)) - 1}${input.value.slice(4)}`
      // ISO days compare as text; the field refuses a day before its min.
      const earlier = input.min && yearBack < input.min ? input.min : yearBack
      if (earlier === input.value) return null
      // Until the status gives the new span's figures: on a large dataset it first says they are
      // being worked out ("Working out the changes between …"), which is not the answer.
      const status = () => section.querySelector('.changes-status')?.textContent?.trim() ?? ''
      const before = status()
      return window.benchUntil(
        () => window.benchSetInput(input, earlier),
        () => status() !== before && status().startsWith('Between'),
      )
    },
  }
  /** Puts back what an action changed, so the next one starts from the same view (not timed). */
  window.benchResets = {
    search: () => {
      const input = labelled('input', 'Search')
      if (input) window.benchSetInput(input, '')
    },
    filter: () => {
      const select = labelled('select', 'Sector')
      if (!select) return
      for (const option of select.options) option.selected = false
      select.dispatchEvent(new Event('change', { bubbles: true }))
    },
  }
}

/** Which in-page actions exist (for the profiler's --action). */
export const ACTIONS = Object.fromEntries(
  ['baseline', 'sort-name', 'sort-number', 'sort-date', 'search', 'filter', 'compare', 'chart', 'changes'].map(
    (name) => [name, true],
  ),
)

/**
 * The renderer main thread's CPU time so far, in ms (CDP Performance.getMetrics ThreadTime): unlike
 * the wall clock, other processes on a busy machine barely move it. `cdp` is the page's CDP session.
 */
export async function mainThreadClock(cdp) {
  await cdp.send('Performance.enable')
  return async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) *
    1000
}

/**
 * One interaction of PAGE_HELPERS' benchActions, as the benchmark times it: started on a quiet page,
 * input to the next painted frame (ms, null when its control is missing), the main thread's CPU time
 * meanwhile, and the longest task from the input until the page is quiet again.
 */
export async function timeAction(page, threadMs, action) {
  await page.evaluate(() => window.benchSettled())
  const before = await threadMs()
  const { ms, start } = await page.evaluate(async (name) => {
    const begun = performance.now()
    return { ms: await window.benchActions[name](), start: begun }
  }, action)
  const cpu = (await threadMs()) - before
  await page.evaluate(() => window.benchSettled())
  return { ms, cpu, longest: await page.evaluate((since) => window.benchLongestSince(since), start) }
}
