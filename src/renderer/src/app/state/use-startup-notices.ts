import { useEffect, useRef } from 'react'
import { useToasts } from '../toasts/toast-context'
import { useAppState } from './app-state'

/** Tells the user, once, what start-up had to work around (settings that could not be read). */
export function useStartupNotices(): void {
  const { info } = useAppState()
  const { showAlert } = useToasts()
  const shown = useRef(false)

  useEffect(() => {
    if (shown.current || !info) return
    shown.current = true
    if (info.notices.includes('settings-damaged')) {
      showAlert((t) => t('db.settingsDamaged'), 'settings-damaged')
    }
  }, [info, showAlert])
}
