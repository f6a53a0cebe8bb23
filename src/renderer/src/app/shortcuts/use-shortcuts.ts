import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { shortcutTarget } from './shortcuts'

/** Global navigation shortcuts; must render inside the router. */
export function useShortcuts(): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return
      const target = shortcutTarget(event)
      if (!target) return
      event.preventDefault()
      void navigate(`/${target}`)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [navigate])
}
