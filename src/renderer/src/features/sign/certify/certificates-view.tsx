import { useTranslation } from 'react-i18next'
import { CreateIdentityForm } from './create-identity-form'
import { IdentityItem } from './identity-item'
import { ImportIdentityForm } from './import-identity-form'
import { TrustedList } from './trusted-list'
import type { IdentitiesState } from './use-identities'
import type { useTrusted } from './use-trusted'

/** The Certificates tab: my signing identities, making or importing one, the certificates I trust. */
export function CertificatesView({
  identities,
  trusted,
}: {
  identities: IdentitiesState
  trusted: ReturnType<typeof useTrusted>
}) {
  const { t } = useTranslation()
  const list = identities.identities
  return (
    <div className="sign-columns">
      <div className="sign-columns__main">
        <section className="sign-card" aria-labelledby="certify-identities-title">
          <h2 id="certify-identities-title" className="sign-card__title">
            {t('certify.identities.title')}
          </h2>
          {list?.length === 0 && (
            <p className="certify-empty" data-testid="certify-identities-empty">
              {t('certify.identities.empty')}
            </p>
          )}
          {list && list.length > 0 && (
            <ul className="certify-list" data-testid="certify-identities">
              {list.map((identity) => (
                <IdentityItem key={identity.id} identity={identity} state={identities} />
              ))}
            </ul>
          )}
        </section>
        <TrustedList state={trusted} />
      </div>
      <div className="sign-columns__main">
        <CreateIdentityForm state={identities} />
        <ImportIdentityForm state={identities} />
      </div>
    </div>
  )
}
