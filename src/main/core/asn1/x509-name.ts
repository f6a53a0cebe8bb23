import { children, content, DerError, type DerElement, expectUniversal, oid, stringValue, TAG } from './der'

/** Short names for the attribute types found in signing certificates, as Java's X500Name prints them. */
const attributeNames: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SURNAME',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'GIVENNAME',
  '2.5.4.43': 'INITIALS',
  '2.5.4.44': 'GENERATION',
  '2.5.4.46': 'DNQUALIFIER',
  '1.2.840.113549.1.9.1': 'EMAILADDRESS',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
}

export interface NameAttribute {
  /** `CN`, `O`, … or `OID.1.2.3` for types without a short name. */
  type: string
  value: string
}

export interface ParsedName {
  /** Relative distinguished names in encoding order (country first, usually). */
  rdns: NameAttribute[][]
  /** Most specific first, comma separated: `CN=Fixture, O=Paperdesk, C=CN`. */
  text: string
  /** The encoded Name, to compare issuer and subject byte for byte. */
  der: Uint8Array
}

export function parseName(name: DerElement): ParsedName {
  expectUniversal(name, TAG.sequence, 'a name')
  const rdns = children(name).map((set) => {
    expectUniversal(set, TAG.set, 'a relative distinguished name')
    return children(set).map((ava) => {
      const [type, value] = children(expectUniversal(ava, TAG.sequence, 'an attribute'))
      if (!type || !value) throw new Error('incomplete name attribute')
      const id = oid(type)
      return { type: attributeNames[id] ?? `OID.${id}`, value: stringValue(value) }
    })
  })
  const text = [...rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.type}=${escapeValue(a.value)}`).join(' + '))
    .join(', ')
  return { rdns, text, der: name.bytes.subarray(name.start, name.end) }
}

/** RFC 4514 escaping of the characters that would make the text ambiguous. */
function escapeValue(value: string): string {
  const escaped = value.replace(/[,+"\\<>;]/g, (c) => `\\${c}`)
  return escaped.replace(/^[ #]/, (c) => `\\${c}`).replace(/ $/, '\\ ')
}

export function firstAttribute(name: ParsedName, type: string): string | null {
  for (const rdn of [...name.rdns].reverse()) {
    const hit = rdn.find((a) => a.type === type)
    if (hit) return hit.value
  }
  return null
}

/** UTCTime or GeneralizedTime as an ISO 8601 instant. */
export function parseTime(element: DerElement): string {
  const text = Buffer.from(content(element)).toString('latin1')
  const utc = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
  const general = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(text)
  let parts: string[]
  if (element.tagNumber === TAG.utcTime && utc) {
    const yy = Number(utc[1])
    parts = [String(yy < 50 ? 2000 + yy : 1900 + yy), ...(utc.slice(2) as string[])]
  } else if (element.tagNumber === TAG.generalizedTime && general) {
    parts = general.slice(1) as string[]
  } else {
    throw new DerError(`unsupported time ${text.slice(0, 40)}`)
  }
  const [y, mo, d, h, mi, s] = parts
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)))
  if (Number.isNaN(date.getTime())) throw new DerError(`bad time ${text.slice(0, 40)}`)
  return date.toISOString()
}
