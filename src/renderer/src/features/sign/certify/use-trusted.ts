import { useCallback, useEffect, useState } from 'react'
import type { TrustedCertificate } from '../../../../../shared/contract/certify'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

/** The certificates the user chose to trust (as roots for verifying signatures). */
export function useTrusted() {
  const { showError } = useToasts()
  const [trusted, setTrusted] = useState<TrustedCertificate[] | null>(null)

  const refresh = useCallback(async () => {
    try {
      setTrusted(await paperdesk().certify.listTrusted())
    } catch (e) {
      setTrusted((current) => current ?? [])
      showError(e)
    }
  }, [showError])

  useEffect(() => {
    let current = true
    paperdesk()
      .certify.listTrusted()
      .then(
        (list) => current && setTrusted(list),
        (e: unknown) => {
          if (!current) return
          setTrusted([])
          showError(e)
        },
      )
    return () => {
      current = false
    }
  }, [showError])

  const untrust = async (certificate: TrustedCertificate) => {
    try {
      await paperdesk().certify.untrustCertificate({ sha256: certificate.sha256 })
    } catch (e) {
      showError(e)
    }
    await refresh()
  }

  return { trusted, refresh, untrust }
}
