import { useTranslation } from 'react-i18next'
import type { AppPlatform, CertificateFacts } from '../../../../../shared/contract/filing-inspect'
import { useAppState } from '../../../app/state/app-state'
import { formatMoment } from '../use-now'
import { CopyButton } from './copy-button'
import { defaultHash, formatFingerprint, type FingerprintFormat } from './formats'

function Fact({
  label,
  value,
  testId,
  mono = true,
  highlight,
  note,
}: {
  label: string
  value: string
  testId: string
  mono?: boolean
  highlight?: boolean
  note?: string
}) {
  return (
    <div className={`fact${highlight ? ' fact--highlight' : ''}`} data-testid={`fact-${testId}`}>
      <dt>
        {label}
        {note && <span className="fact__note">{note}</span>}
      </dt>
      <dd>
        {mono ? <code className="fact__value">{value}</code> : <span className="fact__value">{value}</span>}
        <CopyButton text={value} what={label} testId={`copy-${testId}`} />
      </dd>
    </div>
  )
}

/** One certificate: who, until when, every fingerprint in the chosen layout, the key in every form. */
export function CertificateCard({
  cert,
  index,
  platform,
  format,
}: {
  cert: CertificateFacts
  index: number
  platform: AppPlatform
  format: FingerprintFormat
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const key = cert.publicKey
  const filed = defaultHash(platform)
  const fileNote = t('filing.inspector.fileValue')
  return (
    <section className="filing-card certificate" data-testid="certificate" data-index={index}>
      <h3 className="filing-card__title">
        {t('filing.inspector.certificateN', { n: index + 1 })}
        <span className="certificate__sources">
          {t('filing.inspector.sources')}: {cert.sources.join(', ')}
        </span>
      </h3>
      <dl className="facts">
        <Fact label={t('filing.inspector.subject')} value={cert.subject} testId="subject" mono={false} />
        <Fact label={t('filing.inspector.issuer')} value={cert.issuer} testId="issuer" mono={false} />
        <Fact label={t('filing.inspector.serial')} value={cert.serial} testId="serial" />
        <div className="fact">
          <dt>{t('filing.inspector.validity')}</dt>
          <dd>
            <span className="fact__value">
              {formatMoment(cert.notBefore, locale)} – {formatMoment(cert.notAfter, locale)}
            </span>
          </dd>
        </div>
        <Fact
          label="MD5"
          value={formatFingerprint(cert.md5, format)}
          testId="md5"
          highlight={filed === 'md5'}
          note={filed === 'md5' ? fileNote : undefined}
        />
        <Fact
          label="SHA-1"
          value={formatFingerprint(cert.sha1, format)}
          testId="sha1"
          highlight={filed === 'sha1'}
          note={filed === 'sha1' ? fileNote : undefined}
        />
        <Fact label="SHA-256" value={formatFingerprint(cert.sha256, format)} testId="sha256" />
        <div className="fact">
          <dt>{t('filing.inspector.algorithm')}</dt>
          <dd>
            <span className="fact__value" data-testid="fact-algorithm">
              {[
                key.algorithm,
                key.bits ? `${key.bits} bit` : null,
                key.curve,
                key.exponent ? `${t('filing.inspector.exponent')} ${key.exponent}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </dd>
        </div>
        {key.modulusDecimal && (
          <Fact
            label={t('filing.inspector.modulusDecimal')}
            value={key.modulusDecimal}
            testId="modulus-decimal"
          />
        )}
        {key.modulusHex && (
          <Fact label={t('filing.inspector.modulusHex')} value={key.modulusHex} testId="modulus-hex" />
        )}
        <Fact
          label={t('filing.inspector.spkiSha256')}
          value={formatFingerprint(key.spkiSha256, format)}
          testId="spki-sha256"
        />
        <Fact label={t('filing.inspector.spkiHex')} value={key.spkiHex} testId="spki-hex" />
        <Fact label={t('filing.inspector.publicKeyPem')} value={key.pem} testId="public-key-pem" />
      </dl>
      <details className="certificate__pem">
        <summary>{t('filing.inspector.certificatePem')}</summary>
        <pre>{cert.pem}</pre>
        <CopyButton text={cert.pem} what={t('filing.inspector.certificatePem')} />
      </details>
    </section>
  )
}
