import { useTranslation } from 'react-i18next'
import { useAppState } from '../../../app/state/app-state'
import { commonNameOf, formatDate } from './certify-labels'
import type { useTrusted } from './use-trusted'

/** Certificates the user trusts when verifying; each can be trusted no longer. */
export function TrustedList({ state }: { state: ReturnType<typeof useTrusted> }) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { trusted } = state
  return (
    <section className="sign-card" aria-labelledby="certify-trusted-title">
      <div>
        <h2 id="certify-trusted-title" className="sign-card__title">
          {t('certify.trusted.title')}
        </h2>
        <p className="sign-card__hint">{t('certify.trusted.hint')}</p>
      </div>
      {trusted?.length === 0 && (
        <p className="sign-card__hint" data-testid="certify-trusted-empty">
          {t('certify.trusted.empty')}
        </p>
      )}
      {trusted && trusted.length > 0 && (
        <ul className="certify-list" data-testid="certify-trusted">
          {trusted.map((c) => (
            <li
              key={c.sha256}
              className="certify-trusted"
              data-testid="certify-trusted-item"
              data-sha256={c.sha256}
            >
              <div className="certify-identity__text">
                <span className="certify-identity__name">{commonNameOf(c.subject)}</span>
                <span className="certify-identity__subject" title={c.subject}>
                  {c.subject}
                </span>
                <span className="field__hint">
                  {t('certify.trusted.added', { date: formatDate(c.addedAt, locale) })} · SHA-256{' '}
                  <span className="certify-hash" title={c.sha256}>
                    {c.sha256.slice(0, 16)}…
                  </span>
                </span>
              </div>
              <button
                type="button"
                className="button button--quiet button--danger"
                data-testid="certify-untrust"
                onClick={() => void state.untrust(c)}
              >
                {t('certify.trusted.untrust')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
