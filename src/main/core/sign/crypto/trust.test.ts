import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkChain, createSelfSignedIdentity } from './index'
import { OpensslWorkspace } from './test-support/openssl'

const work = new OpensslWorkspace()
let root: Buffer
let intermediate: Buffer
let leaf: Buffer
let stranger: Buffer
beforeAll(() => {
  work.ca('root')
  work.leaf('leaf', 'root', 'ec', 30)
  // An intermediate CA under root, and a leaf under it.
  work.key('mid.key', 'rsa')
  work.run(['req', '-new', '-key', 'mid.key', '-subj', '/CN=Mid CA', '-out', 'mid.csr'])
  work.write('mid.ext', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n')
  work.run([
    'x509',
    '-req',
    '-in',
    'mid.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-CAcreateserial',
    '-out',
    'mid.pem',
    '-days',
    '100',
    '-extfile',
    'mid.ext',
  ])
  work.leaf('deep', 'mid', 'rsa', 30)
  work.ca('other')
  root = work.der('root.pem')
  intermediate = work.der('mid.pem')
  leaf = work.der('leaf.pem')
  stranger = work.der('other.pem')
})
afterAll(() => work.cleanup())

const now = () => new Date()

describe('checkChain', () => {
  it('a self-signed certificate is trusted only once the user trusts it', () => {
    const { certificate } = createSelfSignedIdentity({ commonName: 'Me', days: 10, algorithm: 'ecdsa-p256' })
    const alone = checkChain(certificate, [], [], now())
    expect(alone).toMatchObject({ trusted: false, selfSigned: true, validAtSigning: true, expiredNow: false })
    expect(alone.chain.map((c) => c.commonName)).toEqual(['Me'])
    expect(checkChain(certificate, [], [stranger, certificate], now()).trusted).toBe(true)
  })

  it('a leaf issued by a trusted CA is trusted, through an intermediate from the signature too', () => {
    const direct = checkChain(leaf, [leaf], [root], now())
    expect(direct).toMatchObject({ trusted: true, selfSigned: false, validAtSigning: true })
    expect(direct.chain.map((c) => c.commonName)).toEqual(['leaf', 'root CA'])

    const deep = checkChain(work.der('deep.pem'), [intermediate, stranger], [root], now())
    expect(deep.trusted).toBe(true)
    expect(deep.chain.map((c) => c.commonName)).toEqual(['deep', 'Mid CA', 'root CA'])

    // The root found in the signature itself is not trust: only the user's set is.
    const untrusted = checkChain(work.der('deep.pem'), [intermediate, root], [stranger], now())
    expect(untrusted.trusted).toBe(false)
    expect(untrusted.chain).toHaveLength(3)
    // A missing link stops the chain where it is.
    expect(checkChain(work.der('deep.pem'), [], [root], now())).toMatchObject({ trusted: false })
  })

  it('a name match without a matching signature is no link', () => {
    // Same subject as root, different key: `openssl req` with the root's name and a new key.
    work.key('fake.key', 'rsa')
    work.run([
      'req',
      '-x509',
      '-new',
      '-key',
      'fake.key',
      '-subj',
      '/CN=root CA/O=Paperdesk Test',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-out',
      'fake.pem',
    ])
    const fake = work.der('fake.pem')
    expect(checkChain(leaf, [], [fake], now()).trusted).toBe(false)
  })

  it('validity at signing time and expiry now', () => {
    const after = new Date(Date.now() + 60 * 86_400_000)
    expect(checkChain(leaf, [], [root], after)).toMatchObject({ validAtSigning: false, trusted: true })
    const before = new Date(Date.now() - 86_400_000)
    expect(checkChain(leaf, [], [root], before).validAtSigning).toBe(false)
    expect(checkChain(leaf, [], [root], now(), after).expiredNow).toBe(true)
  })
})
