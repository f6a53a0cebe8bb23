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
  return { value: code, findings: [] }
}
