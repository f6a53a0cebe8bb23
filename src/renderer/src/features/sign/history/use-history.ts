import { useCallback, useEffect, useState } from 'react'
import type { SignRecord } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

/** The newest audit records; `refresh` after anything was signed. */
export function useHistory() {
  const { showError } = useToasts()
  const [records, setRecords] = useState<SignRecord[] | null>(null)
  const refresh = useCallback(async () => {
    try {
      setRecords(await paperdesk().sign.listHistory({ limit: 200 }))
    } catch (e) {
      setRecords((r) => r ?? [])
      showError(e)
    }
  }, [showError])
  useEffect(() => {
    let current = true
    paperdesk()
      .sign.listHistory({ limit: 200 })
      .then(
        (list) => current && setRecords(list),
        (e: unknown) => current && showError(e),
      )
    return () => {
      current = false
    }
  }, [showError])
  return { records, refresh }
}
