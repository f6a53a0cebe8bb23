import { userError } from '../app-error'

// Certify contract values without zod, for the CLI's cold start (certify.ts builds its schemas on them).

/** Key types a new signing identity can have. */
export const keyAlgorithms = ['rsa-2048', 'rsa-3072', 'ecdsa-p256'] as const
/** How the CMS signature is labelled in the PDF. */
export const subFilters = ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'] as const
/** The shortest passphrase that may protect a stored private key. */
export const MIN_PASSPHRASE_LENGTH = 8

/** A passphrase shorter than that: one line, translated in the app (`certify.reasons.passphrase-needed`). */
export const passphraseTooShort = () =>
  userError(
    'VALIDATION',
    'certify.passphrase-needed',
    'choose a passphrase of at least {{min}} characters to protect the private key',
    { min: MIN_PASSPHRASE_LENGTH },
  )
