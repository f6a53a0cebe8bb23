import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlatformEntry } from '../../../../../shared/contract/filing-form'
import type { AppLabel, InspectResult } from '../../../../../shared/contract/filing-inspect'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { displayFingerprint } from '../display-values'
import {
  defaultHash,
  type FingerprintFormat,
  type HashChoice,
  type PublicKeyFormat,
} from '../inspector/formats'
import { defaultKeyFormat, platformEntryFrom } from '../inspector/platform-entry'
import '../inspector/inspector.css'

/** What a fill from a file did, kept to show the user until they dismiss it. */
export interface FillReport {
  result: InspectResult
  entry: PlatformEntry
  hash: HashChoice
  keyFormat: PublicKeyFormat
}

const hashNames: Record<HashChoice, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' }

/** Opens an APK, IPA or certificate and fills this platform from it (the user sees what changed). */
export function FillFromApkButton({
  entry,
  onFilled,
}: {
  entry: PlatformEntry
  onFilled: (report: FillReport) => void
}) {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [reading, setReading] = useState(false)
  const fill = async () => {
    setReading(true)
    try {
      const picked = await paperdesk().filing.pickAndInspect()
      const cert = picked?.result.certificates[0]
      if (!picked || !cert) return
      const hash = defaultHash(entry.os)
      const keyFormat = defaultKeyFormat(cert)
      const filled = platformEntryFrom(picked.result, cert, { os: entry.os, hash, keyFormat }, entry)
      onFilled({ result: picked.result, entry: filled, hash, keyFormat })
    } catch (error) {
      showError(error)
    } finally {
      setReading(false)
    }
  }
  return (
    <button
      type="button"
      className="button field--wide fill-from-apk"
      data-testid="platform-fill"
      disabled={reading}
      onClick={() => void fill()}
    >
      {reading ? t('filing.inspector.reading') : t('filing.form.fillFromApk')}
    </button>
  )
}

const labelText = (labels: AppLabel[], fallback: string) =>
  labels.map((l) => `${l.value} (${l.locale || fallback})`).join(' · ')

/** Which fields the fill wrote, with their values, and what the file says the user should check. */
export function FillSummary({
  report,
  appName,
  layout,
  onDismiss,
}: {
  report: FillReport
  appName: string
  layout: FingerprintFormat
  onDismiss: () => void
}) {
  const { t } = useTranslation()
  const { result, entry } = report
  const defaultLocale = t('filing.inspector.labelDefault')
  const nameDiffers =
    result.labels.length > 0 &&
    appName.trim() !== '' &&
    !result.labels.some((l) => l.value === appName.trim())
  const filePlatform = result.platform === 'unknown' ? null : result.platform
  const otherPlatform = filePlatform !== null && filePlatform !== entry.os
  const rows: Array<[string, string, string]> = [
    ...(result.packageName
      ? [
          [
            'packageName',
            t(entry.os === 'ios' ? 'filing.form.bundleId' : 'filing.form.packageName'),
            entry.packageName,
          ] as [string, string, string],
        ]
      : []),
    [
      'signatureMd5',
      `${t('filing.form.signatureMd5')} · ${hashNames[report.hash]}`,
      displayFingerprint(entry.signatureMd5, layout),
    ],
    [
      'publicKey',
      `${t('filing.form.publicKey')} · ${t(`filing.inspector.applyKeyFormats.${report.keyFormat}`)}`,
      entry.publicKey.length > 48 ? `${entry.publicKey.slice(0, 48)}…` : entry.publicKey,
    ],
  ]
  return (
    <div className="field field--wide fill-summary" role="status" data-testid="fill-summary">
      <p className="fill-summary__title">{t('filing.form.filledFrom', { file: result.file.name })}</p>
      <dl className="fill-summary__list">
        {rows.map(([key, label, value]) => (
          <div key={key} data-testid={`filled-${key}`}>
            <dt>{label}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
        {result.labels.length > 0 && (
          <div data-testid="filled-labels">
            <dt>{t('filing.inspector.label')}</dt>
            <dd>{labelText(result.labels, defaultLocale)}</dd>
          </div>
        )}
      </dl>
      <ul className="inspect-warnings">
        {otherPlatform && filePlatform && (
          <li className="inspect-warning inspect-warning--warning" data-code="platform-differs">
            {t('filing.form.fillPlatformDiffers', {
              platform: t(`filing.os.${filePlatform}`),
              os: t(`filing.os.${entry.os}`),
            })}
          </li>
        )}
        {nameDiffers && (
          <li className="inspect-warning inspect-warning--warning" data-code="name-differs">
            {t('filing.form.fillNameDiffers', {
              name: appName.trim(),
              labels: labelText(result.labels, defaultLocale),
            })}
          </li>
        )}
        {result.warnings.map((w, i) => (
          <li key={i} className={`inspect-warning inspect-warning--${w.severity}`} data-code={w.code}>
            {t(`filing.warnings.${w.code}`, w.values)}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet" data-testid="fill-dismiss" onClick={onDismiss}>
        {t('filing.form.fillDismiss')}
      </button>
    </div>
  )
}
