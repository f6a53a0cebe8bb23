// `npm test`: build (e2e runs the built renderer, the CLI test runs the built CLI), then the unit
// tests (vitest), then the e2e specs (Playwright). Ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const UNIT_JSON = '.vitest-results.json'
const E2E_JSON = '.e2e-results.json'
const args = process.argv.slice(2)
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all'
const skipBuild = args.includes('--no-build')

function run(label, command, commandArgs) {
  console.log(`\n▶ ${label}: ${command} ${commandArgs.join(' ')}`)
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' })
  return result.status ?? 1
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

if (!broken && only !== 'e2e') {
  rmSync(UNIT_JSON, { force: true })
  const status = run('unit tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${UNIT_JSON}`,
  ])
  const report = readJson(UNIT_JSON)
  if (report) {
    passed += report.numPassedTests
    failed += report.numFailedTests
    // A file that fails to load has no tests to count but is a failure all the same.
    failed += report.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length
  }
  if (status !== 0 && (!report || report.numFailedTests === 0)) failed += 1
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
}

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
