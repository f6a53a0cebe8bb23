import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallResult, ErrorEnvelope } from '../../shared/app-error'
import type { BatchResult } from '../../shared/contract/sign'
import { HarnessPlatform } from './harness-platform'
import { openCore, type Core } from './open-core'
import {
  type CorpusFile,
  entryPointsFor,
  type EntryPointName,
  expectedOutcome,
  P12_PASSWORD,
  writeCorpus,
} from './test-support/bad-input-corpus'
import {
  databaseFingerprint,
  translatedMessages,
  withinTime,
} from './test-support/bad-input-corpus/refusal-checks'
import { scribble } from './sign/test-support/sign-fixtures'

// Issue 19 item 2: every malformed file of the corpus, handed to every entry point of the contract
// that takes its kind, as the UI hands it (a dropped path or an answered open dialog).

const LIMIT_MS = 10_000
const root = mkdtempSync(join(tmpdir(), 'paperdesk-corpus-'))
const corpusDir = join(root, 'corpus')
const outDir = join(root, 'out')
const platform = new HarnessPlatform()
let core: Core
let files: CorpusFile[] = []
let signatureId = 0
let noteId = 0
let identityId = 0
let filingId = 0
const PASSPHRASE = 'corpus passphrase 19'
let attempts = 0

type Attempt = (file: CorpusFile) => Promise<CallResult<unknown>>

const call = (method: string, input?: unknown) => core.call(`paperdesk:${method}`, input)
const picked = (path: string, method: string, input?: unknown) => {
  platform.queueOpenFiles([path])
  return call(method, input)
}

async function openAndSave({ path, entry }: CorpusFile, certify?: object): Promise<CallResult<unknown>> {
  const opened = await call('sign.openDocument', { path })
  if (!opened.ok || !opened.value) return opened
  const { token } = opened.value as { token: string }
  platform.queueSavePath(join(outDir, `signed-${entry.name}`))
  const placements = [{ signatureId, page: 0, x: 0.1, y: 0.1, width: 0.2 }]
  const output = { format: 'pdf' }
  const saved = await call('sign.exportDocument', {
    token,
    placements,
    output,
    ...(certify ? { certify } : {}),
  })
  await call('sign.closeDocument', { token })
  return saved
}

/** The contract's entry points for files (trusting a certificate takes bytes from a verify report, not a file). */
const contractEntryPoints: Partial<Record<EntryPointName, Attempt>> = {
  // Open (as a drop does), then save a signed copy: a file may open and only fail when drawn.
  'sign-document': (file) => openAndSave(file),
  'certify-document': (file) => openAndSave(file, { identityId, passphrase: PASSPHRASE }),
  // A batch reports each file's refusal in its result instead of failing the job.
  'sign-batch': async ({ path }) => {
    platform.queueOpenFiles([path])
    const placement = { signatureId, x: 0.1, y: 0.1, width: 0.2 }
    const started = await call('sign.startBatch', { placement })
    if (!started.ok || !started.value) return started
    const status = await core.jobs.settled((started.value as { jobId: string }).jobId)
    if (status.error) return { ok: false, error: status.error }
    const item = (status.result as BatchResult).items[0]
    return item?.error ? { ok: false, error: item.error as ErrorEnvelope } : { ok: true, value: item }
  },
  'paper-signature': ({ path }) => picked(path, 'sign.openPaperPhoto'),
  seal: ({ path }) => picked(path, 'signMarks.openSealPhoto'),
  'note-image': ({ path }) => call('notes.putImage', { noteId, data: new Uint8Array(readFileSync(path)) }),
  verify: ({ path }) => call('certify.verifyPdf', { path }),
  identity: ({ path }) =>
    call('certify.importIdentity', { path, password: P12_PASSWORD, passphrase: PASSPHRASE }),
  inspect: ({ path }) => call('filing.inspect', { path }),
  'filing-attach': ({ path }) => picked(path, 'filing.attach', { id: filingId }),
  'notes-import': ({ path }) => picked(path, 'notes.import', {}),
  ocr: ({ path }) => picked(path, 'ocr.open'),
}

