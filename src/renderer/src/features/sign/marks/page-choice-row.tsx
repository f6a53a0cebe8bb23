import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { pagesOf, parsePageSpec, type PageChoice } from '../../../../../shared/format/page-choice'
import { useAppState } from '../../../app/state/app-state'
import { PdfPageImage } from '../document/pdf-page-image'
import type { PlacedSignature } from '../document/placement-model'
import type { SignDocumentState } from '../document/use-sign-document'

type Mode = 'this' | 'all' | 'last' | 'chosen'
const MODES: Mode[] = ['this', 'all', 'last', 'chosen']
// More pages than this are previewed by their first few; the count says how many in all.
const PREVIEW_PAGES = 12

/**
 * One placement on many pages in one step: every page, the last, or chosen pages (`1-4,9`), with
 * a small picture of each chosen page showing where the mark will go.
 */
export function PageChoiceRow({
  state,
  placement,
  signature,
}: {
  state: SignDocumentState
  placement: PlacedSignature
  signature: Signature | undefined
}) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const [mode, setMode] = useState<Mode>('this')
  const [spec, setSpec] = useState('')
  const doc = state.doc
  if (!doc) return null
  const count = doc.pages.length
  const choice: PageChoice | null =
    mode === 'this' ? [placement.page + 1] : mode === 'chosen' ? parsePageSpec(spec) : mode
  const resolved = choice ? pagesOf(choice, count) : null
  const bad = mode === 'chosen' && spec.trim() !== '' && (!resolved || resolved.missing !== undefined)
  const pages = resolved && resolved.missing === undefined ? resolved.pages : []

  return (
    <fieldset className="page-choice" data-testid="sign-page-choice">
      <legend className="field__label">{t('signMarks.pages.label')}</legend>
      <div className="page-choice__modes" role="radiogroup">
        {MODES.map((m) => (
          <label key={m} className="check">
            <input
              type="radio"
              name={`page-choice-${placement.key}`}
              checked={mode === m}
              data-testid={`sign-page-choice-${m}`}
              onChange={() => setMode(m)}
            />
            <span>{t(`signMarks.pages.${m}`)}</span>
          </label>
        ))}
      </div>
      {mode === 'chosen' && (
        <label className="field">
          <span className="field__label">{t('signMarks.pages.spec')}</span>
          <input
            className="input"
            value={spec}
            data-testid="sign-page-choice-spec"
            placeholder={t('signMarks.pages.specPlaceholder')}
            aria-invalid={bad || undefined}
            onChange={(e) => setSpec(e.target.value)}
          />
          {bad && (
            <span className="field__hint sign-warning" data-testid="sign-page-choice-bad">
              {t('signMarks.pages.bad', { pages: count })}
            </span>
          )}
        </label>
      )}
      {pages.length > 0 && mode !== 'this' && (
        <>
          <ol
            className="page-choice__previews"
            aria-label={t('signMarks.pages.count', { count: pages.length })}
          >
            {pages.slice(0, PREVIEW_PAGES).map((page) => {
              const size = doc.pages[page - 1] ?? { width: 1, height: 1 }
              return (
                <li key={page} className="page-choice__page" data-testid="sign-page-choice-preview">
                  <span
                    className="page-choice__paper"
                    style={{ aspectRatio: `${size.width} / ${size.height}` }}
                    aria-label={t('signMarks.pages.previewLabel', { page })}
                  >
                    {doc.kind === 'pdf' && <PdfPageImage token={doc.token} index={page - 1} cssWidth={64} />}
                    {signature && (
                      <img
                        className="page-choice__mark"
                        src={`${info?.assetBaseUrl ?? ''}${signature.previewPath}`}
                        alt=""
                        style={{
                          left: `${placement.x * 100}%`,
                          top: `${placement.y * 100}%`,
                          width: `${placement.width * 100}%`,
                          transform: `rotate(${placement.rotate}deg)`,
                          opacity: placement.opacity,
                        }}
                      />
                    )}
                  </span>
                  <span className="page-choice__number">{page}</span>
                </li>
              )
            })}
          </ol>
          <div className="button-row">
            <button
              type="button"
              className="button"
              data-testid="sign-page-choice-apply"
              onClick={() => choice && state.placeOnPages(placement.key, choice)}
            >
              {t('signMarks.pages.apply')} ({t('signMarks.pages.count', { count: pages.length })})
            </button>
          </div>
        </>
      )}
    </fieldset>
  )
}
