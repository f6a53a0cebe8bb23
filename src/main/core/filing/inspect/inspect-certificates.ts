import type { AppPlatform, InspectResult, InspectWarning } from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { readCertificate, type ReadCertificate } from './certificate-facts'
import { DerError, readElement } from '../../asn1/der'
import { readSignedData } from '../../pki/signed-data'
import { signingKeyWarnings } from './signing-key-warnings'
import { certificateWarnings, warning } from './warnings'

const PEM_BLOCK = /-----BEGIN (CERTIFICATE|PKCS7|X509 CERTIFICATE)-----([\s\S]*?)-----END \1-----/g

function broken(detail: string) {
  return userError(
    'INVALID_FILE',
    'filing.certificate-broken',
    'A signing certificate is damaged and cannot be read',
    {
      detail,
    },
  )
}

/** DER certificates in a PEM file, a DER file, a PKCS#7 bundle, or DER certificates back to back. */
function certificateDers(data: Buffer): Uint8Array[] {
  const text = data.toString('latin1')
  if (text.includes('-----BEGIN')) {
    const blocks = [...text.matchAll(PEM_BLOCK)]
    if (blocks.length === 0) throw broken('no certificate in the PEM text')
    return blocks.flatMap(([, kind, body]) => {
      const der = new Uint8Array(Buffer.from((body ?? '').replace(/\s+/g, ''), 'base64'))
      return kind === 'PKCS7' ? signedDataCertificates(der) : [der]
    })
  }
  try {
    return signedDataCertificates(new Uint8Array(data))
  } catch {
    // not a PKCS#7 bundle: one certificate or several back to back
  }
  const list: Uint8Array[] = []
  try {
    for (let pos = 0; pos < data.length;) {
      const element = readElement(data, pos)
      list.push(new Uint8Array(data.subarray(element.start, element.end)))
      pos = element.end
    }
  } catch (error) {
    throw broken(error instanceof DerError ? error.message : 'unreadable')
  }
  return list
}

function signedDataCertificates(der: Uint8Array): Uint8Array[] {
  const parts = readSignedData(der)
  if (parts.certificates.length === 0) throw broken('the bundle holds no certificate')
  return parts.certificates
}

/** Leaves: certificates that issued none of the others (a HarmonyOS .cer holds leaf, CA, root). */
function leavesOf(certs: ReadCertificate[]): ReadCertificate[] {
  return certs.filter(
    (issuer) =>
      !certs.some(
        (other) =>
          other !== issuer &&
          other.facts.sha256 !== issuer.facts.sha256 &&
          Buffer.compare(other.issuerName.der, issuer.subjectName.der) === 0 &&
          other.x509.checkIssued(issuer.x509),
      ),
  )
}

function platformOf(cert: ReadCertificate): AppPlatform {
  const names = `${cert.facts.issuer} ${cert.facts.subject}`
  if (/Apple|iPhone (Distribution|Developer)/i.test(names)) return 'ios'
  if (/Huawei|HarmonyOS|AppGallery|OpenHarmony/i.test(names)) return 'harmony'
  return 'unknown'
}

/** A certificate file (.cer/.crt/.der/.pem/.p7b): the leaf certificate's facts. */
export function inspectCertificates(data: Buffer, file: InspectResult['file'], now: Date): InspectResult {
  const certs = certificateDers(data).map((der) => readCertificate(der, ['file']))
  const unique = certs.filter((c, i) => certs.findIndex((o) => o.facts.sha256 === c.facts.sha256) === i)
  if (unique.length === 0) throw broken('no certificate')
  const leaves = leavesOf(unique)
  const chosen = leaves.length > 0 ? leaves : unique
  const warnings: InspectWarning[] = []
  if (unique.length > 1 && chosen.length === 1)
    warnings.push(warning('chain-leaf-only', { count: unique.length }))
  if (chosen.length > 1) warnings.push(warning('chain-several-leaves', { count: chosen.length }))
  const platform = platformOf(chosen[0] as ReadCertificate)
  if (platform === 'ios') warnings.push(warning('ios-sha1-in-md5-box'))
  if (platform === 'unknown') warnings.push(warning('platform-unknown'))
  const facts = chosen.map((c) => c.facts)
  warnings.push(...signingKeyWarnings(facts))
  warnings.push(...certificateWarnings(facts, now))
  return {
    file,
    kind: 'certificate',
    platform,
    packageName: null,
    versionName: null,
    versionCode: null,
    label: null,
    labels: [],
    minSdk: null,
    targetSdk: null,
    schemes: [],
    certificates: facts,
    profile: null,
    warnings,
  }
}
