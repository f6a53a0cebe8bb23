import { useTranslation } from 'react-i18next'
import { useAppState } from '../../../app/state/app-state'
import { formatDate } from './certify-labels'
import type { CertifyChoiceState } from './use-certify-choice'

/** What PDF readers show beside the signature, each a line of free text. */
const READER_FIELDS = ['reason', 'location', 'contact'] as const

/** "Also sign with a certificate": identity, its passphrase, the fields readers show, PAdES. */
export function CertifyExportOptions({
  state,
  onManageCertificates,
}: {
  state: CertifyChoiceState
  onManageCertificates?: () => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { choice, update, identities, selected } = state
  return (
    <div className="sign-panel__group certify-export" data-testid="certify-export">
      <label className="check">
        <input
          type="checkbox"
          checked={choice.on}
          data-testid="certify-export-on"
          onChange={(e) => update({ on: e.target.checked })}
        />
        <span>{t('certify.export.on')}</span>
      </label>
      {!choice.on && <p className="field__hint">{t('certify.export.what')}</p>}
      {choice.on && identities?.length === 0 && (
        <p className="field__hint" data-testid="certify-export-none">
          {t('certify.export.none')}{' '}
          {onManageCertificates && (
            <button type="button" className="certify-link" onClick={onManageCertificates}>
              {t('certify.export.manage')}
            </button>
          )}
        </p>
      )}
      {choice.on && selected && (
        <>
          <label className="field">
            <span className="field__label">{t('certify.export.identity')}</span>
            <select
              className="select"
              value={selected.id}
              data-testid="certify-export-identity"
              onChange={(e) =>
                update({ identityId: Number(e.target.value), passphrase: '', allowExpired: false })
              }
            >
              {identities?.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.expired ? t('certify.export.identityExpired', { name: i.commonName }) : i.commonName}
                </option>
              ))}
            </select>
          </label>
          {state.needsPassphrase && (
            <label className="field">
              <span className="field__label">
                {t('certify.export.passphrase', { name: selected.commonName })}
              </span>
              <input
                className="input"
                type="password"
                autoComplete="off"
                value={choice.passphrase}
                data-testid="certify-export-passphrase"
                onChange={(e) => update({ passphrase: e.target.value })}
              />
            </label>
          )}
          {selected.expired && (
            <div className="certify-warning" role="alert" data-testid="certify-export-expired">
              <p>{t('certify.export.expired', { date: formatDate(selected.notAfter, locale) })}</p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={choice.allowExpired}
                  data-testid="certify-export-allow-expired"
                  onChange={(e) => update({ allowExpired: e.target.checked })}
                />
                <span>{t('certify.export.allowExpired')}</span>
              </label>
            </div>
          )}
          {READER_FIELDS.map((key) => (
            <label key={key} className="field">
              <span className="field__label">{t(`certify.export.${key}`)}</span>
              <input
                className="input"
                maxLength={200}
                value={choice[key]}
                placeholder={t(`certify.export.${key}Placeholder`)}
                data-testid={`certify-export-${key}`}
                onChange={(e) => update({ [key]: e.target.value })}
              />
            </label>
          ))}
          <details className="certify-more">
            <summary data-testid="certify-export-more">{t('certify.export.more')}</summary>
            <label className="check">
              <input
                type="checkbox"
                checked={choice.pades}
                data-testid="certify-export-pades"
                onChange={(e) => update({ pades: e.target.checked })}
              />
              <span>{t('certify.export.pades')}</span>
            </label>
            <p className="field__hint">{t('certify.export.padesHint')}</p>
          </details>
        </>
      )}
    </div>
  )
}
