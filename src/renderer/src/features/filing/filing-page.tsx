import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageFrame } from '../../app/page/page-frame'
import { FilingDashboard } from './dashboard/filing-dashboard'
import { FilingDetailView } from './detail/filing-detail-view'
import { InspectorPanel } from './inspector/inspector-panel'
import { useCatalog } from './use-catalog'
import './filing.css'
// Fields and inputs are shared by the form, the new-filing form and the inspector's apply panel.
import './form/form.css'

type Tab = 'filings' | 'inspector'

/** The Filing tool: the dashboard of filings (or one filing), and the app inspector. */
export function FilingPage() {
  const { t } = useTranslation()
  const catalog = useCatalog()
  const [params, setParams] = useSearchParams()
  const tab: Tab = params.get('tab') === 'inspector' ? 'inspector' : 'filings'
  const id = Number(params.get('id')) || null

  const go = (next: Record<string, string>) => setParams(next)

  return (
    <PageFrame page="filing" title={t('filing.title')}>
      <nav className="filing-tabs" role="tablist" aria-label={t('filing.title')}>
        {(['filings', 'inspector'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className="filing-tabs__tab"
            data-testid={`filing-tab-${name}`}
            onClick={() => go(name === 'inspector' ? { tab: 'inspector' } : {})}
          >
            {t(`filing.tabs.${name}`)}
          </button>
        ))}
      </nav>
      {tab === 'inspector' && <InspectorPanel />}
      {catalog && tab === 'filings' && id === null && (
        <FilingDashboard catalog={catalog} onOpen={(next) => go({ id: String(next) })} />
      )}
      {catalog && tab === 'filings' && id !== null && (
        <FilingDetailView
          key={id}
          id={id}
          catalog={catalog}
          view={params.get('view') ?? 'steps'}
          onView={(view) => go({ id: String(id), view })}
          onBack={() => go({})}
        />
      )}
    </PageFrame>
  )
}
