import { useTranslation } from 'react-i18next'
import type { SignatureReport } from '../../../../../shared/contract/certify'
import { formatDateTime } from '../../../app/format'
import { useAppState } from '../../../app/state/app-state'
import { commonNameOf } from './certify-labels'
import { readSignature } from './signature-verdict'

/** One signature of a verified PDF, explained: who, when, is it intact, what it covers, whom to trust. */
export function SignatureCard({
  signature: s,
  index,
  onTrust,
  onShowRecord,
}: {
  signature: SignatureReport
  index: number
  onTrust: () => void
  onShowRecord: (id: number) => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const read = readSignature(s)
  return (
    <li
      className={`certify-signature certify-signature--${read.tone}`}
      data-testid="certify-signature"
      data-valid={s.valid}
      data-tone={read.tone}
      data-trusted={s.trusted}
    >
      <div className="certify-signature__head">
        <span className="certify-signature__index">{t('certify.verify.number', { n: index + 1 })}</span>
        <p
          className="certify-signature__verdict"
          data-testid="certify-signature-verdict"
          data-verdict={read.verdict}
        >
          {t(`certify.verify.verdicts.${read.verdict}`)}
        </p>
      </div>
      <dl className="certify-facts certify-facts--wide">
        <dt>{t('certify.verify.signer')}</dt>
        <dd>
          <details className="certify-subject">
            <summary data-testid="certify-signature-signer">{s.signerName}</summary>
            <span className="certify-identity__subject">{s.signer}</span>
          </details>
        </dd>
        <dt>{t('certify.verify.signedAt')}</dt>
        <dd data-testid="certify-signature-time">
          {s.signedAt ? formatDateTime(s.signedAt, locale) : t('certify.verify.noTime')}
        </dd>
        <dt>{t('certify.verify.issuer')}</dt>
        <dd title={s.issuer}>{s.selfSigned ? t('certify.verify.issuerSelf') : commonNameOf(s.issuer)}</dd>
        <dt>{t('certify.verify.covers')}</dt>
        <dd data-testid="certify-signature-covers" data-covers={read.covers}>
          {t(`certify.verify.coverage.${read.covers}`)}
        </dd>
        <dt>{t('certify.verify.certificate')}</dt>
        <dd data-testid="certify-signature-certificate">
          {t(`certify.verify.certificates.${read.certificate}`)}
          {s.expiredNow && s.validAtSigning && ` ${t('certify.verify.expiredSince')}`}
        </dd>
        <dt>{t('certify.verify.trust')}</dt>
        <dd data-testid="certify-signature-trust" data-trust={read.trust}>
          {t(`certify.verify.trusts.${read.trust}`)}
        </dd>
        {s.reason && (
          <>
            <dt>{t('certify.verify.reason')}</dt>
            <dd data-testid="certify-signature-reason">{s.reason}</dd>
          </>
        )}
        {s.location && (
          <>
            <dt>{t('certify.verify.location')}</dt>
            <dd data-testid="certify-signature-location">{s.location}</dd>
          </>
        )}
        {s.contact && (
          <>
            <dt>{t('certify.verify.contact')}</dt>
            <dd>{s.contact}</dd>
          </>
        )}
        {s.problem && (
          <>
            <dt>{t('certify.verify.problem')}</dt>
            <dd className="certify-problem" data-testid="certify-signature-problem">
              {s.problem}
            </dd>
          </>
        )}
      </dl>
      <div className="certify-signature__foot">
        {read.canTrust && (
          <button type="button" className="button" data-testid="certify-trust" onClick={onTrust}>
            {t('certify.verify.trustButton')}
          </button>
        )}
        {s.record && (
          <span
            className="certify-signature__record"
            data-testid="certify-signature-record"
            data-record={s.record.id}
          >
            {t('certify.verify.record', {
              date: formatDateTime(s.record.createdAt, locale),
              id: s.record.id,
            })}{' '}
            <button
              type="button"
              className="certify-link"
              data-testid="certify-show-record"
              onClick={() => onShowRecord(s.record?.id ?? 0)}
            >
              {t('certify.verify.showRecord')}
            </button>
          </span>
        )}
      </div>
    </li>
  )
}
