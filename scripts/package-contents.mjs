// `npm run package:contents` (part of `npm run check`; CI runs it too): what the packaged app
// ships, proven without Electron's binary. electron-builder packs the Linux app folder exactly as
// `npm run dist` would (electron-builder.yml's files, asar and asarUnpack), only against a stand-in
// Electron (an unpacked "distribution" with a placeholder executable), without rebuilding native
// modules for Electron's ABI and without flipping fuses (which needs the real binary). Then the
// app.asar listing is checked: no test files, test-support folders, fixtures, source maps or
// development-only packages; every native `.node` module unpacked beside the archive. Needs a build
// (`npm run build`). Prints the sizes; exits non-zero on any violation.
import { createRequire } from 'node:module'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

/** A placeholder Electron: the files electron-builder copies and renames for Linux. */
function standInElectron(dir, version) {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  writeFileSync(
    join(dir, 'electron'),
    '#!/bin/sh\necho "stand-in Electron: packaging test only" >&2\nexit 1\n',
    {
      mode: 0o755,
    },
  )
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n')
  return dir
}

function folderBytes(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0)
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** `name@version` of every package the app needs at run time (package-lock entries not `dev`). */
function productionPackages() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
      .map(([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 13)}@${entry.version}`),
  )
}

/** `node_modules/a/node_modules/@s/b/x.js` → every package folder it lies in. */
function packagePathsOf(file) {
  const parts = file.split('/')
  const found = []
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] !== 'node_modules' || !parts[i + 1]) continue
    const scoped = parts[i + 1].startsWith('@')
    found.push(parts.slice(0, i + (scoped ? 3 : 2)).join('/'))
  }
  return found
}

const isNative = (file) => /\.(node|so(\.\d+)*|dylib|dll)$/.test(file)

/**
 * Each rule: what may not ship, and the paths inside app.asar that break it. `packages` names the
 * `name@version` of each package folder (electron-builder lays them out its own way, so a
 * folder is judged by what it holds, not where npm put it); `production` those the app needs.
 */
export function violations(files, unpacked, packages, production) {
  const inApp = (f) => !f.startsWith('node_modules/')
  const found = {
    'test files ship': files.filter((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f)),
    'test-support folders ship': files.filter((f) => /(^|\/)(test-support|__tests__|__mocks__)\//.test(f)),
    'fixtures ship': files.filter((f) => /(^|\/)(fixtures?|__fixtures__)\//.test(f)),
    'source maps ship': files.filter((f) => f.endsWith('.map')),
    'development-only packages ship': [...packages]
      .filter(([, id]) => !production.has(id))
      .map(([p, id]) => `${p} (${id})`),
    'app files from outside out/ and package.json ship': files.filter(
      (f) =>
        inApp(f) &&
        !f.startsWith('out/') &&
        f !== 'package.json' &&
        !/^resources\/fonts\/[^/]+\.bin$/.test(f),
    ),
    'the CLI (not part of the app) ships': files.filter((f) => f.startsWith('out/cli/')),
    // The OS loads these from a real file: a native module, or a shared library one links to.
    'native code is left inside the archive': files.filter((f) => isNative(f) && !unpacked.has(f)),
    // This check packs Linux x64: any other platform's or architecture's native folder is dead weight.
    "another platform's native code ships": [...new Set([...files, ...unpacked])].filter(
      (f) => isNative(f) && /\/(darwin|win32|win|mac|arm64|ia32|aarch64)\//.test(f),
    ),
  }
  return Object.entries(found).filter(([, paths]) => paths.length > 0)
}

async function main() {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    console.error('package-contents: run `npm run build` first (out/ is missing)')
    return 1
  }
  const yaml = require('js-yaml')
  const { build, Platform, Arch } = require('electron-builder')
  const asar = require('@electron/asar')
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const work = mkdtempSync(join(tmpdir(), 'paperdesk-package-'))
  try {
    const base = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
    const config = {
      ...base,
      directories: { ...base.directories, output: join(work, 'dist') },
      electronDist: standInElectron(join(work, 'electron'), electronVersion),
      electronVersion,
      // Both need Electron itself: its headers (rebuild) and its binary (fuses).
      npmRebuild: false,
      electronFuses: null,
      publish: null,
    }
    await build({ projectDir: root, config, targets: Platform.LINUX.createTarget('dir', Arch.x64) })

    const resources = join(work, 'dist', 'linux-unpacked', 'resources')
    const archive = join(resources, 'app.asar')
    const files = asar
      .listPackage(archive, { isPack: false })
      .map((f) => f.replaceAll('\\', '/').replace(/^\//, ''))
      .filter((f) => {
        try {
          return !asar.statFile(archive, f).files
        } catch {
          return true
        }
      })
    const unpackedDir = join(resources, 'app.asar.unpacked')
    const unpacked = new Set(
      files.filter((f) => existsSync(join(unpackedDir, f)) && statSync(join(unpackedDir, f)).isFile()),
    )
    const natives = files.filter((f) => f.endsWith('.node'))
    const packages = new Map(
      [...new Set(files.flatMap(packagePathsOf))].map((dir) => {
        const manifest = JSON.parse(asar.extractFile(archive, `${dir}/package.json`).toString('utf8'))
        return [dir, `${manifest.name}@${manifest.version}`]
      }),
    )
    const broken = violations(files, unpacked, packages, productionPackages())
    const asarBytes = statSync(archive).size
    const unpackedBytes = existsSync(unpackedDir) ? folderBytes(unpackedDir) : 0
    console.log(
      `package contents: ${files.length} files in app.asar (${mb(asarBytes)}), ` +
        `${natives.length} native modules unpacked (${mb(unpackedBytes)}): ${natives.join(', ')}`,
    )
    console.log(`package contents: the app without Electron itself is ${mb(asarBytes + unpackedBytes)}`)
    for (const [rule, paths] of broken) {
      console.error(`package contents: FAILED, ${rule} (${paths.length}): ${paths.slice(0, 10).join(', ')}`)
    }
    if (natives.length === 0) console.error('package contents: no native module found (better-sqlite3?)')
    return broken.length === 0 && natives.length > 0 ? 0 : 1
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main())
