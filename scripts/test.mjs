// `npm test`: build (e2e runs the built renderer, the CLI test runs the built CLI), then the unit
// tests (vitest), then the e2e specs (Playwright). Ends with one line `N passed, N failed`.
// `--runtimes` (CI) also runs the unit and CLI tests on the Node inside Electron and on the floor
// of package.json's `engines` (scripts/node-runtime.mjs); `--checks` (CI) also runs
// Electronegativity and the packaged-app listing check, one count each; all in the same line.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { delimiter, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ELECTRON_NODE, floorNode, prepareRuntime } from './node-runtime.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const UNIT_JSON = '.vitest-results.json'
const E2E_JSON = '.e2e-results.json'
const args = process.argv.slice(2)
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all'
const skipBuild = args.includes('--no-build')
const runtimes = args.includes('--runtimes') ? [ELECTRON_NODE, floorNode()] : []
const checks = args.includes('--checks')

function run(label, command, commandArgs, env = process.env) {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`)
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env,
  })
  return result.status ?? 1
}

/** Like run, but its output is also kept, so a failure's last lines can be repeated in the tally. */
function runKeepingTail(label, command, commandArgs) {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`)
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  process.stdout.write(result.stdout ?? '')
  process.stderr.write(result.stderr ?? '')
  if (result.error) process.stderr.write(`${result.error.message}\n`)
  const lines = `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && /UNEXPLAINED|did not run|error|Error|left unexplained|fail/i.test(l))
  return { status: result.status ?? 1, lastLines: lines.slice(-4).map((l) => l.slice(0, 200)) }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

let passed = 0
let failed = 0
let broken = false

if (!skipBuild && run('build', 'npm', ['run', '--silent', 'build']) !== 0) {
  console.error('The build failed, so the tests did not run.')
  failed += 1
  broken = true
}

/** Runs vitest with `node` (default: npx on this Node) and counts its JSON report into the totals. */
function unitTests(label, jsonFile, runner = { command: 'npx', prefix: ['vitest'] }, env = process.env) {
  rmSync(jsonFile, { force: true })
  const status = run(
    label,
    runner.command,
    [...runner.prefix, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
    env,
  )
  const report = readJson(jsonFile)
  let ok = 0
  let bad = 0
  if (report) {
    ok += report.numPassedTests
    bad += report.numFailedTests
    // A file that fails to load has no tests to count but is a failure all the same.
    bad += report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
  }
  if (status !== 0 && (!report || bad === 0)) bad += 1
  passed += ok
  failed += bad
  return { ok, bad }
}

const tally = []

if (!broken && only !== 'e2e') {
  const { ok, bad } = unitTests(`unit tests (Node ${process.versions.node})`, UNIT_JSON)
  tally.push(`unit tests on Node ${process.versions.node} (this machine's): ${ok} passed, ${bad} failed`)
  for (const version of runtimes) {
    let runtime
    try {
      runtime = prepareRuntime(version)
    } catch (error) {
      console.error(
        `Node ${version} could not be prepared: ${error instanceof Error ? error.message : error}`,
      )
      failed += 1
      tally.push(`unit tests on Node ${version}: not run (1 failed)`)
      continue
    }
    // The runtime's node first on PATH (for anything spawned by name) and better-sqlite3 built
    // for its ABI wherever the tests import it (scripts/sqlite-abi-hook.mjs).
    const env = {
      ...process.env,
      PATH: `${dirname(runtime.node)}${delimiter}${process.env.PATH ?? ''}`,
      NODE_OPTIONS: `--import=${pathToFileURL(resolve(root, 'scripts', 'sqlite-abi-hook.mjs')).href}`,
      PAPERDESK_SQLITE_PACKAGE: runtime.sqlite,
    }
    const vitest = resolve(root, 'node_modules', 'vitest', 'vitest.mjs')
    const label = version === ELECTRON_NODE ? `Node ${version}, Electron's` : `Node ${version}, the floor`
    const result = unitTests(
      `unit and CLI tests on ${label}`,
      `.vitest-results-node${version}.json`,
      { command: runtime.node, prefix: [vitest] },
      env,
    )
    tally.push(`unit tests on ${label}: ${result.ok} passed, ${result.bad} failed`)
    // The same files on another Node: a different count means tests went unrun there.
    if (result.ok + result.bad !== ok + bad) {
      console.error(
        `Node ${version} ran ${result.ok + result.bad} tests where Node ${process.versions.node} ran ${ok + bad}`,
      )
      failed += 1
    }
  }
}

if (!broken && checks) {
  for (const [label, script] of [
    ['Electronegativity (no unexplained high or medium finding)', 'electronegativity.mjs'],
    ['packaged app contents', 'package-contents.mjs'],
  ]) {
    const { status, lastLines } = runKeepingTail(label, process.execPath, [resolve(root, 'scripts', script)])
    const ok = status === 0
    if (ok) passed += 1
    else failed += 1
    // A failed check says why in the tally, since CI shows only the end of the log.
    tally.push(`${label}: ${ok ? 'passed' : `FAILED (${lastLines.join(' | ') || `exit ${status}`})`}`)
  }
}

if (!broken && only !== 'unit') {
  rmSync(E2E_JSON, { force: true })
  const status = run('e2e tests', 'npx', ['playwright', 'test'])
  const report = existsSync(E2E_JSON) ? readJson(E2E_JSON) : null
  if (report) {
    passed += report.stats.expected + report.stats.flaky
    failed += report.stats.unexpected
    failed += report.errors?.length ?? 0
  }
  if (status !== 0 && (!report || report.stats.unexpected === 0)) failed += 1
  if (report)
    tally.push(
      `e2e tests: ${report.stats.expected + report.stats.flaky} passed, ${report.stats.unexpected} failed`,
    )
}

for (const line of tally) console.log(line)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
