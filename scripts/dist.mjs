// `npm run dist`: installers via electron-builder. electron-builder rebuilds better-sqlite3 for
// Electron inside node_modules; rebuild it for Node afterwards so `npm test` and the CLI still work.
import { spawnSync } from 'node:child_process'

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1

let status = run('npm', ['run', 'build'])
if (status === 0) status = run('npx', ['electron-builder', ...process.argv.slice(2)])
const rebuilt = run('npm', ['rebuild', 'better-sqlite3'])
process.exit(status || rebuilt)
