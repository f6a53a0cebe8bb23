import type { FieldIssue, FilingForm, Person } from '../../../../shared/contract/filing-form'
import { parseDay } from '../calendar'
import { checkAppName } from './app-name'
import { checkCertificateDates, checkPackageName, checkSignature } from './app-identity'
import { checkEmail, checkMobile } from './contact'
import { error, warn, type Finding } from './finding'
import { parseFilingNumber } from './filing-number'
import { checkIdValidity } from './id-validity'
import { checkDomain, checkIp } from './network'
import { checkResidentId } from './resident-id'
import { checkUscc } from './uscc'

/** Which parts of the form a filing kind asks for (a cancellation needs no app details). */
export type RequiredPart = 'subject' | 'principals' | 'app' | 'platforms' | 'network'

export interface FormContext {
  now: Date
  required: ReadonlySet<RequiredPart>
}

/** Every problem in a filing form, field by field, errors and warnings. Pure: the same form, the same answer. */
export function validateForm(form: FilingForm, context: FormContext): FieldIssue[] {
  const issues: FieldIssue[] = []
  const add = (path: string, findings: Finding[]) => {
    for (const f of findings) issues.push({ path, ...f })
  }
  const need = (part: RequiredPart, path: string, value: string) => {
    if (context.required.has(part) && value.trim() === '') add(path, [error('required')])
    return value.trim() !== ''
  }

  const { subject } = form
  for (const key of ['name', 'certNumber', 'certAddress', 'province', 'mailingAddress'] as const)
    need('subject', `subject.${key}`, subject[key])
  if (subject.certNumber.trim()) {
    if (subject.certType === 'uscc') add('subject.certNumber', checkUscc(subject.certNumber).findings)
    if (subject.certType === 'resident-id')
      add('subject.certNumber', checkResidentId(subject.certNumber, context.now).findings)
  }
  if (subject.subjectNumber.trim())
    add('subject.subjectNumber', parseFilingNumber(subject.subjectNumber).findings)

  validatePrincipals(form, context, add, need)

  if (need('app', 'app.name', form.app.name)) add('app.name', checkAppName(form.app.name).findings)
  need('app', 'app.serviceCategory', form.app.serviceCategory)
  need('app', 'app.language', form.app.language)

  const checkedDomains = form.domains.map((d, i) => {
    const checked = checkDomain(d)
    if (d.trim()) add(`domains.${i}`, checked.findings)
    return checked
  })
  const domains = checkedDomains.map((c) => c.value)
  // A platform may use a filed domain or any subdomain of one (api.example.cn under example.cn).
  const filed = checkedDomains.flatMap((c) => (c.ascii ? [c.ascii] : []))
  const underFiled = (ascii: string) => filed.some((f) => ascii === f || ascii.endsWith(`.${f}`))
  domains.forEach((d, i) => {
    if (d && domains.indexOf(d) !== i) add(`domains.${i}`, [warn('domain-duplicate', { domain: d })])
  })
  if (context.required.has('network') && !domains.some(Boolean) && !form.ips.some((ip) => ip.trim()))
    add('domains', [error('required')])
  form.ips.forEach((ip, i) => ip.trim() && add(`ips.${i}`, checkIp(ip).findings))

  if (context.required.has('platforms') && form.platforms.length === 0) add('platforms', [error('required')])
  form.platforms.forEach((entry, i) => {
    const at = `platforms.${i}`
    if (form.platforms.findIndex((p) => p.os === entry.os) !== i)
      add(`${at}.os`, [warn('platform-duplicate')])
    if (need('platforms', `${at}.packageName`, entry.packageName))
      add(`${at}.packageName`, checkPackageName(entry.os, entry.packageName).findings)
    need('platforms', `${at}.publicKey`, entry.publicKey)
    if (need('platforms', `${at}.signatureMd5`, entry.signatureMd5))
      add(`${at}.signatureMd5`, checkSignature(entry).findings)
    add(`${at}.certificate`, checkCertificateDates(entry, context.now))
    entry.domains.forEach((d, j) => {
      const { value, ascii } = checkDomain(d)
      if (value && ascii && !underFiled(ascii))
        add(`${at}.domains.${j}`, [error('platform-domain-unknown', { domain: value })])
    })
  })

  form.preApprovals.forEach((p, i) => {
    need('app', `preApprovals.${i}.licenceNumber`, p.licenceNumber)
    if (p.expiry && !parseDay(p.expiry)) add(`preApprovals.${i}.expiry`, [error('date-format')])
    else if (p.expiry && new Date(`${p.expiry}T23:59:59+08:00`) < context.now)
      add(`preApprovals.${i}.expiry`, [error('pre-approval-expired', { date: p.expiry })])
  })
  form.sdks.forEach((s, i) => need('app', `sdks.${i}.vendor`, s.vendor))
  return issues
}

