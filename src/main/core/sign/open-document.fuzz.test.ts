import sharp from 'sharp'
import { afterAll } from 'vitest'
import { fileTarget } from '../test-support/fuzz/file-target'
import { fuzzSuite } from '../test-support/fuzz/fuzz-suite'
import { DocumentSessions } from './document-sessions'
import { plainImage, threePagePdf } from './test-support/sign-fixtures'

const IMAGE_LIMIT_MS = 10_000
const sessions = new DocumentSessions()
afterAll(() => sessions.close())

/** A document opened to sign as the app opens it (pdf.js in its worker, sharp), mutated. */
const opened = (name: string, fileName: string, sample: () => Promise<Uint8Array>, timeLimitMs?: number) =>
  fileTarget({
    name,
    fileName,
    shortRuns: 40,
    ...(timeLimitMs ? { timeLimitMs } : {}),
    seeds: async () => [await sample()],
    open: (path) => sessions.openDocument(path),
  })

fuzzSuite('fuzzing what Sign opens (PDF and image loaders)', [
  opened('sign: a PDF', 'x.pdf', threePagePdf),
  // A header may claim any size up to the 150 MP cap, and libvips decodes (or fills) every row before it
  // can refuse a truncated file: a damaged 2 097 216 × 48 PNG took 3–4 s of CPU, a valid one of that size
  // ~6 s (the long run's find, seed 1769027341). Bounded by the cap, not a hang: images get 10 s.
  opened('sign: a JPEG', 'x.jpg', () => plainImage(640, 480), IMAGE_LIMIT_MS),
  opened(
    'sign: a PNG',
    'x.png',
    () =>
      sharp({ create: { width: 64, height: 48, channels: 3, background: '#e33' } })
        .png()
        .toBuffer(),
    IMAGE_LIMIT_MS,
  ),
])
