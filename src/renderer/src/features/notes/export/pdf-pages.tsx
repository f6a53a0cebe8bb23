import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

GlobalWorkerOptions.workerSrc = workerUrl

const PAGES = 3
const WIDTH_PX = 220

/**
 * The first pages of a PDF drawn with pdf.js (its own chunk, loaded with the export dialog). The
 * bytes come over the contract; nothing is fetched, and pdf.js never evaluates code.
 */
export default function PdfPages({ pdf }: { pdf: Uint8Array }) {
  const { t } = useTranslation()
  const holder = useRef<HTMLDivElement>(null)
  const [opened, setOpened] = useState<{ doc: PDFDocumentProxy; generation: number } | null>(null)
  const generation = useRef(0)
  const doc = opened?.doc ?? null
  // Which document could not be shown (a later one starts without the message).
  const [failedFor, setFailedFor] = useState<Uint8Array | null>(null)
  const failed = failedFor === pdf

  // Open the document; the canvases for its first pages are rendered by React before drawing.
  useEffect(() => {
    const task = getDocument({ data: pdf.slice() })
    let cancelled = false
    task.promise.then(
      (next) => !cancelled && setOpened({ doc: next, generation: ++generation.current }),
      () => !cancelled && setFailedFor(pdf),
    )
    return () => {
      cancelled = true
      setOpened(null)
      void task.destroy()
    }
  }, [pdf])

  // Draw into the canvases once they are in the page (effects run after React's commit).
  useEffect(() => {
    if (!doc) return
    let cancelled = false
    const draw = async () => {
      for (let n = 1; n <= Math.min(PAGES, doc.numPages) && !cancelled; n++) {
        const page = await doc.getPage(n)
        const canvas = holder.current?.querySelector<HTMLCanvasElement>(`canvas[data-page="${n}"]`)
        if (!canvas || cancelled) return
        const base = page.getViewport({ scale: 1 })
        const ratio = window.devicePixelRatio || 1
        const viewport = page.getViewport({ scale: (WIDTH_PX / base.width) * ratio })
        canvas.width = Math.floor(viewport.width)
        canvas.height = Math.floor(viewport.height)
        canvas.style.width = `${WIDTH_PX}px`
        canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
        await page.render({ canvas, viewport }).promise
        if (!cancelled) canvas.dataset['rendered'] = 'true'
      }
    }
    draw().catch(() => !cancelled && setFailedFor(pdf))
    return () => {
      cancelled = true
    }
  }, [doc, pdf])

  const count = doc ? Math.min(PAGES, doc.numPages) : 0
  return (
    <div className="pdf-pages" ref={holder} data-testid="export-preview-pages">
      {failed && <p role="alert">{t('notes.export.previewUnreadable')}</p>}
      {Array.from({ length: count }, (_, i) => (
        // A new document gets new canvases: nothing drawn for the last one is shown as current.
        <figure key={`${opened?.generation ?? 0}-${i}`} className="pdf-pages__page">
          <canvas data-page={i + 1} data-testid="export-preview-page" />
          <figcaption>{t('notes.export.previewPage', { page: i + 1 })}</figcaption>
        </figure>
      ))}
    </div>
  )
}
