import { useCallback, useEffect, useState } from 'react'
import type { FilingDetail } from '../../../../../shared/contract/filing'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

export interface FilingHandle {
  detail: FilingDetail | null
  /** Runs a call that returns the new detail; errors become a toast, the detail stays as it was. */
  run: (call: () => Promise<FilingDetail | null>) => Promise<boolean>
  reload: () => Promise<void>
  busy: boolean
}

/** One filing's detail and the calls that change it. */
export function useFiling(id: number): FilingHandle {
  const [detail, setDetail] = useState<FilingDetail | null>(null)
  const [busy, setBusy] = useState(false)
  const { showError } = useToasts()

  const reload = useCallback(async () => {
    try {
      setDetail(await paperdesk().filing.get({ id }))
    } catch (e) {
      showError(e)
    }
  }, [id, showError])

  useEffect(() => {
    let current = true
    paperdesk()
      .filing.get({ id })
      .then(
        (next) => current && setDetail(next),
        (e: unknown) => current && showError(e),
      )
    return () => {
      current = false
    }
  }, [id, showError])

  const run = useCallback(
    async (call: () => Promise<FilingDetail | null>) => {
      setBusy(true)
      try {
        const next = await call()
        if (next) setDetail(next)
        return true
      } catch (e) {
        showError(e)
        return false
      } finally {
        setBusy(false)
      }
    },
    [showError],
  )

  return { detail, run, reload, busy }
}
