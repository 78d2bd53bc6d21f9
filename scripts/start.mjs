#!/usr/bin/env node
// `npm start`: builds the site, then serves it on http://127.0.0.1:4173/ (or `npm start -- --port N`).
// A port already in use gets one sentence saying so and how to pick another, not a stack trace.
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'

const args = process.argv.slice(2)
const portIndex = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='))
const portText =
  portIndex < 0 ? '4173' : args[portIndex].includes('=') ? args[portIndex].split('=')[1] : args[portIndex + 1]
const port = Number(portText)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`"${portText}" is not a port number: use npm start -- --port 4174 (any number from 1 to 65535).`)
  process.exit(2)
}

function portIsFree(number) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(number, '127.0.0.1')
  })
}

if (!(await portIsFree(port))) {
  console.error(
    `Port ${port} is already in use by another program: stop that program, or start on another port with npm start -- --port ${port === 4174 ? 4175 : 4174}.`,
  )
  process.exit(1)
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const build = spawnSync(npx, ['vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const serve = spawnSync(npx, ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
  stdio: 'inherit',
})
process.exit(serve.status ?? 0)
