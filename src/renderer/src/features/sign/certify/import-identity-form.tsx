import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PassphraseFields, passphraseProblem } from './passphrase-fields'
import type { IdentitiesState } from './use-identities'

/** Imports a .p12/.pfx from a CA or another program: the file's password, then the file. */
export function ImportIdentityForm({ state }: { state: IdentitiesState }) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [ownPassphrase, setOwnPassphrase] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [busy, setBusy] = useState(false)
  const needsPassphrase = state.osKeyStore === false
  const ready =
    state.osKeyStore !== null &&
    (!needsPassphrase || !ownPassphrase || passphraseProblem(passphrase, repeat) === null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready || busy) return
    setBusy(true)
    const made = await state.importFile(password, needsPassphrase && ownPassphrase ? passphrase : undefined)
    setBusy(false)
    if (!made) return
    setPassword('')
    setPassphrase('')
    setRepeat('')
  }

  return (
    <form className="sign-card certify-form" aria-labelledby="certify-import-title" onSubmit={submit}>
      <div>
        <h2 id="certify-import-title" className="sign-card__title">
          {t('certify.import.title')}
        </h2>
        <p className="sign-card__hint">{t('certify.import.hint')}</p>
      </div>
      <label className="field">
        <span className="field__label">{t('certify.import.password')}</span>
        <input
          className="input"
          type="password"
          autoComplete="off"
          value={password}
          data-testid="certify-import-password"
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {needsPassphrase && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={!ownPassphrase}
              data-testid="certify-import-use-password"
              onChange={(e) => setOwnPassphrase(!e.target.checked)}
            />
            <span>{t('certify.import.useFilePassword')}</span>
          </label>
          {ownPassphrase && (
            <PassphraseFields
              testId="certify-import"
              passphrase={passphrase}
              repeat={repeat}
              onChange={(p, r) => {
                setPassphrase(p)
                setRepeat(r)
              }}
            />
          )}
        </>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button"
          disabled={!ready || busy}
          aria-busy={busy}
          data-testid="certify-import-choose"
        >
          {t('certify.import.choose')}
        </button>
      </div>
    </form>
  )
}
