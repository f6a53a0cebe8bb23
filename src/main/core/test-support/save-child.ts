// A Paperdesk process that saves notes and signs files in a loop until it is killed, for the crash
// tests. Run with `node --import tsx`:   save-child DATA_DIR IN_DIR OUT_DIR
// IN_DIR holds scan.png and doc.pdf (batch outputs land beside them); signed copies go to OUT_DIR.
// Every step goes through the contract as the UI's calls do, and is printed only after its call
// returned — what the child prints is what it was told had been saved:
//   note ID                 a note was created
//   save ID VERSION         that note was saved with the title `vVERSION`
//   signed PATH SHA256      a signed copy was written and recorded
//   batch PATH SHA256 …     a batch wrote and recorded these signed copies
import { join } from 'node:path'
import type { Channel } from '../../../shared/contract'
import { HarnessPlatform } from '../harness-platform'
import { openCore } from '../open-core'
import { scribble } from '../sign/test-support/sign-fixtures'

const [dataDir, inDir, outDir] = process.argv.slice(2)
if (!dataDir || !inDir || !outDir) throw new Error('usage: save-child DATA_DIR IN_DIR OUT_DIR')

const platform = new HarnessPlatform({ appVersion: '0.0.0-crash-test' })
const core = openCore({ dataDir, platform })
const say = (line: string) => process.stdout.write(`${line}\n`)

async function call<T>(channel: Channel, input: unknown): Promise<T> {
  const result = await core.call(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

interface Exported {
  outputPath: string
  record: { outputSha256: string }
}

async function signOne(signatureId: number, i: number): Promise<void> {
  const pdf = i % 2 === 1
  const doc = await call<{ token: string }>('paperdesk:sign.openDocument', {
    path: join(inDir as string, pdf ? 'doc.pdf' : 'scan.png'),
  })
  platform.queueSavePath(join(outDir as string, `signed-${process.pid}-${i}.${pdf ? 'pdf' : 'png'}`))
  const made = await call<Exported>('paperdesk:sign.exportDocument', {
    token: doc.token,
    placements: [{ signatureId, page: 0, x: 0.5, y: 0.6, width: 0.3 }],
    output: { format: pdf ? 'pdf' : 'png' },
  })
  await call('paperdesk:sign.closeDocument', { token: doc.token })
  say(`signed ${made.outputPath} ${made.record.outputSha256}`)
}

async function signBatch(signatureId: number): Promise<void> {
  platform.queueOpenFiles([join(inDir as string, 'scan.png'), join(inDir as string, 'doc.pdf')])
  const started = await call<{ jobId: string }>('paperdesk:sign.startBatch', {
    placement: { signatureId, x: 0.2, y: 0.2, width: 0.25 },
    pages: 'first',
  })
  const status = await core.jobs.settled(started.jobId)
  const records = await call<Array<{ outputPath: string; outputSha256: string }>>(
    'paperdesk:sign.listHistory',
    {
      limit: 2,
    },
  )
  if (status.state !== 'done') throw new Error(`batch ${status.state}`)
  say(`batch ${records.map((r) => `${r.outputPath} ${r.outputSha256}`).join(' ')}`)
}

async function loop(): Promise<void> {
  const signature = await call<{ id: number }>('paperdesk:sign.saveDrawnSignature', {
    name: 'crash test',
    strokes: scribble(),
  })
  say('ready')
  for (let i = 0; ; i++) {
    const note = await call<{ id: number }>('paperdesk:notes.create', { title: 'v0', html: '<p>start</p>' })
    say(`note ${note.id}`)
    for (let version = 1; version <= 3; version++) {
      const html = `<p>${'保存的正文 saved text '.repeat(30)}${version}</p>`
      await call('paperdesk:notes.save', { id: note.id, title: `v${version}`, html })
      say(`save ${note.id} ${version}`)
    }
    await signOne(signature.id, i)
    if (i % 3 === 2) await signBatch(signature.id)
  }
}

loop().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
