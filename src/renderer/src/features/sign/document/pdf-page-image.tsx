import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppState } from '../../../app/state/app-state'
import { pageWidthFor, pdfPagePath } from './pdf-page-url'

/**
 * One page of an open PDF as main draws it, `cssWidth` CSS pixels wide (sharp at the screen's
 * pixel ratio). Zooming asks for a new width in steps; the browser keeps showing the last picture
 * until the next one has loaded.
 */
export function PdfPageImage({
  token,
  index,
  cssWidth,
  className,
  testId,
}: {
  token: string
  index: number
  cssWidth: number
  className?: string
  testId?: string
}) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const width = pageWidthFor(cssWidth, window.devicePixelRatio || 1)
  const src = `${info?.assetBaseUrl ?? ''}${pdfPagePath(token, index, width)}`
  const [loaded, setLoaded] = useState<string | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  if (failed === src) return <p className="page-view__loading">{t('sign.document.pdfFailed')}</p>
  return (
    <img
      className={className}
      src={src}
      alt={t('sign.document.pageLabel', { page: index + 1 })}
      draggable={false}
      data-testid={testId}
      data-rendered={loaded === src ? 'true' : undefined}
      onLoad={() => setLoaded(src)}
      onError={() => setFailed(src)}
    />
  )
}
