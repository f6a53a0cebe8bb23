import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Identity } from '../../../../../shared/contract/certify'
import { useAppState } from '../../../app/state/app-state'
import { algorithmLabel, commonNameOf, formatDate } from './certify-labels'
import type { IdentitiesState } from './use-identities'

/** One signing identity: who, issued by whom, key type, validity, how its key is kept, actions. */
export function IdentityItem({ identity, state }: { identity: Identity; state: IdentitiesState }) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const [confirming, setConfirming] = useState(false)
  return (
    <li
      className="certify-identity"
      data-testid="certify-identity"
      data-id={identity.id}
      data-name={identity.commonName}
      data-expired={identity.expired}
    >
      <div className="certify-identity__text">
        <span className="certify-identity__name">
          {identity.commonName}
          {identity.expired && (
            <span className="badge badge--danger" data-testid="certify-identity-expired">
              {t('certify.identities.expired')}
            </span>
          )}
          {identity.source === 'imported' && (
            <span className="badge">{t('certify.identities.imported')}</span>
          )}
        </span>
        <span className="certify-identity__subject" title={identity.subject}>
          {identity.subject}
        </span>
        <dl className="certify-facts">
          <dt>{t('certify.identities.issuer')}</dt>
          <dd title={identity.issuer}>
            {identity.selfSigned ? t('certify.identities.selfSigned') : commonNameOf(identity.issuer)}
          </dd>
          <dt>{t('certify.identities.algorithm')}</dt>
          <dd>{algorithmLabel(identity.keyAlgorithm)}</dd>
          <dt>{t('certify.identities.validUntil')}</dt>
          <dd>{formatDate(identity.notAfter, locale)}</dd>
          <dt>{t('certify.identities.key')}</dt>
          <dd data-testid="certify-identity-protection" data-protection={identity.keyProtection}>
            {t(`certify.identities.protection.${identity.keyProtection}`)}
          </dd>
        </dl>
      </div>
      <div className="certify-identity__actions">
        {confirming ? (
          <>
            <span className="certify-identity__confirm" role="alert">
              {t('certify.identities.deleteConfirm', { name: identity.commonName })}
            </span>
            <button
              type="button"
              className="button button--danger"
              data-testid="certify-identity-delete-confirm"
              onClick={() => {
                setConfirming(false)
                void state.remove(identity)
              }}
            >
              {t('certify.identities.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('certify.identities.deleteNo')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--quiet"
              data-testid="certify-identity-export"
              onClick={() => void state.exportCertificate(identity)}
            >
              {t('certify.identities.export')}
            </button>
            <button
              type="button"
              className="button button--quiet button--danger"
              data-testid="certify-identity-delete"
              onClick={() => setConfirming(true)}
            >
              {t('certify.identities.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  )
}
