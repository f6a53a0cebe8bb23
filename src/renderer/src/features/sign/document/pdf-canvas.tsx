import { useEffect, useRef } from 'react'
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist'

/** One PDF page drawn by pdf.js at `cssWidth`, redrawn when the width (zoom) changes. */
export function PdfCanvas({
  pdf,
  index,
  cssWidth,
  className,
  testId,
}: {
  pdf: PDFDocumentProxy
  index: number
  cssWidth: number
  className?: string
  testId?: string
}) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = ref.current
    if (!canvas || cssWidth <= 0) return
    let task: RenderTask | null = null
    let current = true
    // Zooming fires many widths in a row; draw the last one.
    const timer = window.setTimeout(() => {
      void import('./pdf-document').then(({ renderPdfPage }) =>
        renderPdfPage(pdf, index, canvas, cssWidth, (t) => {
          task = t
          if (!current) t.cancel()
        })
          .then(() => current && canvas.setAttribute('data-rendered', 'true'))
          .catch(() => undefined),
      )
    }, 40)
    return () => {
      current = false
      window.clearTimeout(timer)
      task?.cancel()
    }
  }, [pdf, index, cssWidth])
  return <canvas ref={ref} className={className} data-testid={testId} />
}
