import { otherIdRegions, provinces } from '../data/provinces'
import { chinaDay, parseDay } from '../calendar'
import { canonicalCode } from './canonical'
import { error, type Checked } from './finding'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
const regions = new Set([...provinces.map((p) => p.code), ...otherIdRegions])

export interface ResidentIdFacts {
  region: string
  birthDate: string
  sex: 'male' | 'female'
}

/** The check character of the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] as number), 0)
  return CHECK_CHARS[sum % 11] as string
}

/** An 18-digit resident ID (居民身份证号码): region, birth date, check character. */
export function checkResidentId(raw: string, now: Date): Checked<string> & { facts: ResidentIdFacts | null } {
  const id = canonicalCode(raw)
  if (!/^\d{17}[\dX]$/.test(id))
    return { value: null, facts: null, findings: [error('id-format', { length: id.length })] }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!parseDay(birth) || birth < '1900-01-01' || birth > chinaDay(now))
    return { value: null, facts: null, findings: [error('id-birth-date', { date: birth })] }
  if (!regions.has(id.slice(0, 2)))
    return { value: null, facts: null, findings: [error('id-region', { region: id.slice(0, 2) })] }
  const expected = residentIdCheckChar(id.slice(0, 17))
  if (id[17] !== expected) return { value: null, facts: null, findings: [error('id-checksum', { expected })] }
  return {
    value: id,
    facts: { region: id.slice(0, 6), birthDate: birth, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' },
    findings: [],
  }
}
