import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlatformEntry } from '../../../../../shared/contract/filing-form'
import { displayFingerprint } from '../display-values'
import { osChoices } from '../filing-values'
import { useFingerprintLayout } from '../use-fingerprint-layout'
import { SelectField, TextField } from './field'
import { FillFromApkButton, FillSummary, type FillReport } from './fill-from-apk'
import { RowGroup } from './row-group'
import { FormSection, type SectionProps } from './form-section'
import { IssueList } from './issue-list'
import { ListEditor } from './list-editor'

const emptyPlatform = (os: PlatformEntry['os']): PlatformEntry => ({
  os,
  packageName: '',
  publicKey: '',
  signatureMd5: '',
  domains: [],
  certificate: null,
})

/** Per platform: package name / Bundle ID, 公钥, 签名MD5值 (the inspector fills these). */
export function PlatformsSection({ draft, update, issues }: SectionProps) {
  const { t } = useTranslation()
  const [layout] = useFingerprintLayout()
  const [reports, setReports] = useState<Record<number, FillReport>>({})
  return (
    <FormSection
      id="platforms"
      title={t('filing.sections.platforms')}
      issues={<IssueList issues={issues.at('platforms')} id="platforms-issues" />}
    >
      {draft.platforms.map((p, i) => {
        const at = `platforms.${i}`
        const set = (key: keyof PlatformEntry) => (value: unknown) =>
          update((f) => void ((f.platforms[i] as Record<string, unknown>)[key] = value))
        return (
          <RowGroup
            key={i}
            legend={t(`filing.os.${p.os}`)}
            testId="platform"
            onRemove={() => {
              setReports({})
              update((f) => void f.platforms.splice(i, 1))
            }}
          >
            <div className="form-grid">
              <FillFromApkButton
                entry={p}
                onFilled={(report) => {
                  update((f) => void (f.platforms[i] = report.entry))
                  setReports((all) => ({ ...all, [i]: report }))
                }}
              />
              {reports[i] && (
                <FillSummary
                  report={reports[i]}
                  appName={draft.app.name}
                  layout={layout}
                  onDismiss={() => setReports(({ [i]: _, ...rest }) => rest)}
                />
              )}
              <SelectField
                label={t('filing.form.os')}
                path={`${at}.os`}
                issues={issues}
                value={p.os}
                choices={osChoices.map((v) => ({ value: v, label: t(`filing.os.${v}`) }))}
                onChange={set('os')}
              />
              <TextField
                label={t(p.os === 'ios' ? 'filing.form.bundleId' : 'filing.form.packageName')}
                path={`${at}.packageName`}
                issues={issues}
                value={p.packageName}
                onChange={set('packageName')}
                mono
              />
              <TextField
                label={t('filing.form.signatureMd5')}
                path={`${at}.signatureMd5`}
                issues={issues}
                value={p.signatureMd5}
                onChange={set('signatureMd5')}
                display={(value) => displayFingerprint(value, layout)}
                mono
                wide
              />
              <TextField
                label={t('filing.form.publicKey')}
                path={`${at}.publicKey`}
                issues={issues}
                value={p.publicKey}
                onChange={set('publicKey')}
                mono
                wide
                multiline
              />
              {p.certificate && (
                <div className="field field--wide form-note" data-testid="platform-certificate">
                  {t('filing.form.fromInspector', { file: p.certificate.sourceFile })} ·{' '}
                  {p.certificate.subject} ·{' '}
                  {t('filing.form.certificateUntil', { date: p.certificate.notAfter.slice(0, 10) })}
                  <IssueList issues={issues.at(`${at}.certificate`)} id={`${at}-cert-issues`} />
                </div>
              )}
              <ListEditor
                label={t('filing.form.platformDomains')}
                path={`${at}.domains`}
                values={p.domains}
                issues={issues}
                addLabel={t('filing.form.addDomain')}
                placeholder="api.example.cn"
                hint={t('filing.form.platformDomainsHint')}
                onChange={set('domains')}
              />
            </div>
          </RowGroup>
        )
      })}
      <button
        type="button"
        className="button field--wide"
        data-testid="add-platform"
        onClick={() =>
          update(
            (f) =>
              void f.platforms.push(
                emptyPlatform(f.platforms.some((x) => x.os === 'android') ? 'ios' : 'android'),
              ),
          )
        }
      >
        {t('filing.form.addPlatform')}
      </button>
    </FormSection>
  )
}

export function NetworkSection({ draft, update, issues }: SectionProps) {
  const { t } = useTranslation()
  return (
    <FormSection id="network" title={t('filing.sections.network')}>
      <ListEditor
        label={t('filing.form.domains')}
        path="domains"
        values={draft.domains}
        issues={issues}
        addLabel={t('filing.form.addDomain')}
        placeholder="example.cn"
        onChange={(v) => update((f) => void (f.domains = v))}
      />
      <ListEditor
        label={t('filing.form.ips')}
        path="ips"
        values={draft.ips}
        issues={issues}
        addLabel={t('filing.form.addIp')}
        placeholder="47.95.0.1"
        onChange={(v) => update((f) => void (f.ips = v))}
      />
    </FormSection>
  )
}
