import { useCallback, useEffect, useState } from 'react'
import type { Identity, NewIdentity } from '../../../../../shared/contract/certify'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

export interface IdentitiesState {
  /** null until the first listing arrives. */
  identities: Identity[] | null
  /** Whether the OS key store keeps keys; null until known. False: every key needs a passphrase. */
  osKeyStore: boolean | null
  refresh: () => Promise<void>
  create: (request: NewIdentity) => Promise<Identity | null>
  importFile: (password: string, passphrase?: string) => Promise<Identity | null>
  exportCertificate: (identity: Identity) => Promise<void>
  remove: (identity: Identity) => Promise<void>
}

/** The signing identities and what can be done with them; failures show as toasts. */
export function useIdentities(): IdentitiesState {
  const { showError, showStatus } = useToasts()
  const [identities, setIdentities] = useState<Identity[] | null>(null)
  const [osKeyStore, setOsKeyStore] = useState<boolean | null>(null)

  const refresh = useCallback(async () => {
    try {
      setIdentities(await paperdesk().certify.listIdentities())
    } catch (e) {
      setIdentities((current) => current ?? [])
      showError(e)
    }
  }, [showError])

  useEffect(() => {
    let current = true
    const api = paperdesk().certify
    Promise.all([api.identityOptions(), api.listIdentities()]).then(
      ([options, list]) => {
        if (!current) return
        setOsKeyStore(options.osKeyStore)
        setIdentities(list)
      },
      (e: unknown) => {
        if (!current) return
        setIdentities([])
        showError(e)
      },
    )
    return () => {
      current = false
    }
  }, [showError])

  /** Runs one call; on failure shows it and answers null. Always lists again afterwards. */
  const act = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work()
      } catch (e) {
        showError(e)
        return null
      } finally {
        await refresh()
      }
    },
    [refresh, showError],
  )

  return {
    identities,
    osKeyStore,
    refresh,
    create: async (request) => {
      const made = await act(() => paperdesk().certify.createIdentity(request))
      if (made) showStatus((t) => t('certify.create.done', { name: made.commonName }))
      return made
    },
    importFile: async (password, passphrase) => {
      const made = await act(() =>
        paperdesk().certify.importIdentity(
          passphrase === undefined ? { password } : { password, passphrase },
        ),
      )
      if (made) showStatus((t) => t('certify.import.done', { name: made.commonName }))
      return made
    },
    exportCertificate: async (identity) => {
      const saved = await act(() => paperdesk().certify.exportIdentityCertificate({ id: identity.id }))
      if (saved) showStatus((t) => t('certify.identities.exported', { path: saved.path }))
    },
    remove: async (identity) => {
      await act(() => paperdesk().certify.deleteIdentity({ id: identity.id }))
    },
  }
}
