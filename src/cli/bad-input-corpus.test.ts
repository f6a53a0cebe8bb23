import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorEnvelope } from '../shared/app-error'
import {
  type CorpusFile,
  entryPointsFor,
  type EntryPointName,
  expectedOutcome,
  type Outcome,
  P12_PASSWORD,
  writeCorpus,
} from '../main/core/test-support/bad-input-corpus'
import {
  databaseFingerprint,
  translatedMessages,
  withinTime,
} from '../main/core/test-support/bad-input-corpus/refusal-checks'
import { runCli } from './run-cli'

// Issue 19 item 2, the CLI half: every corpus file through every command that takes its kind, as
// typed by a user. The whole matrix runs in-process (--json, to read the code); one refusal per
// command also runs through the built out/cli/index.js, to see the one line a user reads.

// Per command, start-up included (an `ocr` run starts a worker): a hang fails, a busy CI machine does not.
const LIMIT_MS = 20_000
const cli = resolve(__dirname, '../../out/cli/index.js')
const root = mkdtempSync(join(tmpdir(), 'paperdesk-cli-corpus-'))
const corpusDir = join(root, 'corpus')
const outDir = join(root, 'out')
const data = join(root, 'data')
const passwordFile = join(root, 'p12-password.txt')
let files: CorpusFile[] = []
let attempts = 0

const IMAGE = /\.(jpe?g|png|tiff?|webp|heic|heif|avif|gif)$/i
const place = ['--signature', '1', '--x', '0.1', '--y', '0.1', '--width', '0.2']

interface CliEntryPoint {
  /** Whose expectations it shares. */
  point: EntryPointName
  /** Narrower than the entry point's extensions, when the command takes fewer. */
  takes?: RegExp
  argv: (file: string) => string[]
  /** Where the command reports a refusal, when not as a failure on stderr. */
  refusal?: (stdout: string) => ErrorEnvelope | null
}

const commands: Record<string, CliEntryPoint> = {
  'sign image': {
    point: 'sign-document',
    takes: IMAGE,
    argv: (f) => ['sign', 'image', '--background', f, ...place, '--out', join(outDir, 'signed.jpg')],
  },
  'sign pdf': {
    point: 'sign-document',
    takes: /\.pdf$/i,
    argv: (f) => ['sign', 'pdf', '--in', f, ...place, '--out', join(outDir, 'signed.pdf')],
  },
  // A batch goes on past a file it refuses and lists each file's error in its result.
  'sign batch': {
    point: 'sign-batch',
    argv: (f) => ['sign', 'batch', f, ...place, '--out-dir', outDir],
    refusal: (stdout) =>
      (JSON.parse(stdout) as { items: Array<{ error?: ErrorEnvelope }> }).items[0]?.error ?? null,
  },
  'sign pdf --certify': {
    point: 'certify-document',
    argv: (f) => [
      'sign',
      'pdf',
      '--in',
      f,
      ...place,
      '--certify',
      '1',
      '--password-file',
      passwordFile,
      '--out',
      join(outDir, 'certified.pdf'),
    ],
  },
  'sign save-signature --png': {
    point: 'paper-signature',
    takes: /\.png$/i,
    argv: (f) => ['sign', 'save-signature', '--name', 'from file', '--png', f],
  },
  'sign seal import': { point: 'seal', argv: (f) => ['sign', 'seal', 'import', f, '--name', 'seal'] },
  'sign verify': { point: 'verify', argv: (f) => ['sign', 'verify', f] },
  'sign identity import': {
    point: 'identity',
    argv: (f) => ['sign', 'identity', 'import', f, '--password-file', passwordFile],
  },
  'sign trust add': { point: 'trust', argv: (f) => ['sign', 'trust', 'add', f] },
  'filing inspect': { point: 'inspect', argv: (f) => ['filing', 'inspect', f] },
  'notes import': { point: 'notes-import', argv: (f) => ['notes', 'import', f] },
  'notes add --*-file': {
    point: 'notes-import',
    takes: /\.(md|markdown|html?)$/i,
    argv: (f) => ['notes', 'add', '--title', 'corpus', /\.html?$/i.test(f) ? '--html-file' : '--md-file', f],
  },
  // Each `ocr` run starts its own worker and model (about 4 s here), so it gets one damaged picture
  // and the PDF whose page tree loops (once INTERNAL); the contract's OCR entry point takes every file.
  ocr: {
    point: 'ocr',
    takes: /^(corrupt\.jpg|looping-page-tree\.pdf)$/,
    argv: (f) => ['ocr', f],
  },
}

function casesFor(file: CorpusFile): string[] {
  const points = entryPointsFor(file.entry.name)
  return Object.entries(commands)
    .filter(([, c]) => points.includes(c.point) && (!c.takes || c.takes.test(file.entry.name)))
    .map(([name]) => name)
}

function fingerprint(): string {
  const db = new Database(join(data, 'paperdesk.sqlite'))
  try {
    return databaseFingerprint(db)
  } finally {
    db.close()
  }
}

async function inProcess(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l), env: {} }
  const code = await runCli(['--data-dir', data, '--json', ...argv], io)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

/** What the JSON output says happened: the refusal's envelope, or null when the command took the file. */
function refusalOf(stderr: string): ErrorEnvelope | null {
  if (stderr.trim() === '') return null
  return (JSON.parse(stderr) as { error: ErrorEnvelope }).error
}

