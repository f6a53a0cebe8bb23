import { canonicalEmail, canonicalPhone } from './canonical'
import { checkDomain } from './network'
import { error, type Checked } from './finding'

/** A mainland mobile number; `+86`, `0086`, spaces and hyphens are accepted and removed. */
export function checkMobile(raw: string): Checked<string> {
  const digits = canonicalPhone(raw)
  if (!/^1[3-9]\d{9}$/.test(digits)) return { value: null, findings: [error('mobile-format')] }
  return { value: digits, findings: [] }
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/

/** An e-mail address: a plain local part and a domain that passes the domain check (IDN allowed). */
export function checkEmail(raw: string): Checked<string> {
  const email = canonicalEmail(raw)
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  if (at < 1 || email.length > 254 || local.length > 64 || !LOCAL_PART.test(local))
    return { value: null, findings: [error('email-format')] }
  const domain = checkDomain(email.slice(at + 1))
  if (domain.value === null) return { value: null, findings: [error('email-format')] }
  return { value: `${local}@${domain.value}`, findings: [] }
}
