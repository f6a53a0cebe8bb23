import { useTranslation } from 'react-i18next'
import type { FilingCatalog } from '../../../../../shared/contract/filing'
import { paperdesk } from '../../../app/api'
import { FormView } from '../form/form-view'
import { useLocalized } from '../use-catalog'
import { MaterialsView } from './materials-view'
import { StepsView } from './steps-view'
import { useFiling } from './use-filing'
import './detail.css'

const views = ['steps', 'form', 'materials'] as const

/** One filing: its header, then the steps, the form, or the materials and export. */
export function FilingDetailView({
  id,
  catalog,
  view,
  onView,
  onBack,
}: {
  id: number
  catalog: FilingCatalog
  view: string
  onView: (view: string) => void
  onBack: () => void
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const filing = useFiling(id)
  const { detail } = filing
  if (!detail) return <div className="filing-loading" aria-busy="true" />
  const provider = catalog.providers.find((p) => p.id === detail.provider)
  const flow = catalog.flows.find((f) => f.id === detail.flowId)
  const current = (views as readonly string[]).includes(view) ? view : 'steps'

  const remove = async () => {
    if (!window.confirm(t('filing.detail.removeConfirm', { name: detail.appName }))) return
    if (await filing.run(async () => (await paperdesk().filing.remove({ id }), null))) onBack()
  }

  return (
    <div className="filing-detail" data-testid="filing-detail" data-status={detail.status}>
      <div className="filing-detail__top">
        <button type="button" className="button button--quiet" data-testid="filing-back" onClick={onBack}>
          ← {t('filing.detail.back')}
        </button>
        <button
          type="button"
          className="button button--quiet filing-detail__remove"
          data-testid="filing-remove"
          onClick={() => void remove()}
        >
          {t('filing.detail.remove')}
        </button>
      </div>
      <header className="filing-detail__header">
        <h2 className="filing-detail__name" data-testid="filing-name">
          {detail.appName}
        </h2>
        <span className={`status-badge status-badge--${detail.status}`} data-testid="filing-status">
          {t(`filing.status.${detail.status}`)}
        </span>
        <p className="filing-detail__meta">
          {[
            provider ? loc(provider.name) : detail.provider,
            t(`filing.types.${detail.filingType}`),
            flow ? loc(flow.summary) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <nav className="filing-subtabs" role="tablist">
        {views.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={current === name}
            className="filing-subtabs__tab"
            data-testid={`filing-view-${name}`}
            onClick={() => onView(name)}
          >
            {t(`filing.detail.${name}`)}
            {name === 'form' && detail.errorCount > 0 && (
              <span className="count-badge">{detail.errorCount}</span>
            )}
          </button>
        ))}
      </nav>
      {current === 'steps' && flow && (
        <StepsView filing={filing} detail={detail} flow={flow} catalog={catalog} />
      )}
      {current === 'form' && <FormView filing={filing} detail={detail} catalog={catalog} />}
      {current === 'materials' && <MaterialsView filing={filing} detail={detail} catalog={catalog} />}
    </div>
  )
}
