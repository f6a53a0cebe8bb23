import { useEffect, useState } from 'react'
import type { SupportedLocale } from '../../../../../shared/contract/app'
import type { PdfOptions } from '../../../../../shared/contract/notes-export'
import { paperdesk } from '../../../app/api'
import type { PreviewPage } from './preview-pages'

const DEBOUNCE_MS = 400

export interface PdfPreview {
  pages: PreviewPage[] | null
  notes: number
  loading: boolean
  error: unknown
}

interface Made {
  key: string
  pages: PreviewPage[] | null
  notes: number
  error: unknown
}

/** A preview PDF for the dialog's options, remade shortly after they change; stale answers dropped. */
export function usePdfPreview(
  ids: readonly number[],
  options: PdfOptions,
  locale: SupportedLocale,
  enabled: boolean,
): PdfPreview {
  const [made, setMade] = useState<Made | null>(null)
  const key = JSON.stringify({ ids, options, locale })

  useEffect(() => {
    if (!enabled) return
    let stale = false
    const wanted = JSON.parse(key) as { ids: number[]; options: PdfOptions }
    const timer = window.setTimeout(() => {
      paperdesk()
        .notes.previewPdf({ ids: wanted.ids, pdf: wanted.options, locale })
        .then(
          (result) => !stale && setMade({ key, pages: result.pages, notes: result.notes, error: null }),
          (error: unknown) => !stale && setMade({ key, pages: null, notes: 0, error }),
        )
    }, DEBOUNCE_MS)
    return () => {
      stale = true
      window.clearTimeout(timer)
    }
  }, [key, locale, enabled])

  const current = made?.key === key ? made : null
  return {
    pages: current?.pages ?? null,
    notes: current?.notes ?? 0,
    loading: enabled && !current,
    error: current?.error ?? null,
  }
}
