import type { PlatformEntry } from '../../../../../shared/contract/filing-form'
import type { CertificateFacts, InspectResult } from '../../../../../shared/contract/filing-inspect'
import { publicKeyText, type HashChoice, type PublicKeyFormat } from './formats'

export interface EntryChoices {
  os: PlatformEntry['os']
  hash: HashChoice
  keyFormat: PublicKeyFormat
}

/** The public key layout filed unless the user picks another: jadx's decimal modulus for RSA. */
export function defaultKeyFormat(cert: CertificateFacts): PublicKeyFormat {
  return cert.publicKey.modulusDecimal ? 'decimal' : 'pem'
}

/**
 * A platform entry filled from an inspected file: package name, 签名MD5值 (the chosen hash, stored
 * canonical: the form shows it in the user's layout), 公钥 in the chosen form, and the certificate
 * it all came from. The filing's domains for this platform are kept.
 */
export function platformEntryFrom(
  result: InspectResult,
  cert: CertificateFacts,
  choices: EntryChoices,
  existing: PlatformEntry | undefined,
): PlatformEntry {
  return {
    os: choices.os,
    packageName: result.packageName ?? existing?.packageName ?? '',
    publicKey: publicKeyText(cert, choices.keyFormat),
    signatureMd5: cert[choices.hash],
    domains: existing?.domains ?? [],
    certificate: {
      sha256: cert.sha256,
      md5: cert.md5,
      sha1: cert.sha1,
      subject: cert.subject,
      notAfter: cert.notAfter,
      sourceFile: result.file.name,
    },
  }
}
