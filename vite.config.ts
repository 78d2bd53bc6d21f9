import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The production page carries a strict Content-Security-Policy meta tag (see index.html).
 * Vite's dev server injects inline <style> tags for hot reloading, which that policy forbids,
 * so in dev only the policy is relaxed to allow inline styles.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'coalition-atlas:relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    },
  }
}

export default defineConfig({
  // Relative base: the build works from any folder of any static host.
  base: './',
  plugins: [react(), relaxCspInDev()],
  build: {
    target: 'es2023',
    // Inlined data: URIs would need extra CSP allowances for fonts; keep every asset a file.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
  },
})
