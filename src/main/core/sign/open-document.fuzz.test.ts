import sharp from 'sharp'
import { afterAll } from 'vitest'
import { fileTarget } from '../test-support/fuzz/file-target'
import { fuzzSuite } from '../test-support/fuzz/fuzz-suite'
import { DocumentSessions } from './document-sessions'
import { plainImage, threePagePdf } from './test-support/sign-fixtures'

const sessions = new DocumentSessions()
afterAll(() => sessions.close())

/** A document opened to sign as the app opens it (pdf.js in its worker, sharp), mutated. */
const opened = (name: string, fileName: string, sample: () => Promise<Uint8Array>) =>
  fileTarget({
    name,
    fileName,
    shortRuns: 40,
    seeds: async () => [await sample()],
    open: (path) => sessions.openDocument(path),
  })

fuzzSuite('fuzzing what Sign opens (PDF and image loaders)', [
  opened('sign: a PDF', 'x.pdf', threePagePdf),
  opened('sign: a JPEG', 'x.jpg', () => plainImage(640, 480)),
  opened('sign: a PNG', 'x.png', () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: '#e33' } })
      .png()
      .toBuffer(),
  ),
])
