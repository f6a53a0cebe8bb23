// `npm start`: make sure Electron's binary is there, build the app, make sure an Electron-ABI build of
// better-sqlite3 is there, then launch Electron on the built app with any extra arguments passed on.
// node_modules keeps its Node-ABI better-sqlite3 (so `npm test` keeps working); the Electron build
// lives in .cache/electron-native/<electron version>/ and reaches the app via PAPERDESK_SQLITE_BINDING.
import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const passThrough = process.argv.slice(2)

/** Prints one explanatory paragraph (no stack trace) and exits with 1. */
function fail(paragraph) {
  process.stderr.write(`\n${paragraph.replace(/\s+/g, ' ').trim()}\n\n`)
  process.exit(1)
}

/** The first meaningful line of a failed child's stderr, to say why without a stack trace. */
function reasonFrom(stderr) {
  const line = String(stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at ') && !l.startsWith('gyp info'))
  // "TypeError: fetch failed" reads like a crash; the message alone says enough.
  const message = line?.replace(/^[A-Za-z]*Error:\s*/, '').replace(/\.$/, '')
  return message ? ` (${message.slice(0, 200)})` : ''
}

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it but without that
 * file's implicit download, so a missing binary is reported here in one paragraph. null if absent.
 */
function electronBinary(pkgDir) {
  if (!pkgDir) return null
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const exe = join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    return existsSync(exe) ? exe : null
  }
  if (!relative) return null
  const exe = join(pkgDir, 'dist', relative)
  return existsSync(exe) ? exe : null
}

function ensureElectron() {
  const pkgDir = electronPackageDir()
  let exe = electronBinary(pkgDir)
  if (exe) return { exe, version: readElectronVersion(pkgDir) }
  let reason
  if (pkgDir) {
    // Electron 45 has no postinstall: it downloads its binary on first use. Do that here, once,
    // so a failure (offline machines) is explained below rather than thrown as a stack trace.
    console.log("Electron's binary is not installed yet; trying to download it once…")
    const install = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
      cwd: pkgDir,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    })
    reason = install.error
      ? ` (${install.error.message})`
      : reasonFrom(install.stderr).replace(/^ \(/, ' (download failed: ')
    exe = electronBinary(pkgDir)
    if (exe) return { exe, version: readElectronVersion(pkgDir) }
  } else {
    reason = ' (the electron package itself is missing: run npm install)'
  }
  fail(`Electron's binary isn't installed, so Paperdesk cannot start as a desktop app${reason}.
    To install it, run "node node_modules/electron/install.js" on a machine with network access to
    GitHub, or point ELECTRON_MIRROR at a mirror that has Electron's release zips (for example
    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js),
    then run npm start again. Meanwhile, "npm run start:chromium" runs the same UI in Chromium.`)
}

function readElectronVersion(pkgDir) {
  return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version
}

function build() {
  // electron-vite's package exports hide its bin, so go through its package.json.
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) fail('The build (electron-vite build) failed; see its messages above.')
}

/** node-gyp: the project's copy, else the one bundled with npm, else npx fetches it. */
function nodeGypCommand() {
  const searchPaths = [root]
  if (process.env.npm_execpath) searchPaths.push(resolve(dirname(process.env.npm_execpath), '..'))
  for (const paths of searchPaths) {
    try {
      return [process.execPath, [require.resolve('node-gyp/bin/node-gyp.js', { paths: [paths] })]]
    } catch {
      // not there; try the next place
    }
  }
  return [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', 'node-gyp']]
}

/** node-gyp's own explanation: the `gyp ERR! stack Error: …` lines up to the stack frames. */
function gypReason(stderr) {
  const stack = String(stderr ?? '')
    .split('\n')
    .filter((l) => l.startsWith('gyp ERR! stack '))
    .map((l) => l.slice('gyp ERR! stack '.length).trim())
  const first = stack.findIndex((l) => /^\w*Error:/.test(l))
  if (first < 0) return reasonFrom(String(stderr ?? '').replace(/^gyp (info|http|WARN).*$/gm, ''))
  const end = stack.findIndex((l, i) => i > first && l.startsWith('at '))
  const message = stack
    .slice(first, end < 0 ? undefined : end)
    .join(' ')
    .replace(/^\w*Error:\s*/, '')
    .replace(/\.$/, '')
  return ` (${message.slice(0, 240)})`
}

/** Builds better-sqlite3 for Electron's ABI once per Electron version, in a copy outside node_modules. */
function ensureNativeBinding(electronVersion) {
  const outDir = join(root, '.cache', 'electron-native', electronVersion)
  const binding = join(outDir, 'better_sqlite3.node')
  if (existsSync(binding)) return binding

  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; this takes a minute or two)…`)
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  mkdirSync(join(root, '.cache'), { recursive: true })
  const work = mkdtempSync(join(root, '.cache', 'better-sqlite3-electron-'))
  const copy = join(work, 'better-sqlite3')
  let reason = null
  try {
    // Leave out the Node-ABI build so nothing of it can end up in the Electron one.
    cpSync(source, copy, { recursive: true, filter: (src) => src !== join(source, 'build') })
    const [command, prefix] = nodeGypCommand()
    const result = spawnSync(
      command,
      [
        ...prefix,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      {
        cwd: copy,
        stdio: ['ignore', 'inherit', 'pipe'],
        encoding: 'utf8',
        shell: process.platform === 'win32',
      },
    )
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node')
    if (result.error) reason = ` (${result.error.message})`
    else if (result.status !== 0 || !existsSync(built)) reason = gypReason(result.stderr)
    else {
      mkdirSync(outDir, { recursive: true })
      // Copy then rename, so an interrupted run never leaves a half-written binding behind.
      copyFileSync(built, `${binding}.partial`)
      renameSync(`${binding}.partial`, binding)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  if (reason !== null) {
    fail(`Could not build better-sqlite3 for Electron ${electronVersion}${reason}. This needs Python 3,
      a C++ compiler (build-essential, Xcode command line tools, or Visual Studio Build Tools) and, once,
      network access to https://electronjs.org/headers for Electron's headers. Run npm start again when
      those are available; meanwhile "npm run start:chromium" runs the same UI in Chromium.`)
  }
  return binding
}

function launch(exe, binding) {
  const env = { ...process.env, PAPERDESK_SQLITE_BINDING: binding }
  // Inherited from some tools; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(exe, ['.', ...passThrough], { cwd: root, stdio: 'inherit', env, windowsHide: false })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal)
    })
  }
  child.on('error', (error) => fail(`Electron could not be started (${error.message}).`))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

// The binary check comes first: without it there is no point in a build.
const electron = ensureElectron()
build()
launch(electron.exe, ensureNativeBinding(electron.version))
