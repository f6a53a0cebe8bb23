import type {
  FilingForm,
  FilingSubject,
  Person,
  PlatformEntry,
} from '../../../../shared/contract/filing-form'
import {
  canonicalCode,
  canonicalDomain,
  canonicalEmail,
  canonicalFilingNumber,
  canonicalFingerprint,
  canonicalIp,
  canonicalPackageName,
  canonicalPersonName,
  canonicalPhone,
  canonicalPublicKey,
  canonicalText,
} from '../validate/canonical'

/** A list of short values: each canonical, the blank rows the user added and left empty dropped. */
const list = (values: string[], canonical: (v: string) => string) =>
  values.map(canonical).filter((v) => v !== '')

function subject(s: FilingSubject): FilingSubject {
  return {
    ...s,
    name: canonicalText(s.name),
    certNumber: s.certType === 'other' ? canonicalText(s.certNumber) : canonicalCode(s.certNumber),
    certAddress: canonicalText(s.certAddress),
    city: canonicalText(s.city),
    mailingAddress: canonicalText(s.mailingAddress),
    subjectNumber: canonicalFilingNumber(s.subjectNumber),
  }
}

function person(p: Person): Person {
  return {
    ...p,
    name: canonicalPersonName(p.name),
    idNumber: p.idType === 'other' ? canonicalText(p.idNumber) : canonicalCode(p.idNumber),
    mobile: canonicalPhone(p.mobile),
    emergencyMobile: canonicalPhone(p.emergencyMobile),
    email: canonicalEmail(p.email),
  }
}

function platform(p: PlatformEntry): PlatformEntry {
  return {
    ...p,
    packageName: canonicalPackageName(p.packageName),
    publicKey: canonicalPublicKey(p.publicKey),
    signatureMd5: canonicalFingerprint(p.signatureMd5),
    domains: list(p.domains, canonicalDomain),
  }
}

/** How each section of the form is stored; a section missing here would fail to compile. */
export const sectionNormalizers: { [K in keyof FilingForm]: (value: FilingForm[K]) => FilingForm[K] } = {
  subject,
  principals: (people) => people.map(person),
  app: (a) => ({
    ...a,
    name: canonicalText(a.name),
    serviceCategory: canonicalText(a.serviceCategory),
    language: canonicalText(a.language),
    remarks: a.remarks.trim(),
  }),
  platforms: (entries) => entries.map(platform),
  domains: (domains) => list(domains, canonicalDomain),
  ips: (ips) => list(ips, canonicalIp),
  preApprovals: (rows) =>
    rows.map((r) => ({
      ...r,
      licenceNumber: canonicalText(r.licenceNumber),
      issuer: canonicalText(r.issuer),
    })),
  sdks: (rows) =>
    rows.map((r) => ({
      vendor: canonicalText(r.vendor),
      name: canonicalText(r.name),
      type: canonicalText(r.type),
    })),
  materials: (ready) => ready,
}

/**
 * The form as it is stored: one canonical layout per kind of value (ID numbers with a capital X,
 * phones as digits, fingerprints as upper-case hex, domains in lower case…), whatever the UI, the
 * CLI or a script sent. Idempotent: a stored form normalises to itself.
 */
export function normalizeForm(form: FilingForm): FilingForm {
  const out = {} as Record<keyof FilingForm, unknown>
  for (const key of Object.keys(sectionNormalizers) as Array<keyof FilingForm>)
    out[key] = (sectionNormalizers[key] as (v: unknown) => unknown)(form[key])
  return out as FilingForm
}
