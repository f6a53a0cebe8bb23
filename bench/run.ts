import { benchDbBackup } from './db-backup.bench'
import { benchDispatch } from './dispatch.bench'
import { benchSignImage } from './sign-image.bench'
import { benchSignPdf } from './sign-pdf.bench'
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
await benchFilingInspect()
await benchDispatch()
await benchDbBackup()
await benchSignImage()
await benchSignPdf()
await benchSignCertify()
await benchNotesSave()
await benchNotesSearch()
await benchNotesPdf()
await benchNotesEditor()
// P8/P9 last: they load the OCR models and run Tesseract, the longest of all.
await benchOcr()
