import { benchDbBackup } from './db-backup.bench'
import { benchDispatch } from './dispatch.bench'
import { benchSignImage } from './sign-image.bench'
import { benchSignPdf } from './sign-pdf.bench'
import { benchCrossSeal } from './sign-cross-seal.bench'
import { benchStampText } from './sign-stamp-text.bench'
import { benchSignCertify } from './sign-certify.bench'
import { benchFilingInspect } from './filing-inspect.bench'
import { benchNotesEditor } from './notes-editor.bench'
import { benchNotesPdf } from './notes-pdf.bench'
import { benchNotesSave } from './notes-save.bench'
import { benchNotesSearch } from './notes-search.bench'
import { benchOcr } from './ocr.bench'

// `npm run bench`: each benchmark prints its figure as a ratio against a baseline of the same run.
// P6 times whole processes, so it runs first: spawning from this process after the image
// benchmarks have grown its heap to ~1 GB adds tens of ms to every spawn.
// `npm run bench -- filing-inspect notes-save` runs only those (the names of bench/*.bench.ts).
const benchmarks: Array<[string, () => Promise<void>]> = [
  ['filing-inspect', benchFilingInspect],
  ['dispatch', benchDispatch],
  ['db-backup', benchDbBackup],
  ['sign-image', benchSignImage],
  ['sign-pdf', benchSignPdf],
  ['sign-cross-seal', benchCrossSeal],
  ['sign-stamp-text', benchStampText],
  ['sign-certify', benchSignCertify],
  ['notes-save', benchNotesSave],
  ['notes-search', benchNotesSearch],
  ['notes-pdf', benchNotesPdf],
  ['notes-editor', benchNotesEditor],
  // P8/P9 last: they load the OCR models and run Tesseract, the longest of all.
  ['ocr', benchOcr],
]
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !benchmarks.some(([n]) => n === name))
if (unknown.length > 0)
  throw new Error(`no benchmark ${unknown.join(', ')}; there are ${benchmarks.map(([n]) => n).join(', ')}`)
for (const [name, run] of benchmarks) if (wanted.length === 0 || wanted.includes(name)) await run()
