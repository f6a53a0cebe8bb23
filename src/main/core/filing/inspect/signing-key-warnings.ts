import type { CertificateFacts, InspectWarning } from '../../../../shared/contract/filing-inspect'
import { warning } from './warnings'

/**
 * AOSP's test key (build/target/product/security/testkey): its private key is published in every
 * Android source tree, so an app signed with it can be re-signed by anyone. Matched by the key
 * (the SHA-256 of its SubjectPublicKeyInfo, whatever certificate carries it) and by its certificate.
 */
const AOSP_TESTKEY_SPKI_SHA256 = 'EF57B690165CB561B5026922C00D2D6574E8B184FA7D161E076F06E06E6D35DB'
const AOSP_TESTKEY_CERT_SHA256 = 'A40DA80A59D170CAA950CF15C18C454D47A39B26989D8B640ECD745BA71BF5DC'

/** AOSP's public keys (testkey, platform, shared, media, networkstack) all carry this subject. */
function hasAospSubject(cert: CertificateFacts): boolean {
  return cert.commonName === 'Android' && /(^|, )EMAILADDRESS=android@android\.com(,|$)/i.test(cert.subject)
}

export function isAospTestKey(cert: CertificateFacts): boolean {
  return (
    cert.publicKey.spkiSha256 === AOSP_TESTKEY_SPKI_SHA256 ||
    cert.sha256 === AOSP_TESTKEY_CERT_SHA256 ||
    hasAospSubject(cert)
  )
}

/** Keys no release should be signed with: Android's debug key, and AOSP's public test keys. */
export function signingKeyWarnings(signers: CertificateFacts[]): InspectWarning[] {
  const list: InspectWarning[] = []
  for (const cert of signers) {
    if (cert.commonName === 'Android Debug') list.push(warning('debug-certificate', { name: cert.subject }))
    else if (isAospTestKey(cert)) list.push(warning('aosp-test-key', { name: cert.subject }))
  }
  return list
}
