import { useTranslation } from 'react-i18next'
import type { SmsWindowView } from '../../../../../shared/contract/filing'
import { useAppState } from '../../../app/state/app-state'
import { formatCountdown, formatMoment, useNow } from '../use-now'

type SmsAction = 'received' | 'wrong-code' | 'resent' | 'verified'

/** The 24-hour SMS window, ticking live, with wrong codes and resends left. */
export function SmsPanel({
  sms,
  busy,
  onAction,
}: {
  sms: SmsWindowView | null
  busy: boolean
  onAction: (action: SmsAction) => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const now = useNow(1000)
  const deadline = sms?.deadline ? Date.parse(sms.deadline) : null
  const left = deadline === null ? null : deadline - now
  const expired = sms?.locked || (left !== null && left <= 0)
  const button = (action: SmsAction, label: string, disabled = false) => (
    <button
      type="button"
      className={action === 'verified' ? 'button button--primary' : 'button'}
      data-testid={`sms-${action}`}
      disabled={busy || disabled}
      onClick={() => onAction(action)}
    >
      {label}
    </button>
  )
  return (
    <section
      className={`sms-panel${expired ? ' is-expired' : ''}`}
      data-testid="sms-panel"
      aria-labelledby="sms-title"
    >
      <h4 id="sms-title">{t('filing.sms.title')}</h4>
      {deadline === null ? (
        <p>{t('filing.sms.waiting')}</p>
      ) : (
        <div className="sms-panel__clock">
          <span className="sms-panel__label">{t('filing.sms.left')}</span>
          <span className="sms-panel__countdown" data-testid="sms-countdown" role="timer" aria-live="off">
            {formatCountdown(left ?? 0)}
          </span>
          <span className="sms-panel__deadline">
            {t('filing.sms.deadline', { time: formatMoment(new Date(deadline).toISOString(), locale) })}
          </span>
        </div>
      )}
      {sms && deadline !== null && (
        <p className="sms-panel__counts">
          <span data-testid="sms-attempts">
            {t('filing.sms.attempts', { count: sms.wrongCodes, left: sms.attemptsLeft })}
          </span>
          <span data-testid="sms-resends">{t('filing.sms.resends', { count: sms.resendsLeft })}</span>
        </p>
      )}
      {sms?.locked && <p className="sms-panel__alert">{t('filing.sms.locked')}</p>}
      {!sms?.locked && expired && <p className="sms-panel__alert">{t('filing.sms.expired')}</p>}
      <div className="button-row">
        {button('received', t('filing.sms.received'), deadline !== null)}
        {button('wrong-code', t('filing.sms.wrongCode'), deadline === null || expired)}
        {button(
          'resent',
          t('filing.sms.resent'),
          deadline === null || expired || (sms?.resendsLeft ?? 0) === 0,
        )}
        {button('verified', t('filing.sms.verified'), deadline === null || expired)}
      </div>
    </section>
  )
}
