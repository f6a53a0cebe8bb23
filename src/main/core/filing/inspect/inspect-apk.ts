import type {
  CertificateSource,
  InspectResult,
  InspectWarning,
} from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { readManifest } from './android-manifest'
import { chooseLabel, readResourceLabels } from './app-label'
import { readCertificate, type ReadCertificate } from './certificate-facts'
import { DerError } from '../../asn1/der'
import { readSignedData } from '../../pki/signed-data'
import {
  blockIds,
  readBlockSigners,
  readSigningBlock,
  type BlockScheme,
  type BlockSigner,
} from './signing-block'
import { signingKeyWarnings } from './signing-key-warnings'
import { certificateWarnings, warning } from './warnings'
import type { ZipReader } from './zip-reader'

const MANIFEST_LIMITS = { maxBytes: 8 * 1024 * 1024, maxRatio: 200 }
const SIGNATURE_LIMITS = { maxBytes: 1024 * 1024, maxRatio: 200 }
const V1_BLOCK = /^META-INF\/([^/]+)\.(RSA|DSA|EC)$/i

/** Certificates collected across schemes, one entry per distinct certificate. */
class CertificateSet {
  private readonly bySha = new Map<string, ReadCertificate>()
  add(der: Uint8Array, source: CertificateSource): ReadCertificate {
    const cert = readCertificate(der, [source])
    const known = this.bySha.get(cert.facts.sha256)
    if (!known) {
      this.bySha.set(cert.facts.sha256, cert)
      return cert
    }
    if (!known.facts.sources.includes(source)) known.facts.sources.push(source)
    return known
  }
  get all(): ReadCertificate[] {
    return [...this.bySha.values()]
  }
}

/** APP特征信息 of an APK: manifest facts, signing schemes and every signer certificate. */
export async function inspectApk(
  zip: ZipReader,
  file: InspectResult['file'],
  now: Date,
): Promise<InspectResult> {
  const manifestEntry = zip.find('AndroidManifest.xml')
  if (!manifestEntry)
    throw userError('INVALID_FILE', 'filing.apk-no-manifest', 'This APK has no AndroidManifest.xml')
  const manifest = readManifest(await zip.read(manifestEntry, MANIFEST_LIMITS))

  const certificates = new CertificateSet()
  const warnings: InspectWarning[] = []
  const schemes: InspectResult['schemes'] = []
  const signerShas = new Map<string, Set<string>>()
  const note = (scheme: string, cert: ReadCertificate) =>
    signerShas.set(scheme, (signerShas.get(scheme) ?? new Set()).add(cert.facts.sha256))

  // Newest scheme first: its signer is the one apksigner prints as "Signer #1".
  const pairs = await readSigningBlock(zip)
  for (const scheme of ['v3.1', 'v3', 'v2'] as BlockScheme[]) {
    const value = pairs?.get(blockIds[scheme])
    if (!value) continue
    schemes.unshift(scheme)
    for (const signer of readBlockSigners(scheme, value)) {
      const cert = certificates.add(signer.certificates[0] as Uint8Array, scheme)
      note(scheme, cert)
      checkSignerKey(signer, cert, warnings)
      // The lineage ends with the current signer; the earlier certificates are the rotated-out keys.
      for (const old of signer.lineage) {
        if (readCertificate(old, ['rotation']).facts.sha256 !== cert.facts.sha256)
          certificates.add(old, 'rotation')
      }
    }
  }

  const v1Blocks = zip.entries.filter((e) => {
    const match = V1_BLOCK.exec(e.name)
    return match && zip.find(`META-INF/${match[1]}.SF`)
  })
  for (const entry of v1Blocks) {
    let parts
    try {
      parts = readSignedData(await zip.read(entry, SIGNATURE_LIMITS))
    } catch (error) {
      if (!(error instanceof DerError)) throw error
      throw userError(
        'INVALID_FILE',
        'filing.certificate-broken',
        'A signing certificate is damaged and cannot be read',
        {
          detail: `${entry.name}: ${error.message}`,
        },
      )
    }
    const inBlock = parts.certificates.map((der) => readCertificate(der, ['v1']))
    const signer = inBlock.find((c) => parts.signerSerials.includes(c.facts.serial)) ?? inBlock[0]
    if (!signer)
      throw userError(
        'INVALID_FILE',
        'filing.certificate-broken',
        'A signing certificate is damaged and cannot be read',
        {
          detail: `${entry.name}: no certificate`,
        },
      )
    note('v1', certificates.add(signer.der, 'v1'))
  }
  if (v1Blocks.length > 0) schemes.unshift('v1')
  if (schemes.length === 0)
    throw userError(
      'INVALID_FILE',
      'filing.apk-unsigned',
      'This APK is not signed: it has no v1 signature and no APK Signing Block',
    )

  const all = certificates.all
  const facts = all.map((c) => c.facts)
  const signers = all.filter((c) => c.facts.sources.some((s) => s !== 'rotation'))
  if (!schemes.includes('v1')) warnings.push(warning('no-v1-signature'))
  if ([...signerShas.values()].some((set) => set.size > 1))
    warnings.push(warning('several-signers', { count: signers.length }))
  else if (signers.length > 1 || all.length > signers.length)
    warnings.push(warning('key-rotation', { count: all.length }))
  warnings.push(...signingKeyWarnings(signers.map((c) => c.facts)))
  const labels =
    manifest.labelResource !== null
      ? await readResourceLabels(zip, manifest.labelResource, warnings)
      : manifest.label
        ? [{ locale: '', value: manifest.label }]
        : []
  warnings.push(
    ...certificateWarnings(
      signers.map((c) => c.facts),
      now,
    ),
  )

  return {
    file,
    kind: 'apk',
    platform: 'android',
    packageName: manifest.packageName,
    versionName: manifest.versionName,
    versionCode: manifest.versionCode,
    label: chooseLabel(labels),
    labels,
    minSdk: manifest.minSdk,
    targetSdk: manifest.targetSdk,
    schemes,
    certificates: facts,
    profile: null,
    warnings,
  }
}

/** apksigner refuses a signer whose public key is not its certificate's; we say so instead. */
function checkSignerKey(signer: BlockSigner, cert: ReadCertificate, warnings: InspectWarning[]): void {
  const key = Buffer.from(signer.publicKey).toString('hex').toUpperCase()
  if (key !== cert.facts.publicKey.spkiHex)
    warnings.push(warning('signer-key-mismatch', { scheme: signer.scheme }))
}
