import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog, FilingDetail } from '../../../../../shared/contract/filing'
import type { FlowTemplate } from '../../../../../shared/contract/filing-flow'
import { paperdesk } from '../../../app/api'
import { useLocalized } from '../use-catalog'
import { IssueList } from '../form/issue-list'
import { ReturnPanel } from './return-panel'
import { SmsPanel } from './sms-panel'
import { StepItem } from './step-item'
import type { FilingHandle } from './use-filing'

const reviewing = new Set(['submitted', 'provider-review', 'sms-pending', 'provincial-review'])

/** The flow's steps with their status, the SMS countdown, and what happens when a filing comes back. */
export function StepsView({
  filing,
  detail,
  flow,
  catalog,
}: {
  filing: FilingHandle
  detail: FilingDetail
  flow: FlowTemplate
  catalog: FilingCatalog
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const [returning, setReturning] = useState(false)
  const api = () => paperdesk().filing
  const { id } = detail
  const reasonText = (key: string) => {
    const known = catalog.rejectionReasons.find((r) => r.key === key)
    return known ? loc(known.text) : key
  }
  const meta = (field: 'orderId' | 'appNumber', value: string) => {
    if (value !== detail[field]) void filing.run(() => api().update({ id, [field]: value }))
  }

  return (
    <div className="steps-view">
      <div className="form-grid filing-meta">
        <label className="field">
          <span className="field__label">{t('filing.detail.orderId')}</span>
          <input
            className="input"
            defaultValue={detail.orderId}
            data-testid="filing-order-id"
            onBlur={(e) => meta('orderId', e.target.value.trim())}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('filing.detail.appNumber')}</span>
          <input
            className="input"
            defaultValue={detail.appNumber}
            placeholder="京ICP备12345678号-2A"
            data-testid="filing-app-number"
            onBlur={(e) => meta('appNumber', e.target.value.trim())}
          />
          <IssueList issues={detail.issues.filter((i) => i.path === 'appNumber')} id="app-number-issues" />
        </label>
      </div>

      {detail.status === 'returned' && (
        <section className="returned-banner" data-testid="returned-banner" role="alert">
          <h3>{t('filing.steps.returnedTitle')}</h3>
          <ul>
            {detail.returnReasons.map((key) => (
              <li key={key}>{reasonText(key)}</li>
            ))}
          </ul>
          {detail.returnNote && <p>{detail.returnNote}</p>}
          <p className="returned-banner__hint">{t('filing.steps.returnedHint')}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="filing-reopen"
            disabled={filing.busy}
            onClick={() => void filing.run(() => api().reopen({ id }))}
          >
            {t('filing.steps.reopen')}
          </button>
        </section>
      )}
      {reviewing.has(detail.status) && !returning && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="filing-mark-returned"
            onClick={() => setReturning(true)}
          >
            {t('filing.steps.markReturned')}
          </button>
        </div>
      )}
      {returning && (
        <ReturnPanel
          catalog={catalog}
          busy={filing.busy}
          onCancel={() => setReturning(false)}
          onSave={(reasons, note) =>
            void filing
              .run(() => api().markReturned({ id, reasons, note }))
              .then((ok) => ok && setReturning(false))
          }
        />
      )}

      <ol className="step-list" data-testid="step-list">
        {detail.steps.map((step) => {
          const flowStep = flow.steps.find((s) => s.key === step.key)
          const showSms =
            flowStep?.sms &&
            (detail.sms !== null || ['submitted', 'provider-review', 'sms-pending'].includes(detail.status))
          return (
            <StepItem
              key={`${step.key}-${step.status}-${step.note}`}
              step={step}
              flowStep={flowStep}
              busy={filing.busy}
              onStatus={(status) => void filing.run(() => api().setStep({ id, step: step.key, status }))}
              onNote={(note) => void filing.run(() => api().setStep({ id, step: step.key, note }))}
            >
              {showSms && (
                <SmsPanel
                  sms={detail.sms}
                  busy={filing.busy}
                  onAction={(action) => void filing.run(() => api().sms({ id, action }))}
                />
              )}
            </StepItem>
          )
        })}
      </ol>
    </div>
  )
}
