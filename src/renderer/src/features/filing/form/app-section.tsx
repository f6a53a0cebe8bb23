import { useTranslation } from 'react-i18next'
import type { FilingApp } from '../../../../../shared/contract/filing-form'
import { sectorChoices } from '../filing-values'
import { DateField } from './date-field'
import { CheckField, SelectField, TextField } from './field'
import { RowGroup } from './row-group'
import { FormSection, type SectionProps } from './form-section'

export function AppSection({ draft, update, issues }: SectionProps) {
  const { t } = useTranslation()
  const a = draft.app
  const set = (key: keyof FilingApp) => (value: string | boolean) =>
    update((f) => void ((f.app as Record<string, unknown>)[key] = value))
  return (
    <FormSection id="app" title={t('filing.sections.app')}>
      <TextField
        label={t('filing.form.appName')}
        path="app.name"
        issues={issues}
        value={a.name}
        onChange={set('name')}
      />
      <TextField
        label={t('filing.form.serviceCategory')}
        path="app.serviceCategory"
        issues={issues}
        value={a.serviceCategory}
        onChange={set('serviceCategory')}
      />
      <TextField
        label={t('filing.form.language')}
        path="app.language"
        issues={issues}
        value={a.language}
        onChange={set('language')}
        placeholder="中文简体"
      />
      <CheckField
        label={t('filing.form.providesSdk')}
        checked={a.providesSdk}
        onChange={set('providesSdk')}
      />
      <TextField
        label={t('filing.form.remarks')}
        path="app.remarks"
        issues={issues}
        value={a.remarks}
        onChange={set('remarks')}
        wide
        multiline
      />
    </FormSection>
  )
}

/** Sector pre-approvals and third-party SDKs: rows the user adds as needed. */
export function ExtrasSection({ draft, update, issues }: SectionProps) {
  const { t } = useTranslation()
  return (
    <>
      <FormSection id="preApprovals" title={t('filing.sections.preApprovals')}>
        {draft.preApprovals.length === 0 && <p className="form-note field--wide">{t('filing.form.none')}</p>}
        {draft.preApprovals.map((p, i) => {
          const at = `preApprovals.${i}`
          const set = (key: keyof typeof p) => (value: string) =>
            update((f) => void ((f.preApprovals[i] as Record<string, unknown>)[key] = value))
          return (
            <RowGroup key={i} onRemove={() => update((f) => void f.preApprovals.splice(i, 1))}>
              <div className="form-grid">
                <SelectField
                  label={t('filing.form.sector')}
                  path={`${at}.sector`}
                  issues={issues}
                  value={p.sector}
                  choices={sectorChoices.map((v) => ({ value: v, label: t(`filing.sectors.${v}`) }))}
                  onChange={set('sector')}
                />
                <TextField
                  label={t('filing.form.licenceNumber')}
                  path={`${at}.licenceNumber`}
                  issues={issues}
                  value={p.licenceNumber}
                  onChange={set('licenceNumber')}
                />
                <TextField
                  label={t('filing.form.issuer')}
                  path={`${at}.issuer`}
                  issues={issues}
                  value={p.issuer}
                  onChange={set('issuer')}
                />
                <DateField
                  label={t('filing.form.expiry')}
                  path={`${at}.expiry`}
                  issues={issues}
                  value={p.expiry}
                  onChange={set('expiry')}
                />
              </div>
            </RowGroup>
          )
        })}
        <button
          type="button"
          className="button field--wide"
          onClick={() =>
            update(
              (f) => void f.preApprovals.push({ sector: 'news', licenceNumber: '', issuer: '', expiry: '' }),
            )
          }
        >
          {t('filing.form.addPreApproval')}
        </button>
      </FormSection>
      <FormSection id="sdks" title={t('filing.sections.sdks')}>
        {draft.sdks.map((s, i) => {
          const at = `sdks.${i}`
          const set = (key: keyof typeof s) => (value: string) =>
            update((f) => void ((f.sdks[i] as Record<string, unknown>)[key] = value))
          return (
            <RowGroup key={i} onRemove={() => update((f) => void f.sdks.splice(i, 1))}>
              <div className="form-grid form-grid--three">
                <TextField
                  label={t('filing.form.sdkVendor')}
                  path={`${at}.vendor`}
                  issues={issues}
                  value={s.vendor}
                  onChange={set('vendor')}
                />
                <TextField
                  label={t('filing.form.sdkName')}
                  path={`${at}.name`}
                  issues={issues}
                  value={s.name}
                  onChange={set('name')}
                />
                <TextField
                  label={t('filing.form.sdkType')}
                  path={`${at}.type`}
                  issues={issues}
                  value={s.type}
                  onChange={set('type')}
                />
              </div>
            </RowGroup>
          )
        })}
        <button
          type="button"
          className="button field--wide"
          onClick={() => update((f) => void f.sdks.push({ vendor: '', name: '', type: '' }))}
        >
          {t('filing.form.addSdk')}
        </button>
      </FormSection>
    </>
  )
}
