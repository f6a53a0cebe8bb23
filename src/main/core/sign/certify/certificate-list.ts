import { readElement } from '../../asn1/der'

/** Certificates kept in one column: their DER encodings back to back (each is self-delimiting). */
export function joinCertificates(list: readonly Buffer[]): Buffer {
  return Buffer.concat(list)
}

export function splitCertificates(data: Buffer): Buffer[] {
  const list: Buffer[] = []
  for (let at = 0; at < data.length;) {
    const end = readElement(data, at).end
    list.push(data.subarray(at, end))
    at = end
  }
  return list
}
