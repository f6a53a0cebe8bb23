import type {
  InspectResult,
  InspectWarning,
  ProvisioningProfile,
} from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { readCertificate } from './certificate-facts'
import { readSignedData } from '../../pki/signed-data'
import { readPlistDict, type PlistDict } from './plist-reader'
import { certificateWarnings, warning } from './warnings'
import type { ZipReader } from './zip-reader'

const PLIST_LIMITS = { maxBytes: 4 * 1024 * 1024, maxRatio: 200 }
const INFO_PLIST = /^Payload\/[^/]+\.app\/Info\.plist$/

type Dict = PlistDict

export function isIpa(zip: ZipReader): boolean {
  return zip.entries.some((e) => INFO_PLIST.test(e.name))
}

const str = (value: unknown) => (typeof value === 'string' ? value : null)

/** Bundle ID and version from Info.plist; certificates from embedded.mobileprovision. */
export async function inspectIpa(
  zip: ZipReader,
  file: InspectResult['file'],
  now: Date,
): Promise<InspectResult> {
  const infoEntry = zip.entries.find((e) => INFO_PLIST.test(e.name))
  if (!infoEntry)
    throw userError('INVALID_FILE', 'filing.zip-not-app', 'This archive is neither an APK nor an IPA')
  const appDir = infoEntry.name.slice(0, -'Info.plist'.length)
  // Loaded here, not at the top: APK inspection (and the CLI's start-up) never needs it.
  const { parse } = await import('@plist/parse')
  const info = readPlistDict(parse, await zip.read(infoEntry, PLIST_LIMITS), infoEntry.name)
  const profileEntry = zip.find(`${appDir}embedded.mobileprovision`)
  if (!profileEntry)
    throw userError(
      'INVALID_FILE',
      'filing.ipa-no-profile',
      'This IPA has no embedded.mobileprovision, so its certificate is unknown',
    )

  const profileBytes = await zip.read(profileEntry, PLIST_LIMITS)
  let profileDict: Dict
  try {
    const signed = readSignedData(profileBytes)
    if (!signed.content) throw new Error('no content')
    profileDict = readPlistDict(parse, Buffer.from(signed.content), 'embedded.mobileprovision')
  } catch {
    throw userError('INVALID_FILE', 'filing.profile-garbled', 'embedded.mobileprovision is damaged')
  }
  const ders = Array.isArray(profileDict['DeveloperCertificates']) ? profileDict['DeveloperCertificates'] : []
  const certificates = ders
    .filter((d): d is ArrayBuffer => d instanceof ArrayBuffer)
    .map((d) => readCertificate(new Uint8Array(d), ['profile']).facts)
  if (certificates.length === 0)
    throw userError('INVALID_FILE', 'filing.profile-garbled', 'embedded.mobileprovision is damaged')

  const profile = describeProfile(profileDict)
  const warnings: InspectWarning[] = [warning('ios-sha1-in-md5-box')]
  if (profile.kind !== 'app-store') warnings.push(warning(`${profile.kind}-profile`))
  if (profile.expires && Date.parse(profile.expires) < now.getTime())
    warnings.push(warning('profile-expired', { date: profile.expires.slice(0, 10) }))
  if (certificates.length > 1)
    warnings.push(warning('profile-several-certificates', { count: certificates.length }))
  warnings.push(...certificateWarnings(certificates, now))

  const label = str(info['CFBundleDisplayName']) ?? str(info['CFBundleName'])
  return {
    file,
    kind: 'ipa',
    platform: 'ios',
    packageName: str(info['CFBundleIdentifier']),
    versionName: str(info['CFBundleShortVersionString']),
    versionCode: str(info['CFBundleVersion']),
    label,
    labels: label ? [{ locale: '', value: label }] : [],
    minSdk: null,
    targetSdk: null,
    schemes: [],
    certificates,
    profile,
    warnings,
  }
}

function describeProfile(dict: Dict): ProvisioningProfile {
  const entitlements = (dict['Entitlements'] ?? {}) as Dict
  const teams = Array.isArray(dict['TeamIdentifier']) ? dict['TeamIdentifier'] : []
  const expires = dict['ExpirationDate']
  const kind: ProvisioningProfile['kind'] =
    entitlements['get-task-allow'] === true
      ? 'development'
      : dict['ProvisionsAllDevices'] === true
        ? 'enterprise'
        : Array.isArray(dict['ProvisionedDevices'])
          ? 'ad-hoc'
          : 'app-store'
  return {
    name: str(dict['Name']),
    teamId: str(teams[0]),
    teamName: str(dict['TeamName']),
    appIdName: str(dict['AppIDName']),
    kind,
    expires: expires instanceof Date ? expires.toISOString() : null,
  }
}
