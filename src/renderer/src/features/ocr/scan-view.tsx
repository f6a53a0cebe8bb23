import { useTranslation } from 'react-i18next'
import type { OcrDocument } from '../../../../shared/contract/ocr'
import { useAppState } from '../../app/state/app-state'
import type { EditablePage } from './ocr-lines'

/** The picture of one page, with the boxes of the lines read on it (hard-to-read ones marked). */
export function ScanView({
  doc,
  page,
  lines,
  canBack,
  canForward,
  onMove,
}: {
  doc: OcrDocument
  page: number
  lines: EditablePage | undefined
  canBack: boolean
  canForward: boolean
  onMove: (step: number) => void
}) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const pct = (value: number, of: number) => `${(100 * value) / of}%`
  return (
    <figure className="ocr-scan" data-testid="ocr-scan">
      <div className="ocr-scan__sheet">
        <img
          className="ocr-scan__image"
          data-testid="ocr-scan-image"
          src={`${info?.assetBaseUrl ?? ''}${doc.assetPath}/${page}.jpg`}
          alt={t('ocr.view.page', { page })}
        />
        {lines?.boxes.map((box, i) => (
          <span
            key={i}
            className={`ocr-scan__box${lines.lines[i]?.low ? ' is-low' : ''}`}
            style={{
              left: pct(box.x, lines.width),
              top: pct(box.y, lines.height),
              width: pct(box.width, lines.width),
              height: pct(box.height, lines.height),
            }}
          />
        ))}
      </div>
      {(canBack || canForward) && (
        <figcaption className="ocr-scan__nav">
          <button
            type="button"
            className="button button--quiet"
            data-testid="ocr-scan-prev"
            disabled={!canBack}
            onClick={() => onMove(-1)}
          >
            ‹
          </button>
          <span data-testid="ocr-scan-page">{t('ocr.view.page', { page })}</span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="ocr-scan-next"
            disabled={!canForward}
            onClick={() => onMove(1)}
          >
            ›
          </button>
        </figcaption>
      )}
    </figure>
  )
}
