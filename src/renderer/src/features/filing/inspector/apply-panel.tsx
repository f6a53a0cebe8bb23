import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingSummary } from '../../../../../shared/contract/filing'
import type { PlatformEntry } from '../../../../../shared/contract/filing-form'
import type { CertificateFacts, InspectResult } from '../../../../../shared/contract/filing-inspect'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { osChoices } from '../filing-values'
import { defaultHash, publicKeyFormats, type HashChoice, type PublicKeyFormat } from './formats'
import { defaultKeyFormat, platformEntryFrom } from './platform-entry'

/** Writes package name, 公钥 and 签名MD5值 (in the chosen forms) into a filing's platform entry. */
export function ApplyPanel({ result, cert }: { result: InspectResult; cert: CertificateFacts }) {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const [filings, setFilings] = useState<FilingSummary[] | null>(null)
  const [filingId, setFilingId] = useState<number | null>(null)
  const [os, setOs] = useState<PlatformEntry['os']>(
    result.platform === 'unknown' ? 'android' : result.platform,
  )
  const [hash, setHash] = useState<HashChoice>(defaultHash(result.platform))
  const [keyFormat, setKeyFormat] = useState<PublicKeyFormat>(defaultKeyFormat(cert))
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    paperdesk()
      .filing.list()
      .then((list) => {
        setFilings(list)
        setFilingId(list[0]?.id ?? null)
      }, showError)
  }, [showError])

  const apply = async () => {
    if (filingId === null) return
    setBusy(true)
    try {
      const { form, appName } = await paperdesk().filing.get({ id: filingId })
      const existing = form.platforms.find((p) => p.os === os)
      const entry = platformEntryFrom(result, cert, { os, hash, keyFormat }, existing)
      const platforms = existing
        ? form.platforms.map((p) => (p === existing ? entry : p))
        : [...form.platforms, entry]
      await paperdesk().filing.saveForm({ id: filingId, form: { ...form, platforms } })
      showStatus((tt) => tt('filing.inspector.applyDone', { name: appName }))
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  if (filings && filings.length === 0) return <p className="form-note">{t('filing.inspector.applyNone')}</p>
  return (
    <section className="filing-card apply-panel" data-testid="apply-panel">
      <h3 className="filing-card__title">{t('filing.inspector.applyTitle')}</h3>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">{t('filing.inspector.applyFiling')}</span>
          <select
            className="select"
            data-testid="apply-filing"
            value={filingId ?? ''}
            onChange={(e) => setFilingId(Number(e.target.value))}
          >
            {filings?.map((f) => (
              <option key={f.id} value={f.id}>
                {f.appName}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('filing.inspector.applyPlatform')}</span>
          <select
            className="select"
            data-testid="apply-os"
            value={os}
            onChange={(e) => {
              const next = e.target.value as PlatformEntry['os']
              setOs(next)
              setHash(defaultHash(next))
            }}
          >
            {osChoices.map((v) => (
              <option key={v} value={v}>
                {t(`filing.os.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('filing.inspector.applyHash')}</span>
          <select
            className="select"
            data-testid="apply-hash"
            value={hash}
            onChange={(e) => setHash(e.target.value as HashChoice)}
          >
            <option value="md5">MD5</option>
            <option value="sha1">SHA-1</option>
            <option value="sha256">SHA-256</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('filing.inspector.applyKey')}</span>
          <select
            className="select"
            data-testid="apply-key"
            value={keyFormat}
            onChange={(e) => setKeyFormat(e.target.value as PublicKeyFormat)}
          >
            {publicKeyFormats.map((f) => (
              <option
                key={f}
                value={f}
                disabled={(f === 'decimal' || f === 'hex') && !cert.publicKey.modulusHex}
              >
                {t(`filing.inspector.applyKeyFormats.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="form-note">{t('filing.inspector.applyHashNote')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="apply-save"
        disabled={busy || filingId === null}
        onClick={() => void apply()}
      >
        {t('filing.inspector.apply')}
      </button>
    </section>
  )
}