beforeAll(async () => {
  mkdirSync(corpusDir)
  mkdirSync(outDir)
  files = await writeCorpus(corpusDir)
  core = openCore({ dataDir: join(root, 'data'), platform })
  const signature = await call('sign.saveDrawnSignature', { name: 'Corpus', strokes: scribble() })
  const note = await call('notes.create', { title: 'corpus' })
  const identity = await call('certify.createIdentity', {
    commonName: 'Corpus Signer',
    algorithm: 'ecdsa-p256',
    passphrase: PASSPHRASE,
  })
  if (!signature.ok || !note.ok || !identity.ok) throw new Error('setup failed')
  identityId = (identity.value as { id: number }).id
  const filing = await call('filing.create', { appName: 'Corpus', provider: 'aliyun' })
  if (!filing.ok) throw new Error('setup failed')
  filingId = (filing.value as { id: number }).id
  signatureId = (signature.value as { id: number }).id
  noteId = (note.value as { id: number }).id
}, 60_000)

afterAll(() => {
  const points = Object.keys(contractEntryPoints).length
  console.log(
    `bad-input corpus through the contract: ${files.length} files × ${points} entry points (${attempts} attempts)`,
  )
  core?.close()
  rmSync(root, { recursive: true, force: true })
})

describe('the bad-input corpus through the contract', () => {
  it('has at least 40 files, each taken by some entry point', () => {
    expect(files.length).toBeGreaterThanOrEqual(40)
    for (const { entry } of files) expect(entryPointsFor(entry.name), entry.name).not.toEqual([])
  })

  it('notices a write: the database fingerprint is not blind', async () => {
    const before = databaseFingerprint(core.store.db)
    const note = await call('notes.create', { title: 'fingerprint probe' })
    expect(databaseFingerprint(core.store.db)).not.toBe(before)
    if (note.ok) await call('notes.deleteForever', { ids: [(note.value as { id: number }).id] })
  })

  const cases = (): Array<[string, EntryPointName]> =>
    files.flatMap(({ entry }) =>
      entryPointsFor(entry.name)
        .filter((p) => contractEntryPoints[p])
        .map((p): [string, EntryPointName] => [entry.name, p]),
    )

  it('refuses each file at each entry point with its code, a translated message, and nothing written', async () => {
    const problems: string[] = []
    for (const [name, point] of cases()) {
      const file = files.find((f) => f.entry.name === name) as CorpusFile
      const expected = expectedOutcome(file.entry, point)
      const before = databaseFingerprint(core.store.db)
      const corpusBefore = readdirSync(corpusDir).sort()
      attempts++
      let result: CallResult<unknown>
      try {
        result = await withinTime(
          LIMIT_MS,
          `${point} ← ${name}`,
          (contractEntryPoints[point] as Attempt)(file),
        )
      } catch (error) {
        problems.push(`${name} → ${point}: ${String(error)}`)
        continue
      }
      const got = result.ok ? 'accepted' : result.error.code
      const where = `${name} → ${point}`
      if (got !== expected)
        problems.push(
          `${where}: expected ${expected}, got ${got}${result.ok ? '' : ` (${result.error.message})`}`,
        )
      if (!result.ok) {
        try {
          translatedMessages(result.error)
        } catch (error) {
          problems.push(`${where}: ${(error as Error).message}`)
        }
        if (databaseFingerprint(core.store.db) !== before) problems.push(`${where}: the database changed`)
        const leftovers = readdirSync(outDir)
        if (leftovers.length > 0) problems.push(`${where}: left ${leftovers.join(', ')}`)
      }
      for (const f of readdirSync(outDir)) rmSync(join(outDir, f), { force: true })
      // A batch writes beside its inputs: a signed copy when it took the file, nothing (no .partial) when not.
      const added = readdirSync(corpusDir).filter((f) => !corpusBefore.includes(f))
      if (!result.ok && added.length > 0)
        problems.push(`${where}: wrote beside the input: ${added.join(', ')}`)
      for (const f of added) rmSync(join(corpusDir, f), { force: true })
    }
    expect(problems).toEqual([])
    expect(attempts).toBeGreaterThanOrEqual(100)
  }, 120_000)
})
