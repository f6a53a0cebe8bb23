import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist'
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
  const [count, setCount] = useState(0)

  useEffect(() => {
    const task = getDocument({ data: pdf.slice() })
    let cancelled = false
    task.promise
      .then(async (doc) => {
        const pages = Math.min(PAGES, doc.numPages)
        if (!cancelled) setCount(pages)
        for (let n = 1; n <= pages && !cancelled; n++) {
          const page = await doc.getPage(n)
          const base = page.getViewport({ scale: 1 })
          const ratio = window.devicePixelRatio || 1
          const viewport = page.getViewport({ scale: (WIDTH_PX / base.width) * ratio })
          const canvas = holder.current?.querySelector<HTMLCanvasElement>(`canvas[data-page="${n}"]`)
          if (!canvas || cancelled) break
          canvas.width = Math.floor(viewport.width)
          canvas.height = Math.floor(viewport.height)
          canvas.style.width = `${WIDTH_PX}px`
          canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
          await page.render({ canvas, viewport }).promise
          canvas.dataset['rendered'] = 'true'
        }
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [pdf])

  return (
    <div className="pdf-pages" ref={holder} data-testid="export-preview-pages">
      {Array.from({ length: count }, (_, i) => (
        <figure key={i} className="pdf-pages__page">
          <canvas data-page={i + 1} data-testid="export-preview-page" />
          <figcaption>{t('notes.export.previewPage', { page: i + 1 })}</figcaption>
        </figure>
      ))}
    </div>
  )
}
