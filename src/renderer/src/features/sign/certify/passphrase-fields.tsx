import { useId } from 'react'
import { useTranslation } from 'react-i18next'

// MIN_PASSPHRASE_LENGTH of shared/contract/certify-values (the renderer takes no values from the
// contract; the contract's schema refuses anything shorter anyway).
export const MIN_PASSPHRASE = 8

/** Why a new passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(passphrase: string, repeat: string): 'short' | 'mismatch' | null {
  if (passphrase.length < MIN_PASSPHRASE) return 'short'
  if (passphrase !== repeat) return 'mismatch'
  return null
}

/** A new passphrase typed twice, with what is wrong with it said under the fields. */
export function PassphraseFields({
  testId,
  passphrase,
  repeat,
  onChange,
}: {
  testId: string
  passphrase: string
  repeat: string
  onChange: (passphrase: string, repeat: string) => void
}) {
  const { t } = useTranslation()
  const hintId = useId()
  const problem = passphraseProblem(passphrase, repeat)
  // Say "too short" only once something was typed, "mismatch" only once the repeat was.
  const shown =
    problem === 'short' && passphrase !== ''
      ? 'short'
      : problem === 'mismatch' && repeat !== ''
        ? 'mismatch'
        : null
  return (
    <div className="certify-passphrase">
      <label className="field">
        <span className="field__label">{t('certify.passphrase.label')}</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          aria-describedby={hintId}
          data-testid={`${testId}-passphrase`}
          onChange={(e) => onChange(e.target.value, repeat)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('certify.passphrase.repeat')}</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          value={repeat}
          aria-invalid={shown === 'mismatch'}
          aria-describedby={hintId}
          data-testid={`${testId}-passphrase-repeat`}
          onChange={(e) => onChange(passphrase, e.target.value)}
        />
      </label>
      <p
        id={hintId}
        className={`field__hint${shown ? ' certify-problem' : ''}`}
        data-testid={`${testId}-passphrase-problem`}
        data-problem={shown ?? ''}
        aria-live="polite"
      >
        {shown === 'short'
          ? t('certify.passphrase.short', { min: MIN_PASSPHRASE })
          : shown === 'mismatch'
            ? t('certify.passphrase.mismatch')
            : t('certify.passphrase.hint')}
      </p>
    </div>
  )
}
