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

/**
 * Small documents (the bundled one among them) are validated in the page by a lazily loaded chunk.
 * Fetched only when the dataset has arrived, it stood between the data and the first rows; a
 * modulepreload link has the browser fetch and compile it while the app's bundle is evaluated.
 */
function preloadValidator(): Plugin {
  return {
    name: 'coalition-atlas:preload-validator',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/domain/load-dataset.ts'))
        if (!chunk) throw new Error('preload-validator: no chunk for src/domain/load-dataset.ts; was it renamed or bundled into the entry?')
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }]
      },
    },
  }
}

export default defineConfig({
  // Relative base: the build works from any folder of any static host.
  base: './',
  plugins: [react(), relaxCspInDev(), preloadValidator()],
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
