import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../../app/format'
import { useAppState } from '../../../app/state/app-state'
import { SignatureCard } from './signature-card'
import type { VerifyState } from './use-verify'

/** The Verify tab: pick a PDF, read what each of its signatures proves. */
export function VerifyView({
  state,
  onShowRecord,
}: {
  state: VerifyState
  onShowRecord: (id: number) => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { report } = state
  return (
    <section className="sign-card certify-verify" aria-labelledby="certify-verify-title">
      <div className="sign-card__head">
        <div>
          <h2 id="certify-verify-title" className="sign-card__title">
            {t('certify.verify.title')}
          </h2>
          <p className="sign-card__hint">{t('certify.verify.hint')}</p>
        </div>
        <button
          type="button"
          className="button button--primary"
          data-testid="certify-verify-choose"
          disabled={state.busy}
          aria-busy={state.busy}
          onClick={() => void state.choose()}
        >
          {t('certify.verify.choose')}
        </button>
      </div>
      {report && (
        <div className="certify-verify__report" data-testid="certify-report" aria-live="polite">
          <p className="certify-verify__file">
            <span className="certify-verify__name" data-testid="certify-report-name" title={report.path}>
              {report.name}
            </span>
            <span className="field__hint">
              {formatBytes(report.fileBytes, locale)} ·{' '}
              {t('certify.verify.signatureCount', { count: report.signatures.length })}
            </span>
          </p>
          {report.signatures.length === 0 ? (
            <p className="certify-empty" data-testid="certify-report-unsigned">
              {t('certify.verify.unsigned')}
            </p>
          ) : (
            <ol className="certify-list">
              {report.signatures.map((s, i) => (
                <SignatureCard
                  key={`${i}-${s.fieldName ?? ''}`}
                  signature={s}
                  index={i}
                  onTrust={() => void state.trust(s)}
                  onShowRecord={onShowRecord}
                />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  )
}
