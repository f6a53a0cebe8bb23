import type { Services } from '../../../../shared/api'
import type { ServiceDeps } from '../../service-deps'
import { rendererPath } from '../../platform-port'
import type { SignDoor } from '../sign-door'

/** Signing identities, trusted certificates and the verifier, as contract methods (dialogs here). */
export function createCertifyServices({ platform }: ServiceDeps, sign: SignDoor): Services['certify'] {
  return {
    identityOptions: () => sign.identityOptions(),
    listIdentities: () => sign.listIdentities(),
    createIdentity: (request) => sign.createIdentity(request),
    importIdentity: async ({ path, password, passphrase }) => {
      const file = path
        ? rendererPath(platform, path)
        : (
            await platform.pickOpenFiles({
              purpose: 'certify-p12',
              titleKey: 'certify.dialogs.importP12',
              filters: [{ nameKey: 'certify.filters.p12', extensions: ['p12', 'pfx'] }],
            })
          )?.[0]
      if (!file) return null
      return sign.importIdentity(file, password, passphrase)
    },
    exportIdentityCertificate: async ({ id }) => {
      const identity = sign.identity(id)
      const path = await platform.pickSavePath({
        purpose: 'certify-cer',
        titleKey: 'certify.dialogs.exportCertificate',
        defaultPath: `${identity.commonName.replace(/[\\/:*?"<>|]/g, '_')}.cer`,
        filters: [{ nameKey: 'certify.filters.cer', extensions: ['cer'] }],
      })
      if (!path) return null
      await sign.exportCertificate(id, path)
      return { path }
    },
    deleteIdentity: ({ id }) => ({ deleted: sign.deleteIdentity(id) }),
    verifyPdf: async ({ path }) => {
      const file = path
        ? rendererPath(platform, path)
        : (
            await platform.pickOpenFiles({
              purpose: 'certify-verify',
              titleKey: 'certify.dialogs.verifyPdf',
              filters: [{ nameKey: 'sign.filters.pdf', extensions: ['pdf'] }],
            })
          )?.[0]
      if (!file) return null
      return sign.verifyPdf(file)
    },
    listTrusted: () => sign.listTrusted(),
    trustCertificate: ({ der }) => sign.trust({ der }),
    untrustCertificate: ({ sha256 }) => ({ removed: sign.untrust(sha256) }),
  }
}
