import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog } from '../../../../../shared/contract/filing'
import type { FilingType, ProviderId } from '../../../../../shared/contract/filing-flow'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { useLocalized } from '../use-catalog'

/** App name, provider, filing type and province: enough to lay out the steps. */
export function NewFilingForm({
  catalog,
  onCreated,
  onCancel,
}: {
  catalog: FilingCatalog
  onCreated: (id: number) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const { showError } = useToasts()
  const [appName, setAppName] = useState('')
  const [provider, setProvider] = useState<ProviderId>(catalog.providers[0]?.id ?? 'aliyun')
  const [filingType, setFilingType] = useState<FilingType>('first')
  const [province, setProvince] = useState('')
  const [busy, setBusy] = useState(false)
  // Filing types come from the flows: those some flow for this provider (or any provider) offers.
  const types = [
    ...new Set(
      catalog.flows
        .filter((f) => f.providers.includes(provider) || f.providers.includes('*'))
        .flatMap((f) => f.filingTypes),
    ),
  ]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { id } = await paperdesk().filing.create({
        appName,
        provider,
        filingType: types.includes(filingType) ? filingType : 'first',
        province,
      })
      onCreated(id)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="filing-card new-filing" data-testid="new-filing-form" onSubmit={(e) => void submit(e)}>
      <h2 className="filing-card__title">{t('filing.create.title')}</h2>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">{t('filing.create.appName')}</span>
          <input
            className="input"
            data-testid="new-filing-name"
            required
            maxLength={100}
            value={appName}
            onChange={(e) => setAppName(e.target.value)}
            autoFocus
          />
        </label>
        <label className="field">
          <span className="field__label">{t('filing.create.provider')}</span>
          <select
            className="select"
            data-testid="new-filing-provider"
            value={provider}
            onChange={(e) => setProvider(e.target.value as ProviderId)}
          >
            {catalog.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {loc(p.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('filing.create.type')}</span>
          <select
            className="select"
            data-testid="new-filing-type"
            value={filingType}
            onChange={(e) => setFilingType(e.target.value as FilingType)}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`filing.types.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('filing.create.province')}</span>
          <select
            className="select"
            data-testid="new-filing-province"
            value={province}
            onChange={(e) => setProvince(e.target.value)}
          >
            <option value="">{t('filing.create.provinceNone')}</option>
            {catalog.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {loc(p)} ({p.abbr})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          data-testid="new-filing-create"
          disabled={busy || !appName.trim()}
        >
          {t('filing.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('filing.create.cancel')}
        </button>
      </div>
    </form>
  )
}
