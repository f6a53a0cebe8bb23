import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataStore } from '../../db/data-store'
import { useTempDirs } from '../../test-support/temp-dir'
import { createSelfSignedIdentity } from '../crypto'
import { IdentityStore } from './identity-store'

const tempDir = useTempDirs()

function setup() {
  const store = new DataStore(join(tempDir(), 'data'))
  const identities = new IdentityStore(store, () => null)
  const { certificate, privateKey } = createSelfSignedIdentity({
    commonName: '张三',
    days: 30,
    algorithm: 'ecdsa-p256',
  })
  const add = (passphrase: string) =>
    identities.add({ certificate, privateKey, chain: [], source: 'created', passphrase })
  const stored = (id: number) =>
    (
      store.db.prepare('SELECT private_key FROM sign_identity WHERE id = ?').get(id) as {
        private_key: Buffer
      }
    ).private_key
  return { store, identities, privateKey, add, stored }
}

const reasonOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return (error as { details?: { reason?: string } }).details?.reason
  }
  return null
}

describe('a private key stored under a passphrase', () => {
  it('is sealed with scrypt and AES-256-GCM, opens with its passphrase only', () => {
    const { identities, add, stored } = setup()
    const { id } = add('eight ch')
    expect(stored(id).subarray(0, 4).toString('latin1')).toBe('PDK1')
    expect(identities.unlock(id, 'eight ch').privateKey.asymmetricKeyType).toBe('ec')
    expect(reasonOf(() => identities.unlock(id, 'eight cH'))).toBe('certify.passphrase-wrong')
  })

  it('needs 8 characters or more', () => {
    const { add } = setup()
    expect(reasonOf(() => add('seven c'))).toBe('certify.passphrase-needed')
  })

  it('stored the earlier way (PKCS#8, PBKDF2 at 2 048 rounds) is sealed again at its next unlock', () => {
    const { store, identities, privateKey, add, stored } = setup()
    const { id } = add('a long passphrase')
    // What earlier versions wrote; their passphrases could be 4 characters.
    const legacy = privateKey.export({
      type: 'pkcs8',
      format: 'der',
      cipher: 'aes-256-cbc',
      passphrase: 'abcd',
    })
    store.db.prepare('UPDATE sign_identity SET private_key = ? WHERE id = ?').run(legacy, id)
    expect(reasonOf(() => identities.unlock(id, 'abce'))).toBe('certify.passphrase-wrong')
    expect(stored(id).equals(legacy)).toBe(true)
    expect(identities.unlock(id, 'abcd').privateKey.asymmetricKeyType).toBe('ec')
    expect(stored(id).subarray(0, 4).toString('latin1')).toBe('PDK1')
    expect(identities.unlock(id, 'abcd').privateKey.asymmetricKeyType).toBe('ec')
  })
})
