import { generateKeyPairSync, sign } from 'node:crypto'
import { bitString, integer, oid, raw, sequence, set, time, utf8String } from '../../../asn1/der-writer'
import { OID } from '../../../pki/oids'

const name = (cn: string) => sequence(set(sequence(oid(OID.commonName), utf8String(cn))))

/**
 * `count` v1 certificates (which may issue others) in one chain, leaf first: certificate i is
 * issued by i + 1, the last is self-signed. One P-256 key signs them all, so thousands are quick.
 */
export function longChain(count: number): Buffer[] {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const algorithm = sequence(oid(OID.ecdsaWithSha256))
  const validity = sequence(time(new Date('2026-01-01T00:00:00Z')), time(new Date('2036-01-01T00:00:00Z')))
  const out: Buffer[] = []
  for (let i = 0; i < count; i++) {
    const issuer = i === count - 1 ? i : i + 1
    const tbs = sequence(integer(i + 1), algorithm, name(`c${issuer}`), validity, name(`c${i}`), raw(spki))
    out.push(sequence(tbs, algorithm, bitString(sign('sha256', tbs, privateKey))))
  }
  return out
}
