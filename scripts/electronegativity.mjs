// `npm run electronegativity` (part of `npm run check`): Doyensec's Electronegativity over src/, as
// Electron's own checklist sees the code. Every HIGH or MEDIUM finding must be explained by a
// comment beside the code it names (on its line or up to 6 lines above) that mentions the
// check's id, e.g. `// electronegativity OPEN_EXTERNAL_JS_CHECK: only https and mailto …`;
// an unexplained one fails. Offline: AvailableSecurityFixesGlobalCheck (which downloads Electron's
// release list) is excluded, the tool's download of translations is answered "offline" at once,
// and the Electron version is taken from node_modules instead of being guessed.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const SOURCE = join(root, 'src')
const EXPLAINED_WITHIN_LINES = 6
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']

const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js')
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version

/** Splits one CSV line of the tool's report (fields optionally in double quotes, "" inside). */
export function csvFields(line) {
  const fields = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (c === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else {
      field += c
    }
  }
  fields.push(field)
  return fields.map((f) => f.trim())
}

/** Runs the tool with no network: `got` (its only HTTP client) answers every request "offline". */
function runTool(outFile) {
  // The tool writes its CSV header and its rows with two concurrent fs.writeFile calls (truncate,
  // then append), so now and then the header's truncation lands after the rows began and cuts the
  // first row (CI failed on it once). Writes to the report are made synchronous, in call order.
  const offline = `
    const fs = require('fs')
    const writeFile = fs.writeFile
    fs.writeFile = function (file, data, options, done) {
      if (file !== ${JSON.stringify(outFile)}) return writeFile.apply(this, arguments)
      if (typeof options === 'function') [options, done] = [undefined, options]
      try {
        fs.writeFileSync(file, data, options)
      } catch (error) {
        if (done) return done(error)
        throw error
      }
      if (done) done(null)
    }
    const Module = require('module')
    const load = Module._load
    Module._load = function (request, ...rest) {
      if (request === 'got') return () => Promise.reject(new Error('offline'))
      return load.call(this, request, ...rest)
    }
    process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify([
      '-i',
      SOURCE,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-e',
      electronVersion,
      '-r',
      '-v',
      'false',
      '-o',
      outFile,
    ])}]
    require(${JSON.stringify(cli)})
  `
  return spawnSync(process.execPath, ['-e', offline], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en-US' },
  })
}

/** The explaining comment: "electronegativity" and the check's id, on the finding's line or just above. */
function isExplained(file, line, id) {
  let lines
  try {
    lines = readFileSync(join(SOURCE, file), 'utf8').split('\n')
  } catch {
    return false
  }
  const from = Math.max(0, line - 1 - EXPLAINED_WITHIN_LINES)
  return lines.slice(from, line).some((text) => text.includes('electronegativity') && text.includes(id))
}

function main() {
  const work = mkdtempSync(join(tmpdir(), 'paperdesk-electronegativity-'))
  try {
    const report = join(work, 'report.csv')
    const run = runTool(report)
    let csv
    try {
      csv = readFileSync(report, 'utf8')
    } catch {
      process.stderr.write(`electronegativity did not run:\n${run.stderr || run.stdout}\n`)
      return 1
    }
    const findings = csv
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map(csvFields)
      .map(([id, severity, confidence, file, location]) => ({
        id,
        severity,
        confidence,
        file,
        line: Number(String(location).split(':')[0]),
      }))
    const malformed = findings.filter((f) => !SEVERITIES.includes(f.severity) || !f.id || !(f.line >= 0))
    if (malformed.length > 0) {
      process.stderr.write(`electronegativity's report has ${malformed.length} unreadable row(s):\n${csv}\n`)
      return 1
    }
    let unexplained = 0
    for (const f of findings) {
      const mustExplain = f.severity === 'HIGH' || f.severity === 'MEDIUM'
      const explained = isExplained(f.file, f.line, f.id)
      if (mustExplain && !explained) unexplained++
      const verdict = explained ? 'explained' : mustExplain ? 'UNEXPLAINED' : 'low, noted'
      console.log(`${f.severity.padEnd(6)} ${f.id.padEnd(32)} ${f.file}:${f.line}  ${verdict}`)
    }
    console.log(
      `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ` +
        `${unexplained} high or medium left unexplained`,
    )
    return unexplained === 0 ? 0 : 1
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main())
