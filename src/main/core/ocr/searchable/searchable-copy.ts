import { open } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import { userError } from '../../../../shared/app-error'
import { findSignatures } from '../../sign/certify/find-signatures'
import { implausibleXrefStream } from '../../sign/pdf-xref-streams'
import type { OcrPage, OcrSource } from '../ocr-types'
import { sourceBytes, sourceName } from '../worker/recognize'
import { signedPdf, type CopyFacts } from './copy-facts'
import { addTextLayer, dropSignatures, TextLayerFont } from './text-layer'

async function loadForCopy(bytes: Uint8Array, name: string): Promise<PDFDocument> {
  const damaged = () =>
    userError(
      'INVALID_FILE',
      'ocr.pdf-damaged',
      '{{name}} is not a PDF Paperdesk can read, or it is damaged',
      {
        name,
      },
    )
  // pdf-lib walks every entry an xref stream claims, however few the file holds (minutes, GBs).
  if (implausibleXrefStream(bytes)) throw damaged()
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    })
    // pdf-lib walks the page tree by recursion: a /Kids that names the tree itself overflows the
    // stack, which would reach the user as an unexpected error.
    doc.getPageCount()
  } catch {
    throw damaged()
  }
  // pdf-lib cannot decrypt, so an encrypted file (even one that opens without a password) is refused.
  if (doc.isEncrypted)
    throw userError('INVALID_FILE', 'ocr.pdf-encrypted', '{{name}} is protected by a password', { name })
  return doc
}

/** Reads what a searchable copy of the PDF would have to respect: encryption, signatures. */
export async function inspectForCopy(source: OcrSource): Promise<CopyFacts> {
  const bytes = sourceBytes(source)
  const doc = await loadForCopy(bytes, sourceName(source))
  return { pageCount: doc.getPageCount(), signatures: findSignatures(doc, bytes).length }
}

export interface WriteCopyInput {
  source: OcrSource
  /** Where to write the copy: a new file (the caller renames it into place). */
  tempPath: string
  /** The OCR of some of its pages (others are copied as they are). */
  pages: OcrPage[]
  /** The user agreed that the copy is unsigned: signature values are dropped from it. */
  unsigned: boolean
}

/** Writes the PDF with an invisible text layer over each page read, flushed to disk. */
export async function writeSearchableCopy(input: WriteCopyInput): Promise<{ bytes: number }> {
  const bytes = sourceBytes(input.source)
  const name = sourceName(input.source)
  const doc = await loadForCopy(bytes, name)
  if (findSignatures(doc, bytes).length > 0) {
    if (!input.unsigned) throw signedPdf(name)
    dropSignatures(doc)
  }
  const font = new TextLayerFont(doc)
  const pages = doc.getPages()
  for (const ocr of input.pages) {
    const page = pages[ocr.page - 1]
    if (page) addTextLayer(page, ocr, font)
  }
  font.finish()
  const out = await doc.save({ updateFieldAppearances: false })
  const handle = await open(input.tempPath, 'wx')
  try {
    await handle.writeFile(out)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return { bytes: out.byteLength }
}
