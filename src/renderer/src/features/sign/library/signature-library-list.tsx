import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import type { SignatureLibraryState } from './use-signature-library'
import { SignatureThumb } from './signature-thumb'

function LibraryItem({
  signature,
  library,
  onEdit,
}: {
  signature: Signature
  library: SignatureLibraryState
  onEdit: (signature: Signature) => void
}) {
  const { t } = useTranslation()
  const rename = () => {
    const name = window.prompt(t('sign.library.renamePrompt', { name: signature.name }), signature.name)
    if (name && name.trim() && name.trim() !== signature.name) void library.rename(signature, name.trim())
  }
  const remove = () => {
    if (window.confirm(t('sign.library.deleteConfirm', { name: signature.name })))
      void library.remove(signature)
  }
  return (
    <li
      className="library-item"
      data-testid="sign-library-item"
      data-id={signature.id}
      data-name={signature.name}
    >
      <SignatureThumb signature={signature} height={64} />
      <div className="library-item__text">
        <span className="library-item__name">{signature.name}</span>
        <span className="library-item__meta">
          <span className="badge">{t(`sign.library.kinds.${signature.kind}`)}</span>
          {signature.role === 'seal' && (
            <span className="badge badge--seal" data-testid="sign-library-seal">
              {t('signMarks.badge.seal')}
            </span>
          )}
          {signature.isDefault && <span className="badge badge--accent">{t('sign.library.default')}</span>}
        </span>
      </div>
      <div className="library-item__actions">
        {signature.kind === 'drawn' && (
          <button type="button" className="button button--quiet" onClick={() => onEdit(signature)}>
            {t('sign.library.edit')}
          </button>
        )}
        {!signature.isDefault && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="sign-library-default"
            onClick={() => void library.setDefault(signature)}
          >
            {t('sign.library.setDefault')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          data-testid="sign-library-rename"
          onClick={rename}
        >
          {t('sign.library.rename')}
        </button>
        <button
          type="button"
          className="button button--quiet button--danger"
          data-testid="sign-library-delete"
          onClick={remove}
        >
          {t('sign.library.delete')}
        </button>
      </div>
    </li>
  )
}

/** The saved signatures, default first: rename, make default, delete, edit a drawn one again. */
export function SignatureLibraryList({
  library,
  onEdit,
}: {
  library: SignatureLibraryState
  onEdit: (signature: Signature) => void
}) {
  const { t } = useTranslation()
  const { signatures } = library
  return (
    <section className="sign-card" aria-labelledby="sign-library-title">
      <h2 id="sign-library-title" className="sign-card__title">
        {t('sign.library.title')}
      </h2>
      {signatures?.length === 0 && (
        <p className="sign-card__hint" data-testid="sign-library-empty">
          {t('sign.library.empty')}
        </p>
      )}
      {signatures && signatures.length > 0 && (
        <ul className="library-list" data-testid="sign-library">
          {signatures.map((s) => (
            <LibraryItem key={s.id} signature={s} library={library} onEdit={onEdit} />
          ))}
        </ul>
      )}
    </section>
  )
}
