import { useEffect, useState } from 'react'
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'

/** The pdf.js document at `url` while the component lives; null while loading, 'failed' if it cannot. */
export function usePdf(url: string | null): PDFDocumentProxy | null | 'failed' {
  const [pdf, setPdf] = useState<{ url: string; doc: PDFDocumentProxy | 'failed' } | null>(null)
  useEffect(() => {
    if (!url) return
    let current = true
    let task: PDFDocumentLoadingTask | null = null
    import('./pdf-document')
      .then(({ openPdf }) => {
        task = openPdf(url)
        if (!current) void task.destroy()
        return task.promise
      })
      .then(
        (doc) => {
          if (current) setPdf({ url, doc })
        },
        (error: unknown) => {
          console.warn('pdf.js could not open the document', error)
          if (current) setPdf({ url, doc: 'failed' })
        },
      )
    return () => {
      current = false
      void task?.destroy()
    }
  }, [url])
  return pdf && pdf.url === url ? pdf.doc : null
}
