import type { Services } from '../../../../shared/api'
import type { ServiceDeps } from '../../service-deps'
import { writeOutputFile } from '../output-file'
import { readInput } from '../sign-file'
import { createIdentity, importIdentity } from './identity-actions'
import { IdentityStore } from './identity-store'
import { TrustedCertificates } from './trusted-certificates'
import { storeContext, verifyPdf } from './verify-pdf'

/** Signing identities, trusted certificates and the verifier, as contract methods. */
export function createCertifyServices({ store, platform }: ServiceDeps): Services['certify'] {
  const identities = new IdentityStore(store, () => platform.keyStore())
  const trusted = new TrustedCertificates(store)

  return {
    identityOptions: () => ({ osKeyStore: platform.keyStore() !== null }),
    listIdentities: () => identities.list(),
    createIdentity: (request) => createIdentity(identities, request),
    importIdentity: async ({ path, password, passphrase }) => {
      const file =
        path ??
        (
          await platform.pickOpenFiles({
            purpose: 'certify-p12',
            titleKey: 'certify.dialogs.importP12',
            filters: [{ nameKey: 'certify.filters.p12', extensions: ['p12', 'pfx'] }],
          })
        )?.[0]
      if (!file) return null
      return importIdentity(identities, await readInput(file), password, passphrase)
    },
    exportIdentityCertificate: async ({ id }) => {
      const identity = identities.get(id)
      const path = await platform.pickSavePath({
        purpose: 'certify-cer',
        titleKey: 'certify.dialogs.exportCertificate',
        defaultPath: `${identity.commonName.replace(/[\\/:*?"<>|]/g, '_')}.cer`,
        filters: [{ nameKey: 'certify.filters.cer', extensions: ['cer'] }],
      })
      if (!path) return null
      await writeOutputFile(path, identities.certificate(id))
      return { path }
    },
    deleteIdentity: ({ id }) => ({ deleted: identities.delete(id) }),
    verifyPdf: async ({ path }) => {
      const file =
        path ??
        (
          await platform.pickOpenFiles({
            purpose: 'certify-verify',
            titleKey: 'certify.dialogs.verifyPdf',
            filters: [{ nameKey: 'sign.filters.pdf', extensions: ['pdf'] }],
          })
        )?.[0]
      if (!file) return null
      return verifyPdf(file, await readInput(file), storeContext(store))
    },
    listTrusted: () => trusted.list(),
    trustCertificate: ({ der }) => trusted.add(der),
    untrustCertificate: ({ sha256 }) => ({ removed: trusted.remove(sha256) }),
  }
}
