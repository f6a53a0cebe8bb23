import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog, FilingSummary } from '../../../../../shared/contract/filing'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { useLocalized } from '../use-catalog'
import { useNow } from '../use-now'
import { dueText } from './due-text'
import { NewFilingForm } from './new-filing-form'
import './dashboard.css'

function FilingRow({
  filing,
  catalog,
  onOpen,
  now,
}: {
  filing: FilingSummary
  catalog: FilingCatalog
  onOpen: () => void
  now: number
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const provider = catalog.providers.find((p) => p.id === filing.provider)
  const flow = catalog.flows.find((f) => f.id === filing.flowId)
  const province = catalog.provinces.find((p) => p.code === filing.province)
  return (
    <li
      className={`filing-row filing-row--${filing.due.urgency}`}
      data-testid="filing-row"
      data-id={filing.id}
      data-status={filing.status}
    >
      <button type="button" className="filing-row__main" onClick={onOpen}>
        <span className="filing-row__name">{filing.appName}</span>
        <span className="filing-row__meta">
          {[
            provider ? loc(provider.name) : filing.provider,
            t(`filing.types.${filing.filingType}`),
            province ? loc(province) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </button>
      <span className={`status-badge status-badge--${filing.status}`} data-testid="filing-status">
        {t(`filing.status.${filing.status}`)}
      </span>
      <span className={`filing-row__due${filing.due.overdue ? ' is-overdue' : ''}`} data-testid="filing-due">
        {dueText(t, filing.due, flow, loc, now)}
      </span>
      <span className="filing-row__progress">
        <progress
          max={filing.progress.total}
          value={filing.progress.done}
          aria-label={t('filing.dashboard.progress', filing.progress)}
        />
        <small>{t('filing.dashboard.progress', filing.progress)}</small>
      </span>
      {filing.alerts.length > 0 && (
        <ul className="filing-row__alerts">
          {filing.alerts.map((a) => (
            <li key={a.path}>
              {t(
                a.kind === 'certificate' ? 'filing.dashboard.alertCertificate' : 'filing.dashboard.alertId',
                { date: a.date, days: a.days },
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** Every filing, most pressing first, with what is due next (the SMS deadline ticks live). */
export function FilingDashboard({
  catalog,
  onOpen,
}: {
  catalog: FilingCatalog
  onOpen: (id: number) => void
}) {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [filings, setFilings] = useState<FilingSummary[] | null>(null)
  const [creating, setCreating] = useState(false)
  const now = useNow(1000)

  useEffect(() => {
    let current = true
    paperdesk()
      .filing.list()
      .then(
        (list) => current && setFilings(list),
        (e: unknown) => current && showError(e),
      )
    return () => {
      current = false
    }
  }, [showError])

  return (
    <div className="filing-dashboard" data-testid="filing-dashboard">
      {creating ? (
        <NewFilingForm catalog={catalog} onCancel={() => setCreating(false)} onCreated={onOpen} />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            data-testid="new-filing"
            onClick={() => setCreating(true)}
          >
            {t('filing.dashboard.newFiling')}
          </button>
        </div>
      )}
      {filings && filings.length === 0 && !creating && (
        <p className="filing-empty" data-testid="filing-empty">
          {t('filing.dashboard.noFilings')}
        </p>
      )}
      {filings && filings.length > 0 && (
        <ul className="filing-list" data-testid="filing-list">
          {filings.map((f) => (
            <FilingRow key={f.id} filing={f} catalog={catalog} now={now} onOpen={() => onOpen(f.id)} />
          ))}
        </ul>
      )}
    </div>
  )
}
