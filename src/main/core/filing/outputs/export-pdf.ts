import { randomBytes } from 'node:crypto'
import { rmSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { FilingCatalog, FilingDetail } from '../../../../shared/contract/filing'
import type { SupportedLocale } from '../../../../shared/contract/app'
import { translate } from '../../../../shared/i18n'
import type { AssetStore } from '../../assets/asset-store'
import type { Printer } from '../../pdf/print-job'
import { sheetHtml } from './sheet-html'

export interface ExportOptions {
  path: string
  locale: SupportedLocale
  masked: boolean
  what: 'summary' | 'checklist'
  now: Date
}

/** Image attachments shrunk for the sheet and inlined as data: URLs (the print page reaches nothing else). */
async function inlineImages(filing: FilingDetail, blobs: AssetStore): Promise<Map<number, string>> {
  const images = new Map<number, string>()
  const pictures = filing.attachments.filter((a) => a.mime.startsWith('image/'))
  if (pictures.length === 0) return images
  const { default: sharp } = await import('sharp')
  for (const a of pictures) {
    const blob = blobs.get(a.sha256)
    if (!blob) continue
    const jpeg = await sharp(blob.body)
      .rotate()
      .resize({ width: 900, height: 900, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer()
    images.set(a.id, `data:image/jpeg;base64,${jpeg.toString('base64')}`)
  }
  return images
}

/**
 * Prints the summary sheet (or the materials checklist) to `options.path`: written beside it
 * under a temporary name and renamed, so the target is either the whole PDF or untouched.
 */
export async function exportFilingPdf(
  filing: FilingDetail,
  catalog: FilingCatalog,
  openPrinter: () => Promise<Printer>,
  blobs: AssetStore,
  options: ExportOptions,
): Promise<{ path: string; bytes: number }> {
  const images = options.masked ? new Map<number, string>() : await inlineImages(filing, blobs)
  const html = sheetHtml(filing, catalog, { ...options, images, generatedAt: options.now })
  const footer = `<div style="font-size:8pt;width:100%;text-align:center;color:#777;font-family:'Noto Sans CJK SC',sans-serif">${translate(options.locale, 'filing.sheet.footer')} · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`
  const printer = await openPrinter()
  let pdf: Uint8Array
  try {
    pdf = await printer.print({
      html,
      pageSize: 'A4',
      landscape: false,
      marginMm: { top: 14, right: 14, bottom: 16, left: 14 },
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      outline: false,
    })
  } finally {
    await printer.close()
  }
  const temp = join(dirname(options.path), `.${basename(options.path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, pdf)
    renameSync(temp, options.path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return { path: options.path, bytes: pdf.byteLength }
}
