import { useCallback, useEffect, useState } from 'react'
import type { Signature } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

export interface SignatureLibraryState {
  /** null until the first listing arrives. */
  signatures: Signature[] | null
  refresh: () => Promise<void>
  rename: (signature: Signature, name: string) => Promise<void>
  setDefault: (signature: Signature) => Promise<void>
  remove: (signature: Signature) => Promise<void>
}

/** The saved signatures and the actions on them; failures show as toasts. */
export function useSignatureLibrary(): SignatureLibraryState {
  const { showError } = useToasts()
  const [signatures, setSignatures] = useState<Signature[] | null>(null)

  const refresh = useCallback(async () => {
    try {
      setSignatures(await paperdesk().sign.listSignatures())
    } catch (e) {
      setSignatures((current) => current ?? [])
      showError(e)
    }
  }, [showError])

  useEffect(() => {
    let current = true
    paperdesk()
      .sign.listSignatures()
      .then(
        (list) => current && setSignatures(list),
        (e: unknown) => {
          if (!current) return
          setSignatures([])
          showError(e)
        },
      )
    return () => {
      current = false
    }
  }, [showError])

  const act = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work()
      } catch (e) {
        showError(e)
      }
      await refresh()
    },
    [refresh, showError],
  )

  return {
    signatures,
    refresh,
    rename: (s, name) => act(() => paperdesk().sign.renameSignature({ id: s.id, name })),
    setDefault: (s) => act(() => paperdesk().sign.setDefaultSignature({ id: s.id })),
    remove: (s) => act(() => paperdesk().sign.deleteSignature({ id: s.id })),
  }
}
