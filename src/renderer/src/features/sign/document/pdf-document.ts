import {
  getDocument,
  GlobalWorkerOptions,
  type PDFDocumentLoadingTask,
  type PDFDocumentProxy,
  type RenderTask,
} from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

// The worker is bundled and served from the app itself: the CSP allows scripts from 'self' only.
GlobalWorkerOptions.workerSrc = workerUrl

// Adobe CMaps (Chinese text in PDFs whose fonts are not embedded) and the standard fonts, emitted
// as app assets by Vite; pdf.js asks for them by file name through the factory below.
const cmaps = import.meta.glob('../../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>
const fonts = import.meta.glob('../../../../../../node_modules/pdfjs-dist/standard_fonts/*', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>

function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, url]) => [path.split('/').at(-1) as string, url]))
}

const assetUrls = { cMapUrl: byName(cmaps), standardFontDataUrl: byName(fonts) } as const

/** Gives pdf.js its CMaps and standard fonts from the bundled files (no other origin, no eval). */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = assetUrls[kind as keyof typeof assetUrls]?.get(filename)
    if (!url) throw new Error(`no bundled ${kind} ${filename}`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}

/**
 * Opens a PDF from the URL main serves it at (same origin in the harness, paperdesk-asset: in
 * Electron), or from its bytes.
 */
export function openPdf(source: { url: string } | { data: Uint8Array }): PDFDocumentLoadingTask {
  return getDocument({
    ...source,
    // WebAssembly would need 'wasm-unsafe-eval' in the CSP; the JavaScript decoders do the job.
    useWasm: false,
    useWorkerFetch: false,
    cMapUrl: 'bundled/',
    standardFontDataUrl: 'bundled/',
    BinaryDataFactory: BundledDataFactory,
  })
}

/**
 * Draws one page into a canvas `cssWidth` CSS pixels wide, backed at devicePixelRatio. pdf.js
 * applies the crop box and /Rotate, so the canvas shows the page as readers (and the output) do.
 */
export async function renderPdfPage(
  pdf: PDFDocumentProxy,
  index: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
  onTask?: (task: RenderTask) => void,
): Promise<void> {
  const page = await pdf.getPage(index + 1)
  const base = page.getViewport({ scale: 1 })
  const ratio = Math.max(window.devicePixelRatio || 1, 1)
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio })
  canvas.width = Math.max(1, Math.floor(viewport.width))
  canvas.height = Math.max(1, Math.floor(viewport.height))
  const task = page.render({ canvas, viewport })
  onTask?.(task)
  await task.promise
}
