import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutputFormat } from '../../../../../shared/contract/sign'
import { CertifyExportOptions } from '../certify/certify-export-options'
import { useCertifyChoice } from '../certify/use-certify-choice'
import type { SignDocumentState } from './use-sign-document'

/** Format, quality and flattening of the signed copy, an optional digital signature, and the button that saves it. */
export function ExportPanel({
  state,
  onManageCertificates,
}: {
  state: SignDocumentState
  onManageCertificates?: () => void
}) {
  const { t } = useTranslation()
  const doc = state.doc
  const certify = useCertifyChoice()
  // The workspace keys this panel by document, so a new document starts from its own default.
  const [format, setFormat] = useState<OutputFormat>(doc?.defaultFormat ?? 'jpeg')
  const [quality, setQuality] = useState(90)
  const [flatten, setFlatten] = useState(false)

  if (!doc) return null
  // A digital signature lives inside a PDF: certifying forces PDF output.
  const certifying = certify.choice.on
  const chosenFormat: OutputFormat = doc.kind === 'pdf' || certifying ? 'pdf' : format
  // Nothing to draw yet: no placement and no cross-page seal.
  const empty = state.placements.length === 0 && !state.crossSeal
  const blocker = !empty ? certify.blocker : null
  const formats: OutputFormat[] = doc.kind === 'pdf' ? ['pdf'] : ['jpeg', 'png', 'pdf']
  return (
    <div className="sign-panel">
      <h3 className="sign-panel__title">{t('sign.output.title')}</h3>
      {doc.kind === 'image' && (
        <label className="field">
          <span className="field__label">{t('sign.output.format')}</span>
          <select
            className="select"
            value={chosenFormat}
            disabled={certifying}
            aria-describedby={certifying ? 'certify-pdf-only' : undefined}
            data-testid="sign-output-format"
            onChange={(e) => setFormat(e.target.value as OutputFormat)}
          >
            {formats.map((f) => (
              <option key={f} value={f}>
                {t(`sign.output.formats.${f}`)}
              </option>
            ))}
          </select>
          {certifying && (
            <span id="certify-pdf-only" className="field__hint" data-testid="certify-pdf-only">
              {t('certify.export.pdfOnly')}
            </span>
          )}
        </label>
      )}
      {doc.kind === 'image' && chosenFormat !== 'png' && (
        <label className="field">
          <span className="field__label">
            {t('sign.output.quality')} <output>{quality}</output>
          </span>
          <input
            type="range"
            min={50}
            max={100}
            value={quality}
            data-testid="sign-output-quality"
            onChange={(e) => setQuality(Number(e.target.value))}
          />
        </label>
      )}
      {doc.signatures > 0 && (
        <p className="sign-card__hint" data-testid="sign-already-signed">
          {t('sign.output.alreadySigned', { count: doc.signatures })}
        </p>
      )}
      {doc.kind === 'pdf' && doc.hasForm && doc.signatures === 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={flatten}
            data-testid="sign-output-flatten"
            onChange={(e) => setFlatten(e.target.checked)}
          />
          <span>{t('sign.output.flatten')}</span>
        </label>
      )}
      <CertifyExportOptions state={certify} onManageCertificates={onManageCertificates} />
      <p className="sign-card__hint" data-testid="sign-placed-count">
        {state.placements.length === 0
          ? t('sign.place.none')
          : t('sign.place.count', { count: state.placements.length })}
      </p>
      <button
        type="button"
        className="button button--primary"
        data-testid="sign-export"
        disabled={
          empty ||
          state.crossSealError !== null ||
          state.exporting ||
          certify.blocker !== null ||
          state.pagesOutside.length > 0
        }
        aria-busy={state.exporting}
        aria-describedby={
          state.pagesOutside.length > 0
            ? 'sign-outside-warning'
            : blocker
              ? 'certify-export-blocker'
              : undefined
        }
        onClick={() => void state.exportSigned({ format: chosenFormat, quality, flatten }, certify.request())}
      >
        {state.exporting
          ? t('sign.output.exporting')
          : certifying
            ? t('certify.export.submit')
            : t('sign.output.export')}
      </button>
      {state.pagesOutside.length > 0 && (
        <p id="sign-outside-warning" className="field__hint sign-warning" data-testid="sign-outside-warning">
          {t('sign.place.outside', { pages: state.pagesOutside.join(', ') })}
        </p>
      )}
      {blocker && (
        <p id="certify-export-blocker" className="field__hint" data-testid="certify-export-blocker">
          {t(`certify.export.blockers.${blocker}`)}
        </p>
      )}
    </div>
  )
}
