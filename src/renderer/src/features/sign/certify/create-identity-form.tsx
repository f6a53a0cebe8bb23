import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  algorithmLabel,
  daysInYears,
  keyAlgorithms,
  VALIDITY_YEARS,
  type KeyAlgorithm,
} from './certify-labels'
import { PassphraseFields, passphraseProblem } from './passphrase-fields'
import type { IdentitiesState } from './use-identities'

/** Makes a self-signed signing identity: a name, optional organisation and e-mail, a key. */
export function CreateIdentityForm({ state }: { state: IdentitiesState }) {
  const { t } = useTranslation()
  const [commonName, setCommonName] = useState('')
  const [organization, setOrganization] = useState('')
  const [email, setEmail] = useState('')
  const [years, setYears] = useState(3)
  const [algorithm, setAlgorithm] = useState<KeyAlgorithm>('rsa-2048')
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [busy, setBusy] = useState(false)
  const needsPassphrase = state.osKeyStore === false
  const ready =
    commonName.trim() !== '' &&
    state.osKeyStore !== null &&
    (!needsPassphrase || passphraseProblem(passphrase, repeat) === null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready || busy) return
    setBusy(true)
    const made = await state.create({
      commonName: commonName.trim(),
      organization,
      email,
      days: daysInYears(years),
      algorithm,
      ...(needsPassphrase ? { passphrase } : {}),
    })
    setBusy(false)
    if (!made) return
    setCommonName('')
    setOrganization('')
    setEmail('')
    setPassphrase('')
    setRepeat('')
  }

  return (
    <form
      className="sign-card certify-form"
      aria-labelledby="certify-create-title"
      data-testid="certify-create"
      data-key-store={state.osKeyStore === null ? 'unknown' : state.osKeyStore ? 'os' : 'none'}
      onSubmit={submit}
    >
      <div>
        <h2 id="certify-create-title" className="sign-card__title">
          {t('certify.create.title')}
        </h2>
        <p className="sign-card__hint">{t('certify.create.hint')}</p>
      </div>
      <div className="certify-form__grid">
        <label className="field">
          <span className="field__label">{t('certify.create.name')}</span>
          <input
            className="input"
            required
            maxLength={64}
            value={commonName}
            placeholder={t('certify.create.namePlaceholder')}
            data-testid="certify-create-name"
            onChange={(e) => setCommonName(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('certify.create.organization')}</span>
          <input
            className="input"
            maxLength={64}
            value={organization}
            data-testid="certify-create-organization"
            onChange={(e) => setOrganization(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('certify.create.email')}</span>
          <input
            className="input"
            type="email"
            maxLength={128}
            value={email}
            data-testid="certify-create-email"
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('certify.create.validity')}</span>
          <select
            className="select"
            value={years}
            data-testid="certify-create-years"
            onChange={(e) => setYears(Number(e.target.value))}
          >
            {VALIDITY_YEARS.map((y) => (
              <option key={y} value={y}>
                {t('certify.create.years', { count: y })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('certify.create.algorithm')}</span>
          <select
            className="select"
            value={algorithm}
            data-testid="certify-create-algorithm"
            onChange={(e) => setAlgorithm(e.target.value as KeyAlgorithm)}
          >
            {keyAlgorithms.map((a) => (
              <option key={a} value={a}>
                {algorithmLabel(a)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {needsPassphrase ? (
        <PassphraseFields
          testId="certify-create"
          passphrase={passphrase}
          repeat={repeat}
          onChange={(p, r) => {
            setPassphrase(p)
            setRepeat(r)
          }}
        />
      ) : (
        state.osKeyStore && <p className="field__hint">{t('certify.create.osKeyStore')}</p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={!ready || busy}
          aria-busy={busy}
          data-testid="certify-create-submit"
        >
          {busy ? t('certify.create.creating') : t('certify.create.submit')}
        </button>
      </div>
    </form>
  )
}
