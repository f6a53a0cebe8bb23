import { z } from 'zod'

/** Which operating system a certificate or package belongs to, as far as the file tells. */
export const appPlatforms = ['android', 'ios', 'harmony', 'unknown'] as const
export const AppPlatformSchema = z.enum(appPlatforms)
export type AppPlatform = z.infer<typeof AppPlatformSchema>

/** Android signing schemes, plus where a certificate came from in other files. */
export const certificateSources = ['v1', 'v2', 'v3', 'v3.1', 'rotation', 'profile', 'file'] as const
export const CertificateSourceSchema = z.enum(certificateSources)
export type CertificateSource = z.infer<typeof CertificateSourceSchema>

const UpperHex = z.string().regex(/^[0-9A-F]*$/)

export const PublicKeyFactsSchema = z.object({
  /** `RSA`, `EC`, `DSA`, `Ed25519`, … */
  algorithm: z.string(),
  bits: z.number().int().nonnegative().nullable(),
  /** EC only, e.g. `prime256v1`. */
  curve: z.string().nullable(),
  /** RSA only, in decimal (e.g. `65537`). */
  exponent: z.string().nullable(),
  /** RSA only: the modulus in uppercase hex without separators or leading zero byte. */
  modulusHex: UpperHex.nullable(),
  /** RSA only: the modulus in decimal (jadx shows this form). */
  modulusDecimal: z.string().regex(/^\d+$/).nullable(),
  /** SubjectPublicKeyInfo as PEM (`-----BEGIN PUBLIC KEY-----`). */
  pem: z.string(),
  /** SHA-256 of the DER SubjectPublicKeyInfo, uppercase hex. */
  spkiSha256: UpperHex,
  /** The DER SubjectPublicKeyInfo in uppercase hex. */
  spkiHex: UpperHex,
})
export type PublicKeyFacts = z.infer<typeof PublicKeyFactsSchema>

export const CertificateFactsSchema = z.object({
  /** Distinguished name, most specific first: `CN=…, O=…, C=CN` (as apksigner prints it). */
  subject: z.string(),
  issuer: z.string(),
  /** The subject's common name, if any. */
  commonName: z.string().nullable(),
  /** Serial number, uppercase hex. */
  serial: UpperHex,
  notBefore: z.string(),
  notAfter: z.string(),
  /** Fingerprints of the DER certificate: uppercase hex without separators. */
  md5: UpperHex,
  sha1: UpperHex,
  sha256: UpperHex,
  signatureAlgorithm: z.string(),
  selfSigned: z.boolean(),
  publicKey: PublicKeyFactsSchema,
  /** The certificate as PEM. */
  pem: z.string(),
  /** Where the certificate was found: the APK signing schemes that carry it, a profile, a file. */
  sources: z.array(CertificateSourceSchema),
})
export type CertificateFacts = z.infer<typeof CertificateFactsSchema>

export const inspectWarningCodes = [
  'debug-certificate',
  'aosp-test-key',
  'certificate-expired',
  'certificate-expiring',
  'certificate-not-yet-valid',
  'ios-sha1-in-md5-box',
  'several-signers',
  'key-rotation',
  'no-v1-signature',
  'signer-key-mismatch',
  'weak-key',
  'development-profile',
  'ad-hoc-profile',
  'enterprise-profile',
  'profile-expired',
  'profile-several-certificates',
  'chain-leaf-only',
  'chain-several-leaves',
  'platform-unknown',
  'label-unresolved',
] as const
export const InspectWarningCodeSchema = z.enum(inspectWarningCodes)
export type InspectWarningCode = z.infer<typeof InspectWarningCodeSchema>

/** Something the user should know before filing these values; `values` fill the translation. */
export const InspectWarningSchema = z.object({
  code: InspectWarningCodeSchema,
  severity: z.enum(['warning', 'info']),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type InspectWarning = z.infer<typeof InspectWarningSchema>

export const ProvisioningProfileSchema = z.object({
  name: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  appIdName: z.string().nullable(),
  /** Derived from the entitlements and device lists. */
  kind: z.enum(['development', 'ad-hoc', 'enterprise', 'app-store']),
  expires: z.string().nullable(),
})
export type ProvisioningProfile = z.infer<typeof ProvisioningProfileSchema>

/** The app's name in one locale: '' is the default, otherwise a tag such as `zh-CN` or `zh-Hant-TW`. */
export const AppLabelSchema = z.object({ locale: z.string(), value: z.string() })
export type AppLabel = z.infer<typeof AppLabelSchema>

/** What Paperdesk read from an APK, IPA or certificate file: the APP特征信息 and the facts around it. */
export const InspectResultSchema = z.object({
  file: z.object({ name: z.string(), bytes: z.number().int().nonnegative() }),
  kind: z.enum(['apk', 'ipa', 'certificate']),
  platform: AppPlatformSchema,
  /** Android package name or iOS bundle ID. */
  packageName: z.string().nullable(),
  versionName: z.string().nullable(),
  versionCode: z.string().nullable(),
  /** The app's label or display name; for an APK, the zh-CN value where it has one, else the default. */
  label: z.string().nullable(),
  /** Every locale's label (an APK's `@string/…` label resolved through resources.arsc). */
  labels: z.array(AppLabelSchema),
  minSdk: z.number().int().nullable(),
  targetSdk: z.number().int().nullable(),
  /** Android signing schemes present (`v1` JAR signature, `v2`/`v3`/`v3.1` APK Signing Block). */
  schemes: z.array(z.enum(['v1', 'v2', 'v3', 'v3.1'])),
  /** Signer certificates first (the one to file first), then others. */
  certificates: z.array(CertificateFactsSchema),
  profile: ProvisioningProfileSchema.nullable(),
  warnings: z.array(InspectWarningSchema),
})
export type InspectResult = z.infer<typeof InspectResultSchema>

/** File types the inspector opens (the open dialog's filter). */
export const inspectableExtensions = ['apk', 'ipa', 'cer', 'crt', 'der', 'pem', 'p7b'] as const