type Add = (path: string, findings: Finding[]) => void
type Need = (part: RequiredPart, path: string, value: string) => boolean

function validatePrincipals(form: FilingForm, context: FormContext, add: Add, need: Need): void {
  const { principals } = form
  if (context.required.has('principals')) {
    for (const role of ['subject-principal', 'service-principal'] as const)
      if (!principals.some((p) => p.role === role)) add('principals', [error('principal-missing', { role })])
  }
  const identity = (p: Person) => p.idNumber.replace(/\s+/g, '').toUpperCase() || `name:${p.name.trim()}`
  principals.forEach((person, i) => {
    const at = `principals.${i}`
    need('principals', `${at}.name`, person.name)
    if (need('principals', `${at}.idNumber`, person.idNumber) && person.idType === 'resident-id')
      add(`${at}.idNumber`, checkResidentId(person.idNumber, context.now).findings)
    const validity = checkIdValidity(person.idValidFrom, person.idValidTo, context.now)
    add(`${at}.idValidFrom`, validity.from)
    add(
      `${at}.idValidTo`,
      context.required.has('principals') ? validity.to : validity.to.filter((f) => f.reason !== 'required'),
    )
    const mobile = need('principals', `${at}.mobile`, person.mobile) ? checkMobile(person.mobile) : null
    if (mobile) add(`${at}.mobile`, mobile.findings)
    if (person.emergencyMobile.trim()) {
      const emergency = checkMobile(person.emergencyMobile)
      add(`${at}.emergencyMobile`, emergency.findings)
      if (emergency.value && emergency.value === mobile?.value)
        add(`${at}.emergencyMobile`, [warn('emergency-same-as-mobile')])
    }
    if (need('principals', `${at}.email`, person.email)) add(`${at}.email`, checkEmail(person.email).findings)

    // Different people may not share a phone or an e-mail (providers reject it, reference §2/§8).
    principals.slice(0, i).forEach((other, j) => {
      if (identity(other) === identity(person)) return
      const phone = checkMobile(person.mobile).value
      if (phone && phone === checkMobile(other.mobile).value)
        add(`${at}.mobile`, [error('phone-shared', { other: j + 1 })])
      const email = checkEmail(person.email).value?.toLowerCase()
      if (email && email === checkEmail(other.email).value?.toLowerCase())
        add(`${at}.email`, [error('email-shared', { other: j + 1 })])
    })
  })
  const subjectPrincipal = principals.find((p) => p.role === 'subject-principal')
  if (form.subject.type === 'individual' && form.subject.certType === 'resident-id' && subjectPrincipal) {
    const a = form.subject.certNumber.replace(/\s+/g, '').toUpperCase()
    const b = subjectPrincipal.idNumber.replace(/\s+/g, '').toUpperCase()
    if (a && b && a !== b)
      add(`principals.${principals.indexOf(subjectPrincipal)}.idNumber`, [
        warn('subject-principal-id-differs'),
      ])
  }
}
