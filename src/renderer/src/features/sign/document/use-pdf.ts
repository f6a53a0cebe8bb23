import { useEffect, useState } from 'react'
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import { paperdesk } from '../../../app/api'

/**
 * The pdf.js document of an open PDF while the component lives; null while loading, 'failed' if
 * it cannot be shown. Loaded from its asset URL; where the shell will not let pdf.js fetch that
 * (a cross-origin custom scheme), from its bytes over the contract instead.
 */
export function usePdf(url: string | null, token: string | null): PDFDocumentProxy | null | 'failed' {
  const [pdf, setPdf] = useState<{ url: string; doc: PDFDocumentProxy | 'failed' } | null>(null)
  useEffect(() => {
    if (!url || !token) return
    let current = true
    let task: PDFDocumentLoadingTask | null = null
    const load = async (source: { url: string } | { data: Uint8Array }) => {
      const { openPdf } = await import('./pdf-document')
      task = openPdf(source)
      if (!current) void task.destroy()
      return task.promise
    }
    load({ url })
      .catch(async () => load({ data: (await paperdesk().sign.pdfBytes({ token })).data }))
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
  }, [url, token])
  return pdf && pdf.url === url ? pdf.doc : null
}
