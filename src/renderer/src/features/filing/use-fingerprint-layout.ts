import { useCallback, useEffect, useState } from 'react'
import type { FilingPreferences } from '../../../../shared/contract/filing'
import { paperdesk } from '../../app/api'
import { useToasts } from '../../app/toasts/toast-context'

type Layout = FilingPreferences['fingerprintLayout']

// One preference for the inspector and the form: picking a layout in one shows it in the other.
let current: Layout | null = null
const listeners = new Set<(layout: Layout) => void>()

/** The fingerprint layout the user chose (AA:BB, AABB, aabb, AA BB), kept in the database. */
export function useFingerprintLayout(): [Layout, (layout: Layout) => void] {
  const [layout, setLocal] = useState<Layout>(current ?? 'colons')
  const { showError } = useToasts()
  useEffect(() => {
    listeners.add(setLocal)
    if (current === null)
      paperdesk()
        .filing.preferences()
        .then(({ fingerprintLayout }) => {
          current = fingerprintLayout
          for (const listener of listeners) listener(fingerprintLayout)
        }, showError)
    return () => void listeners.delete(setLocal)
  }, [showError])
  const choose = useCallback(
    (next: Layout) => {
      current = next
      for (const listener of listeners) listener(next)
      paperdesk().filing.setPreferences({ fingerprintLayout: next }).catch(showError)
    },
    [showError],
  )
  return [layout, choose]
}
