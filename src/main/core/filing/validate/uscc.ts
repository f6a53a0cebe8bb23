import { canonicalCode } from './canonical'
import { error, type Checked } from './finding'

/** GB 32100-2015 code characters: digits and capitals without I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const FORMAT = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/

export function usccCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, c, i) => total + CHARSET.indexOf(c) * (WEIGHTS[i] as number), 0)
  return CHARSET[(31 - (sum % 31)) % 31] as string
}

/** A unified social credit code (统一社会信用代码): 18 characters, region digits, MOD 31 check. */
export function checkUscc(raw: string): Checked<string> {
  const code = canonicalCode(raw)
  if (!FORMAT.test(code)) return { value: null, findings: [error('uscc-format', { length: code.length })] }
  const expected = usccCheckChar(code.slice(0, 17))
  if (code[17] !== expected) return { value: null, findings: [error('uscc-checksum', { expected })] }
  const orgExpected = organisationCodeCheckChar(code.slice(8, 16))
  if (code[16] !== orgExpected)
    return {
      value: null,
      findings: [error('uscc-org-code-checksum', { code: code.slice(8, 17), expected: orgExpected })],
    }
  return { value: code, findings: [] }
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/**
 * The check character of an organisation code's first 8 characters (GB 11714-1997): digits count
 * as themselves, letters A–Z as 10–35. A USCC carries the code in characters 9–17, check included.
 */
export function organisationCodeCheckChar(first8: string): string {
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55)
  const sum = [...first8].reduce((total, c, i) => total + value(c) * (ORG_WEIGHTS[i] as number), 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}
