/**
 * The suite's `test`: every page is watched for console errors and warnings, uncaught page errors
 * and Content-Security-Policy violations, and a test fails if any occurred.
 */
import { test as base, expect } from '@playwright/test'
import { DashboardPage } from './pages/dashboard-page'

export interface AtlasFixtures {
  dashboard: DashboardPage
  /** Console messages a test expects (e.g. the browser's own line for a deliberate 404). */
  allowedConsole: RegExp[]
  consoleGuard: void
}

export const test = base.extend<AtlasFixtures>({
  allowedConsole: [[], { option: true }],

  consoleGuard: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return
        const text = message.text()
        if (!allowedConsole.some((pattern) => pattern.test(text))) problems.push(`console ${message.type()}: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`)
        })
      })
      await use()
      expect(problems, 'the page logged errors, warnings or CSP violations').toEqual([])
    },
    { auto: true },
  ],

  dashboard: async ({ page }, use) => {
    await use(new DashboardPage(page))
  },
})

export { expect }
