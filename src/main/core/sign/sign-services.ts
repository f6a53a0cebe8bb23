import type { Services } from '../../../shared/api'
import type { OutputFormat } from '../../../shared/contract/sign'
import type { FileFilter } from '../platform-port'
import type { ServiceDeps } from '../service-deps'
import { DocumentSessions } from './document-sessions'
import { historyToCsv, historyToJson } from './history-export'
import { inkFromPhoto } from './paper-ink'
import { defaultOutputPath, extensionOf, formatFromPath, writeOutputFile } from './output-file'
import { runBatch } from './sign-batch'
import { SignatureLibrary } from './signature-library'
import { SignRecords } from './sign-records'
import { signToFile } from './sign-to-file'
import { readInput } from './sign-file'
import { certifyWithIdentity } from './certify/identity-actions'
import { IdentityStore } from './certify/identity-store'

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'heic', 'heif', 'avif', 'gif']
const DOCUMENT_FILTERS: FileFilter[] = [
  { nameKey: 'sign.filters.documents', extensions: ['pdf', ...IMAGE_EXTENSIONS] },
  { nameKey: 'sign.filters.pdf', extensions: ['pdf'] },
  { nameKey: 'sign.filters.images', extensions: IMAGE_EXTENSIONS },
]
const OUTPUT_FILTERS: Record<OutputFormat, FileFilter> = {
  jpeg: { nameKey: 'sign.filters.jpeg', extensions: ['jpg', 'jpeg'] },
  png: { nameKey: 'sign.filters.png', extensions: ['png'] },
  pdf: { nameKey: 'sign.filters.pdf', extensions: ['pdf'] },
}
// A paper signature is saved at up to this many pixels on its long edge: sharp on any page size.
const PAPER_INK_EDGE = 2400

/** The Sign tool's contract methods, and the `paperdesk-asset:` kinds its previews come from. */
export function createSignServices({ store, platform, assets, jobs }: ServiceDeps): Services['sign'] {
  const library = new SignatureLibrary(store)
  const records = new SignRecords(store)
  const sessions = new DocumentSessions()
  const identities = new IdentityStore(store, () => platform.keyStore())
  assets.register('signature', (path) => library.preview(path))
  assets.register('sign-doc', (path) => sessions.serveDocument(path))
  assets.register('sign-ink', (path) => sessions.serveInk(path))

  return {
    listSignatures: () => library.list(),
    saveDrawnSignature: ({ name, strokes }) => library.saveDrawn(name, strokes),
    renameSignature: ({ id, name }) => library.rename(id, name),
    setDefaultSignature: ({ id }) => library.setDefault(id),
    deleteSignature: ({ id }) => ({ deleted: library.delete(id) }),
    signatureStrokes: ({ id }) => library.strokes(id),
    openPaperPhoto: async () => {
      const picked = await platform.pickOpenFiles({
        purpose: 'sign-paper-photo',
        titleKey: 'sign.dialogs.openPhoto',
        filters: [{ nameKey: 'sign.filters.images', extensions: IMAGE_EXTENSIONS }],
      })
      return picked?.[0] ? sessions.openPhoto(picked[0]) : null
    },
    paperInkPreviewPath: ({ token, ink }) => {
      sessions.photoPath(token)
      return { path: DocumentSessions.inkPreviewPath(token, ink) }
    },
    savePaperSignature: async ({ token, name, ink }) => {
      const path = sessions.photoPath(token)
      const photo = await readInput(path)
      const made = await inkFromPhoto(photo, ink, PAPER_INK_EDGE, name)
      return library.saveRaster(name, 'paper', made.png)
    },
    openDocument: async ({ path }) => {
      if (path) return sessions.openDocument(path)
      const picked = await platform.pickOpenFiles({
        purpose: 'sign-document',
        titleKey: 'sign.dialogs.openDocument',
        filters: DOCUMENT_FILTERS,
      })
      return picked?.[0] ? sessions.openDocument(picked[0]) : null
    },
    closeDocument: ({ token }) => ({ closed: sessions.closeDocument(token) }),
    exportDocument: async ({ token, placements, output, certify }) => {
      const doc = sessions.document(token)
      // Unlock first: a wrong passphrase is said before the save dialog, not after.
      const certification = certify ? certifyWithIdentity(identities, certify) : undefined
      const wanted: OutputFormat = doc.kind === 'pdf' || certification ? 'pdf' : output.format
      const chosen = await platform.pickSavePath({
        purpose: 'sign-output',
        titleKey: 'sign.dialogs.saveSigned',
        defaultPath: defaultOutputPath(doc.path, wanted),
        filters: [OUTPUT_FILTERS[wanted]],
      })
      if (!chosen) return null
      // The name typed decides between image formats; a name without a known extension gets one.
      const typed = formatFromPath(chosen)
      const format = typed && !certification && (doc.kind === 'image' || typed === 'pdf') ? typed : wanted
      const outputPath = typed === format ? chosen : `${chosen}.${extensionOf[format]}`
      const record = await signToFile(store, records, {
        inputPath: doc.path,
        outputPath,
        placements: placements.map((placement) => ({
          placement,
          signature: library.resolve(placement.signatureId),
        })),
        output: { ...output, format },
        origin: 'app',
        ...(certification ? { certify: certification } : {}),
      })
      return { outputPath: record.outputPath, record }
    },
    startBatch: async ({ placement, pages, quality }) => {
      const signature = library.resolve(placement.signatureId)
      const files = await platform.pickOpenFiles({
        purpose: 'sign-batch',
        titleKey: 'sign.dialogs.openBatch',
        filters: DOCUMENT_FILTERS,
        multiple: true,
      })
      if (!files || files.length === 0) return null
      const { signatureId: _unused, ...where } = placement
      const jobId = jobs.start('sign.batch', (ctx) =>
        runBatch(
          store,
          records,
          { files, signature, placement: where, pages, quality, origin: 'batch' },
          ctx,
        ),
      )
      return { jobId }
    },
    listHistory: (input) => records.list(input.limit),
    exportHistory: async ({ format }) => {
      const path = await platform.pickSavePath({
        purpose: 'sign-history',
        titleKey: 'sign.dialogs.saveHistory',
        defaultPath: `paperdesk-sign-history.${format}`,
        filters: [{ nameKey: `sign.filters.${format}`, extensions: [format] }],
      })
      if (!path) return null
      const all = records.list()
      await writeOutputFile(
        path,
        Buffer.from(format === 'csv' ? historyToCsv(all) : historyToJson(all), 'utf8'),
      )
      return { path, count: all.length }
    },
  }
}
