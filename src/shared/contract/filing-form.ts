import { z } from 'zod'

// The filing form, in the order the provider consoles ask for it (reference §2, §9). Every field
// is plain text as the user typed it: a draft may be incomplete or wrong, and the validator says
// why, field by field. Nothing here is a constraint a user could trip over while typing.

export const subjectTypes = [
  'enterprise',
  'individual',
  'sole-proprietor',
  'institution',
  'government',
  'social-group',
  'other',
] as const
export const subjectCertTypes = ['uscc', 'resident-id', 'other'] as const
export const personIdTypes = [
  'resident-id',
  'hk-macao-permit',
  'taiwan-permit',
  'passport',
  'foreign-permanent-id',
  'other',
] as const
export const principalRoles = ['subject-principal', 'service-principal', 'legal-rep'] as const
export const platformOses = ['android', 'ios', 'harmony', 'other'] as const
export const preApprovalSectors = [
  'news',
  'publishing',
  'education',
  'medical',
  'drugs-devices',
  'culture',
  'radio-film-tv',
  'e-bulletin',
  'ride-hailing',
  'finance',
  'games',
  'religion',
] as const

const text = (max: number) => z.string().max(max)
/** `YYYY-MM-DD`, or empty while unknown. */
const day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])

export const FilingSubjectSchema = z.object({
  type: z.enum(subjectTypes),
  name: text(200),
  certType: z.enum(subjectCertTypes),
  certNumber: text(64),
  certAddress: text(300),
  /** Province code (GB/T 2260, two digits) or empty. */
  province: z.union([z.literal(''), z.string().regex(/^\d{2}$/)]),
  city: text(100),
  mailingAddress: text(300),
  /** The subject's filing number if it has one already (京ICP备12345678号). */
  subjectNumber: text(64),
})
export type FilingSubject = z.infer<typeof FilingSubjectSchema>

export const PersonSchema = z.object({
  role: z.enum(principalRoles),
  name: text(100),
  idType: z.enum(personIdTypes),
  idNumber: text(64),
  idValidFrom: day,
  /** `YYYY-MM-DD`, `long-term` (长期) or empty. */
  idValidTo: z.union([day, z.literal('long-term')]),
  mobile: text(32),
  emergencyMobile: text(32),
  email: text(254),
  isLegalRep: z.boolean(),
})
export type Person = z.infer<typeof PersonSchema>

export const FilingAppSchema = z.object({
  name: text(100),
  serviceCategory: text(100),
  language: text(40),
  remarks: text(2000),
  providesSdk: z.boolean(),
})
export type FilingApp = z.infer<typeof FilingAppSchema>

/** The certificate a platform's values were taken from (set by the inspector). */
export const PlatformCertificateSchema = z.object({
  sha256: z.string().regex(/^[0-9A-F]{64}$/),
  md5: z.string().regex(/^[0-9A-F]{32}$/),
  sha1: z.string().regex(/^[0-9A-F]{40}$/),
  subject: text(1000),
  notAfter: z.string().max(40),
  sourceFile: text(300),
})
export type PlatformCertificate = z.infer<typeof PlatformCertificateSchema>

export const PlatformEntrySchema = z.object({
  os: z.enum(platformOses),
  /** Package name (Android, HarmonyOS) or Bundle ID (iOS). */
  packageName: text(255),
  /** 公钥, exactly as it will be filed (decimal or hex modulus, PEM, …). */
  publicKey: text(20_000),
  /** 签名MD5值, exactly as it will be filed (for iOS: the certificate's SHA-1). */
  signatureMd5: text(200),
  /** The filing's domains this platform uses. */
  domains: z.array(text(253)).max(50),
  certificate: PlatformCertificateSchema.nullable(),
})
export type PlatformEntry = z.infer<typeof PlatformEntrySchema>

export const PreApprovalSchema = z.object({
  sector: z.enum(preApprovalSectors),
  licenceNumber: text(100),
  issuer: text(200),
  expiry: day,
})
export type PreApproval = z.infer<typeof PreApprovalSchema>

export const SdkEntrySchema = z.object({ vendor: text(200), name: text(200), type: text(100) })
export type SdkEntry = z.infer<typeof SdkEntrySchema>

export const FilingFormSchema = z.object({
  subject: FilingSubjectSchema,
  principals: z.array(PersonSchema).max(6),
  app: FilingAppSchema,
  platforms: z.array(PlatformEntrySchema).max(8),
  domains: z.array(text(253)).max(100),
  ips: z.array(text(64)).max(100),
  preApprovals: z.array(PreApprovalSchema).max(20),
  sdks: z.array(SdkEntrySchema).max(100),
  /** Materials checklist: which items the user has ready, by material key. */
  materials: z.record(z.string().regex(/^[a-z0-9-]{1,60}$/), z.boolean()),
})
export type FilingForm = z.infer<typeof FilingFormSchema>
export const formSections = Object.keys(FilingFormSchema.shape) as Array<keyof FilingForm>

/** Why a field is wrong (or worth a second look); translated as `filing.reasons.<reason>`. */
export const fieldReasons = [
  'required',
  'date-format',
  'id-format',
  'id-checksum',
  'id-birth-date',
  'id-region',
  'uscc-format',
  'uscc-checksum',
  'uscc-org-code-checksum',
  'mobile-format',
  'email-format',
  'domain-format',
  'domain-not-bare',
  'domain-is-ip',
  'domain-too-deep',
  'domain-duplicate',
  'ip-format',
  'ip-not-public',
  'id-validity-short',
  'id-validity-expired',
  'id-validity-order',
  'id-validity-not-started',
  'app-name-emoji',
  'app-name-banned-word',
  'app-name-marketing-word',
  'app-name-placeholder',
  'app-name-generic',
  'app-name-digits-only',
  'app-name-latin-only',
  'app-name-spaces',
  'phone-shared',
  'email-shared',
  'emergency-same-as-mobile',
  'subject-principal-id-differs',
  'filing-number-format',
  'filing-number-province',
  'filing-number-alias',
  'filing-number-not-app',
  'package-name-format',
  'bundle-id-format',
  'signature-format',
  'signature-ios-needs-sha1',
  'signature-android-needs-md5',
  'signature-not-certificate',
  'certificate-expiring',
  'certificate-expired',
  'platform-duplicate',
  'platform-domain-unknown',
  'pre-approval-expired',
  'principal-missing',
] as const
export const FieldReasonSchema = z.enum(fieldReasons)
export type FieldReason = z.infer<typeof FieldReasonSchema>

export const FieldIssueSchema = z.object({
  /** Dotted path of the field: `principals.0.idNumber`, `domains.2`, `app.name`. */
  path: z.string(),
  reason: FieldReasonSchema,
  /** Errors block submission; warnings are worth a second look (rules the reference is unsure of). */
  severity: z.enum(['error', 'warning']),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type FieldIssue = z.infer<typeof FieldIssueSchema>
