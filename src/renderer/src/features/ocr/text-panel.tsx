import { useTranslation } from 'react-i18next'
import type { useOcr } from './use-ocr'

/** The text read, a line per input (hard-to-read lines marked), and what to do with it. */
export function TextPanel({ ocr, pageIndex }: { ocr: ReturnType<typeof useOcr>; pageIndex: number }) {
  const { t } = useTranslation()
  const { result } = ocr
  if (!result) return <div className="ocr-text ocr-text--empty" />
  const page = result[pageIndex]
  const anyLow = result.some((p) => p.lines.some((l) => l.low))
  return (
    <section className="ocr-text" aria-label={t('ocr.view.text')} data-testid="ocr-text">
      <h2 className="ocr-text__title">{t('ocr.view.text')}</h2>
      <p className="ocr-text__hint">{anyLow ? t('ocr.view.lowLines') : t('ocr.view.textHint')}</p>
      {page && page.lines.length > 0 ? (
        <ol className="ocr-lines">
          {page.lines.map((line, i) => (
            <li key={i} className={`ocr-line${line.low ? ' is-low' : ''}`}>
              <input
                type="text"
                className="ocr-line__input"
                data-testid="ocr-line"
                data-low={line.low ? 'true' : undefined}
                value={line.text}
                title={line.low ? t('ocr.lowConfidence') : undefined}
                aria-label={line.low ? t('ocr.lowConfidence') : undefined}
                onChange={(e) => ocr.editLine(pageIndex, i, e.target.value)}
              />
            </li>
          ))}
        </ol>
      ) : (
        <p className="ocr-text__none" data-testid="ocr-no-text">
          {t('ocr.view.noText')}
        </p>
      )}
      <div className="ocr-text__actions">
        <button
          type="button"
          className="button"
          data-testid="ocr-copy"
          disabled={ocr.text === ''}
          onClick={() => void ocr.copyText()}
        >
          {t('ocr.view.copy')}
        </button>
        <label className="ocr-text__note-title">
          {t('ocr.view.noteTitle')}
          <input
            type="text"
            className="ocr-input"
            data-testid="ocr-note-title"
            value={ocr.title}
            onChange={(e) => ocr.setTitle(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button button--primary"
          data-testid="ocr-make-note"
          disabled={ocr.busy}
          onClick={() => void ocr.makeNote()}
        >
          {t('ocr.view.makeNote')}
        </button>
      </div>
    </section>
  )
}