function spawnBuilt(argv: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, '--data-dir', data, ...argv], { stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(new Error(`paperdesk ${argv.join(' ')} took longer than ${LIMIT_MS} ms`))
    }, LIMIT_MS)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

/** Problems with what an attempt left behind: an output, a file beside the input, a database change. */
function leftBehind(where: string, before: { db: string; corpus: string[] }): string[] {
  const problems: string[] = []
  const leftovers = readdirSync(outDir)
  if (leftovers.length > 0) problems.push(`${where}: left ${leftovers.join(', ')}`)
  const corpus = readdirSync(corpusDir)
  const added = corpus.filter((f) => !before.corpus.includes(f))
  if (added.length > 0) problems.push(`${where}: wrote beside the input: ${added.join(', ')}`)
  if (fingerprint() !== before.db) problems.push(`${where}: the database changed`)
  return problems
}

function clearOutputs(): void {
  for (const f of readdirSync(outDir)) rmSync(join(outDir, f), { recursive: true, force: true })
}

beforeAll(async () => {
  mkdirSync(corpusDir)
  mkdirSync(outDir)
  files = await writeCorpus(corpusDir)
  writeFileSync(passwordFile, `${P12_PASSWORD}\n`)
  const svg = join(root, 'signature.svg')
  writeFileSync(
    svg,
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><path d="M10 50 C 80 0, 150 100, 290 40" stroke="#000" stroke-width="3" fill="none"/></svg>',
  )
  const saved = await inProcess(['sign', 'save-signature', '--name', 'Corpus', '--svg', svg])
  // Identity 1 signs `sign pdf --certify`; its passphrase is the .p12 password, from the same file.
  const identity = await inProcess([
    'sign',
    'identity',
    'new',
    '--name',
    'Corpus Signer',
    '--algorithm',
    'ecdsa-p256',
    '--password-file',
    passwordFile,
  ])
  if (saved.code !== 0 || identity.code !== 0) throw new Error(`setup: ${saved.stderr}${identity.stderr}`)
}, 60_000)

afterAll(() => {
  const points = Object.keys(commands).length
  console.log(
    `bad-input corpus through the CLI: ${files.length} files × ${points} entry points (commands) (${attempts} attempts)`,
  )
  rmSync(root, { recursive: true, force: true })
})

describe('the bad-input corpus through the CLI', () => {
  it('every command refuses each file it takes with its code, a translated reason, and nothing written', async () => {
    const problems: string[] = []
    for (const file of files) {
      for (const name of casesFor(file)) {
        const command = commands[name] as CliEntryPoint
        const where = `${file.entry.name} → paperdesk ${name}`
        const expected: Outcome =
          file.entry.commandExcept?.[name] ?? expectedOutcome(file.entry, command.point)
        const before = { db: fingerprint(), corpus: readdirSync(corpusDir) }
        attempts++
        let run
        try {
          run = await withinTime(LIMIT_MS, where, inProcess(command.argv(file.path)))
        } catch (error) {
          problems.push(`${where}: ${String(error)}`)
          continue
        }
        const refusal = command.refusal ? command.refusal(run.stdout) : refusalOf(run.stderr)
        const got = refusal ? refusal.code : 'accepted'
        if (got !== expected)
          problems.push(`${where}: expected ${expected}, got ${got}${refusal ? ` (${refusal.message})` : ''}`)
        if (refusal) {
          if (run.code !== 1) problems.push(`${where}: exit status ${run.code}`)
          try {
            translatedMessages(refusal)
          } catch (error) {
            problems.push(`${where}: ${(error as Error).message}`)
          }
          problems.push(...leftBehind(where, before))
        }
        clearOutputs()
      }
    }
    expect(problems).toEqual([])
    expect(attempts).toBeGreaterThanOrEqual(100)
  }, 180_000)

  it('the built CLI says each command’s refusal in one line, exit status 1, and writes nothing', async () => {
    expect(existsSync(cli), 'run `npm run build` first').toBe(true)
    // One refusal per command: the first corpus file that command must refuse.
    // `sign batch` is left out: it reports per file on stdout (checked above), not one line.
    const sample = Object.entries(commands).flatMap(([name, command]) => {
      if (command.refusal) return []
      const file = files.find(
        (f) =>
          casesFor(f).includes(name) &&
          expectedOutcome(f.entry, command.point) !== 'accepted' &&
          !f.entry.commandExcept?.[name],
      )
      return file ? [{ name, command, file }] : []
    })
    expect(sample.length).toBe(Object.keys(commands).length - 1)
    const problems: string[] = []
    for (const { name, command, file } of sample) {
      const where = `${file.entry.name} → out/cli/index.js ${name}`
      const before = { db: fingerprint(), corpus: readdirSync(corpusDir) }
      attempts++
      const run = await spawnBuilt(command.argv(file.path))
      const lines = run.stderr.trimEnd().split('\n')
      if (run.code !== 1) problems.push(`${where}: exit status ${run.code}`)
      if (
        lines.length !== 1 ||
        !lines[0]?.startsWith('paperdesk: ') ||
        /INTERNAL|unexpected|\bat \//.test(run.stderr)
      )
        problems.push(`${where}: stderr is not one plain line: ${JSON.stringify(run.stderr)}`)
      problems.push(...leftBehind(where, before))
      clearOutputs()
    }
    expect(problems).toEqual([])
  }, 120_000)
})
