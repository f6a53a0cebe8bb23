import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { InspectResult } from '../../../../../shared/contract/filing-inspect'
import { paperdesk } from '../../../app/api'
import { canDropFiles, droppedPaths } from '../../../app/files/dropped-paths'
import { useToasts } from '../../../app/toasts/toast-context'
import { ApplyPanel } from './apply-panel'
import { CertificateCard } from './certificate-card'
import { useFingerprintLayout } from '../use-fingerprint-layout'
import { fingerprintFormats } from './formats'
import './inspector.css'

/** APP特征信息 straight from the file: open or drop an APK, IPA or certificate. */
export function InspectorPanel() {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [result, setResult] = useState<InspectResult | null>(null)
  const [reading, setReading] = useState(false)
  const [format, setFormat] = useFingerprintLayout()
  const [applying, setApplying] = useState(false)

  const read = async (call: () => Promise<InspectResult | null>) => {
    setReading(true)
    try {
      const next = await call()
      if (next) {
        setResult(next)
        setApplying(false)
      }
    } catch (e) {
      showError(e)
    } finally {
      setReading(false)
    }
  }
  const open = () => read(async () => (await paperdesk().filing.pickAndInspect())?.result ?? null)
  const drop = (event: DragEvent) => {
    event.preventDefault()
    const [path] = droppedPaths(event.dataTransfer)
    if (path) void read(() => paperdesk().filing.inspect({ path }))
  }

  return (
    <div className="inspector" data-testid="inspector">
      <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={drop} aria-busy={reading}>
        <p className="form-note">{t('filing.inspector.hint')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            data-testid="inspector-open"
            disabled={reading}
            onClick={() => void open()}
          >
            {reading ? t('filing.inspector.reading') : t('filing.inspector.open')}
          </button>
          {canDropFiles() && <span className="drop-zone__hint">{t('filing.inspector.drop')}</span>}
        </div>
      </div>
      {result && (
        <div className="inspection" data-testid="inspection" data-kind={result.kind}>
          <section className="filing-card">
            <dl className="facts facts--summary">
              <div className="fact">
                <dt>{t('filing.inspector.file')}</dt>
                <dd data-testid="inspection-file">{result.file.name}</dd>
              </div>
              <div className="fact">
                <dt>{t('filing.inspector.kind')}</dt>
                <dd>{t(`filing.inspector.kinds.${result.kind}`)}</dd>
              </div>
              {result.packageName && (
                <div className="fact">
                  <dt>{t('filing.inspector.package')}</dt>
                  <dd>
                    <code data-testid="inspection-package">{result.packageName}</code>
                  </dd>
                </div>
              )}
              {(result.versionName || result.versionCode) && (
                <div className="fact">
                  <dt>{t('filing.inspector.version')}</dt>
                  <dd>
                    {result.versionName} ({result.versionCode})
                  </dd>
                </div>
              )}
              {result.labels.length > 0 && (
                <div className="fact">
                  <dt>{t('filing.inspector.label')}</dt>
                  <dd data-testid="inspection-labels">
                    {result.labels.map((l) => (
                      <span key={l.locale} className="label-badge" data-locale={l.locale}>
                        {l.value} <small>{l.locale || t('filing.inspector.labelDefault')}</small>
                      </span>
                    ))}
                  </dd>
                </div>
              )}
              {result.schemes.length > 0 && (
                <div className="fact">
                  <dt>{t('filing.inspector.schemes')}</dt>
                  <dd data-testid="inspection-schemes">
                    {result.schemes.map((s) => (
                      <span key={s} className="scheme-badge">
                        {s}
                      </span>
                    ))}
                  </dd>
                </div>
              )}
              {result.profile && (
                <div className="fact">
                  <dt>{t('filing.inspector.profile')}</dt>
                  <dd>
                    {result.profile.name} · {t(`filing.inspector.profileKinds.${result.profile.kind}`)} ·{' '}
                    {result.profile.teamId}
                  </dd>
                </div>
              )}
            </dl>
          </section>
          {result.warnings.length > 0 && (
            <ul className="inspect-warnings" data-testid="inspection-warnings">
              {result.warnings.map((w, i) => (
                <li key={i} className={`inspect-warning inspect-warning--${w.severity}`} data-code={w.code}>
                  {t(`filing.warnings.${w.code}`, w.values)}
                </li>
              ))}
            </ul>
          )}
          <div className="format-picker" role="radiogroup" aria-label={t('filing.inspector.format')}>
            <span className="field__label">{t('filing.inspector.format')}</span>
            {fingerprintFormats.map((f) => (
              <label
                key={f}
                className={`format-picker__option${format === f ? ' is-selected' : ''}`}
                data-testid={`format-${f}`}
              >
                <input
                  type="radio"
                  name="fingerprint-format"
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                <code>{t(`filing.inspector.formats.${f}`)}</code>
              </label>
            ))}
          </div>
          {result.certificates.map((cert, i) => (
            <CertificateCard
              key={cert.sha256}
              cert={cert}
              index={i}
              platform={result.platform}
              format={format}
            />
          ))}
          {result.certificates[0] &&
            (applying ? (
              <ApplyPanel result={result} cert={result.certificates[0]} />
            ) : (
              <button
                type="button"
                className="button"
                data-testid="inspector-apply"
                onClick={() => setApplying(true)}
              >
                {t('filing.inspector.apply')}
              </button>
            ))}
        </div>
      )}
    </div>
  )
}
