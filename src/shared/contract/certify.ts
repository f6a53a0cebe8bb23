import { z } from 'zod'
import { keyAlgorithms, MIN_PASSPHRASE_LENGTH, subFilters } from './certify-values'
import { method, noInput } from './method'

export { keyAlgorithms, subFilters }

/** What unlocks a stored private key: a passphrase, or the OS key store (Electron safeStorage). */
export const KeyProtectionSchema = z.enum(['passphrase', 'os'])

/** A passphrase that protects a stored key; never logged, never returned. */
export const PassphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH).max(1024)

/** A signing identity: a certificate and its (encrypted) private key. */
export const IdentitySchema = z.object({
  id: z.number().int().positive(),
  commonName: z.string(),
  subject: z.string(),
  issuer: z.string(),
  serialHex: z.string(),
  sha256: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  keyAlgorithm: z.string(),
  selfSigned: z.boolean(),
  expired: z.boolean(),
  source: z.enum(['created', 'imported']),
  keyProtection: KeyProtectionSchema,
  createdAt: z.string(),
})
export type Identity = z.infer<typeof IdentitySchema>

const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional()

export const NewIdentitySchema = z
  .object({
    commonName: z.string().trim().min(1).max(64),
    organization: OptionalText(64),
    email: z
      .string()
      .trim()
      .max(128)
      .refine(
        (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
        'an e-mail address such as name@example.com',
      )
      .transform((v) => (v === '' ? undefined : v))
      .optional(),
    days: z.number().int().min(1).max(36_500).default(1095),
    algorithm: z.enum(keyAlgorithms).default('rsa-2048'),
    /** Needed where there is no OS key store (the harness, the CLI). */
    passphrase: PassphraseSchema.optional(),
  })
  .strict()
export type NewIdentity = z.input<typeof NewIdentitySchema>
export type CheckedNewIdentity = z.output<typeof NewIdentitySchema>

/** The cryptographic part of signing a PDF: who signs, and the fields readers show. */
export const CertifyRequestSchema = z
  .object({
    identityId: z.number().int().positive(),
    passphrase: z.string().max(1024).optional(),
    reason: OptionalText(200),
    location: OptionalText(200),
    contact: OptionalText(200),
    subFilter: z.enum(subFilters).default('adbe.pkcs7.detached'),
    /** Sign with an expired certificate anyway (readers will say it was expired). */
    allowExpired: z.boolean().default(false),
  })
  .strict()
export type CertifyRequest = z.input<typeof CertifyRequestSchema>
export type CheckedCertifyRequest = z.output<typeof CertifyRequestSchema>

/** What the audit trail keeps about a cryptographic signature. */
export const CertificationSchema = z.object({
  identityId: z.number().int().nullable(),
  signer: z.string(),
  issuer: z.string(),
  certificateSha256: z.string(),
  subFilter: z.string(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  contact: z.string().nullable(),
  signedAt: z.string(),
})
export type Certification = z.infer<typeof CertificationSchema>

export const CertificateSummarySchema = z.object({
  subject: z.string(),
  commonName: z.string(),
  issuer: z.string(),
  serialHex: z.string(),
  sha256: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  selfSigned: z.boolean(),
  der: z.instanceof(Uint8Array),
})
export type CertificateSummary = z.infer<typeof CertificateSummarySchema>

/** One signature of a verified PDF, in the order they were made. */
export const SignatureReportSchema = z.object({
  fieldName: z.string().nullable(),
  subFilter: z.string(),
  signer: z.string(),
  signerName: z.string(),
  issuer: z.string(),
  /** The signer's claimed time (CMS signing-time, else the PDF's /M); null when neither is there. */
  signedAt: z.string().nullable(),
  digestAlgorithm: z.string(),
  signatureAlgorithm: z.string(),
  /** The signature value checks out over the bytes it covers. */
  valid: z.boolean(),
  digestMatches: z.boolean(),
  signatureValid: z.boolean(),
  /** Bytes covered: from the start of the file to the end of this signature's revision. */
  coveredBytes: z.number().int(),
  coversWholeFile: z.boolean(),
  modifiedAfter: z.boolean(),
  /** What came after the signed revision: nothing, only later signatures, or other changes. */
  appended: z.enum(['nothing', 'signatures', 'changes']),
  validAtSigning: z.boolean(),
  trusted: z.boolean(),
  selfSigned: z.boolean(),
  expiredNow: z.boolean(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  contact: z.string().nullable(),
  /** Why something could not be checked (English, for details). */
  problem: z.string().nullable(),
  chain: z.array(CertificateSummarySchema),
  /** Our own audit record of this signing, when this copy was made here. */
  record: z.object({ id: z.number().int(), createdAt: z.string(), origin: z.string() }).nullable(),
})
export type SignatureReport = z.infer<typeof SignatureReportSchema>

export const VerifyReportSchema = z.object({
  path: z.string(),
  name: z.string(),
  fileBytes: z.number().int(),
  sha256: z.string(),
  signatures: z.array(SignatureReportSchema),
})
export type VerifyReport = z.infer<typeof VerifyReportSchema>

export const TrustedCertificateSchema = z.object({
  sha256: z.string(),
  subject: z.string(),
  addedAt: z.string(),
})
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>

const IdentityIdSchema = z.object({ id: z.number().int().positive() }).strict()

export const certifyContract = {
  /** Whether keys can be kept by the OS key store; otherwise every identity needs a passphrase. */
  identityOptions: method(noInput, z.object({ osKeyStore: z.boolean() })),
  listIdentities: method(noInput, z.array(IdentitySchema)),
  createIdentity: method(NewIdentitySchema, IdentitySchema),
  /** Imports a .p12/.pfx: the given path, or one picked in the open dialog; null if cancelled. */
  importIdentity: method(
    z
      .object({
        path: z.string().min(1).max(4096).optional(),
        /** The file's own password. */
        password: z.string().max(1024),
        /** Protects the key here; the file's password when absent and there is no OS key store. */
        passphrase: PassphraseSchema.optional(),
      })
      .strict(),
    IdentitySchema.nullable(),
  ),
  /** Saves the certificate (never the key) as .cer where the user chooses; null if cancelled. */
  exportIdentityCertificate: method(IdentityIdSchema, z.object({ path: z.string() }).nullable()),
  deleteIdentity: method(IdentityIdSchema, z.object({ deleted: z.boolean() })),
  /** Checks every signature of a PDF: the path given, or one picked; null if cancelled. */
  verifyPdf: method(
    z.object({ path: z.string().min(1).max(4096).optional() }).strict(),
    VerifyReportSchema.nullable(),
  ),
  listTrusted: method(noInput, z.array(TrustedCertificateSchema)),
  trustCertificate: method(z.object({ der: z.instanceof(Uint8Array) }).strict(), TrustedCertificateSchema),
  untrustCertificate: method(
    z.object({ sha256: z.string().regex(/^[0-9A-Fa-f]{64}$/) }).strict(),
    z.object({ removed: z.boolean() }),
  ),
} as const
