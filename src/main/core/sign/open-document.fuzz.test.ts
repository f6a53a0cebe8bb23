import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import sharp from 'sharp'
import { afterAll, describe, it } from 'vitest'
import { endsWithResultOrAppError, FUZZ_RUNS, mutationOf } from '../test-support/fuzz'
import { useTempDirs } from '../test-support/temp-dir'
import { DocumentSessions } from './document-sessions'
import { plainImage, threePagePdf } from './test-support/sign-fixtures'

const tempDir = useTempDirs()
const sessions = new DocumentSessions()
afterAll(() => sessions.close())

/** Mutated copies of a real document, each opened to sign as the app does: a result or an AppError, within 2 s. */
async function fuzz(sample: Uint8Array, name: string) {
  const path = join(tempDir(), name)
  writeFileSync(path, sample)
  await sessions.openDocument(path) // loads pdf-lib and sharp outside each input's 2 s
  await fc.assert(
    fc.asyncProperty(mutationOf(sample), async (input) => {
      writeFileSync(path, input)
      await endsWithResultOrAppError(() => sessions.openDocument(path))
    }),
    { numRuns: FUZZ_RUNS },
  )
}

describe('fuzzing what Sign opens (PDF and image loaders)', () => {
  it('a PDF, mutated', async () => fuzz(await threePagePdf(), 'x.pdf'), 120_000)
  it('a JPEG, mutated', async () => fuzz(await plainImage(640, 480), 'x.jpg'), 120_000)
  it('a PNG, mutated', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#e33' } })
      .png()
      .toBuffer()
    await fuzz(png, 'x.png')
  }, 120_000)
})
