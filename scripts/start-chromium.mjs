#!/usr/bin/env node
// `npm run start:chromium [-- --no-build] [-- --data-dir DIR] [-- --locale zh-CN]`
// Builds, then opens the built renderer in a visible Chromium through the e2e harness: the same
// core and real SQLite as the app, only the Electron shell swapped out. For machines where
// Electron's binary is not installed.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const build = !args.includes('--no-build')
const passOn = args.filter((a) => a !== '--no-build')

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display (DISPLAY is not set): try `xvfb-run -a npm run start:chromium`.')
  process.exit(1)
}

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
if (build) {
  const code = await run(npx, ['electron-vite', 'build'])
  if (code !== 0) process.exit(code)
}
process.exit(await run(npx, ['tsx', 'e2e/harness/open-headed.ts', ...passOn]))
