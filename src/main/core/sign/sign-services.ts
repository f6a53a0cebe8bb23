import type { Services } from '../../../shared/api'
import type { OutputFormat } from '../../../shared/contract/sign'
import { rendererPath, type FileFilter } from '../platform-port'
import type { ServiceDeps } from '../service-deps'
import { defaultOutputPath, extensionOf, formatFromPath, type SignDoor } from './sign-door'

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

/**
 * The Sign tool's contract methods: the file dialogs and background jobs here, the work behind the
 * door; and the `paperdesk-asset:` kinds its previews come from.
 */
export function createSignServices(
  { platform, assets, jobs }: ServiceDeps,
  sign: SignDoor,
): Services['sign'] {
  assets.register('signature', (path) => sign.signaturePreview(path))
  assets.register('sign-doc', (path) => sign.documentPreview(path))
  assets.register('sign-ink', (path) => sign.paperInkPreview(path))

  return {
    listSignatures: () => sign.listSignatures(),
    saveDrawnSignature: ({ name, strokes }) => sign.saveDrawnSignature(name, strokes),
    renameSignature: ({ id, name }) => sign.renameSignature(id, name),
    setDefaultSignature: ({ id }) => sign.setDefaultSignature(id),
    deleteSignature: async ({ id }) => ({ deleted: await sign.deleteSignature(id) }),
    signatureStrokes: ({ id }) => sign.signatureStrokes(id),
    openPaperPhoto: async () => {
      const picked = await platform.pickOpenFiles({
        purpose: 'sign-paper-photo',
        titleKey: 'sign.dialogs.openPhoto',
        filters: [{ nameKey: 'sign.filters.images', extensions: IMAGE_EXTENSIONS }],
      })
      return picked?.[0] ? sign.openPaperPhoto(picked[0]) : null
    },
    paperInkPreviewPath: async ({ token, ink }) => ({ path: await sign.paperInkPreviewPath(token, ink) }),
    savePaperSignature: ({ token, name, ink }) => sign.savePaperSignature(token, name, ink),
    openDocument: async ({ path }) => {
      if (path) return sign.openDocument(rendererPath(platform, path))
      const picked = await platform.pickOpenFiles({
        purpose: 'sign-document',
        titleKey: 'sign.dialogs.openDocument',
        filters: DOCUMENT_FILTERS,
      })
      return picked?.[0] ? sign.openDocument(picked[0]) : null
    },
    closeDocument: async ({ token }) => ({ closed: await sign.closeDocument(token) }),
    exportDocument: async ({ token, placements, output, certify, crossSeal }) => {
      const doc = await sign.document(token)
      // Unlock first: a wrong passphrase is said before the save dialog, not after.
      const certification = certify ? await sign.unlock(certify) : undefined
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
      const path = typed === format ? chosen : `${chosen}.${extensionOf[format]}`
      const record = await sign.signDocument(
        token,
        placements,
        { ...output, format, path },
        certification,
        crossSeal,
      )
      return { outputPath: record.outputPath, record }
    },
    startBatch: async ({ placement, pages, quality }) => {
      const { signatureId, ...where } = placement
      // A signature that is gone is said before the file dialog.
      await sign.signature(signatureId)
      const files = await platform.pickOpenFiles({
        purpose: 'sign-batch',
        titleKey: 'sign.dialogs.openBatch',
        filters: DOCUMENT_FILTERS,
        multiple: true,
      })
      if (!files || files.length === 0) return null
      const jobId = jobs.start('sign.batch', (job) =>
        sign.signBatch(
          { files, signature: { id: signatureId }, placement: where, pages, quality, origin: 'batch' },
          job,
        ),
      )
      return { jobId }
    },
    listHistory: (input) => sign.history(input.limit),
    exportHistory: async ({ format }) => {
      const path = await platform.pickSavePath({
        purpose: 'sign-history',
        titleKey: 'sign.dialogs.saveHistory',
        defaultPath: `paperdesk-sign-history.${format}`,
        filters: [{ nameKey: `sign.filters.${format}`, extensions: [format] }],
      })
      if (!path) return null
      return sign.exportHistory(path, format)
    },
  }
}

/**
 * Seals from a photo and marks made of text (`signMarks`): the photo dialog here, the work behind
 * the door; seal previews are served as `paperdesk-asset://sign-seal/…`.
 */
export function createSignMarksServices(
  { platform, assets }: ServiceDeps,
  sign: SignDoor,
): Services['signMarks'] {
  assets.register('sign-seal', (path) => sign.sealPreview(path))
  return {
    openSealPhoto: async () => {
      const picked = await platform.pickOpenFiles({
        purpose: 'sign-seal-photo',
        titleKey: 'signMarks.dialogs.openSealPhoto',
        filters: [{ nameKey: 'sign.filters.images', extensions: IMAGE_EXTENSIONS }],
      })
      return picked?.[0] ? sign.openSealPhoto(picked[0]) : null
    },
    sealPreviewPath: async ({ token, seal }) => ({ path: await sign.sealPreviewPath(token, seal) }),
    saveSeal: ({ token, name, seal }) => sign.saveSeal(token, name, seal),
    saveTextMark: ({ text, name, color }) => sign.saveTextMark(text, name, color),
    textOutline: ({ text, color }) => sign.textOutline(text, color),
    crossSealScans: async ({ crossSeal, quality }) => {
      // A seal that is gone is said before the file dialog.
      await sign.signature(crossSeal.sealId)
      const files = await platform.pickOpenFiles({
        purpose: 'sign-cross-seal-scans',
        titleKey: 'signMarks.dialogs.openScans',
        filters: [{ nameKey: 'sign.filters.images', extensions: IMAGE_EXTENSIONS }],
        multiple: true,
      })
      if (!files || files.length === 0) return null
      return sign.crossSealScans({ files, crossSeal, quality, origin: 'batch' })
    },
  }
}
