import type { TFunction } from 'i18next'
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { describeError, toCallError } from '../call-error'

export type ToastKind = 'status' | 'error'

/** Text is a function of `t`, so an open toast follows a language switch. */
export interface Toast {
  id: number
  kind: ToastKind
  text: (t: TFunction) => string
  /** The same failure twice shows one toast (the newer), not a stack of copies. */
  key?: string
}

interface ToastApi {
  toasts: readonly Toast[]
  /** A success or progress message (role=status); fades after a while. */
  showStatus: (text: (t: TFunction) => string) => void
  /** A failed call, translated by its error code (role=alert); goes after a longer while, or when dismissed. */
  showError: (e: unknown) => void
  /** A problem worded by the caller (role=alert), as long as an error; one per `key`. */
  showAlert: (text: (t: TFunction) => string, key: string) => void
  dismiss: (id: number) => void
}

const ToastContext = createContext<ToastApi | null>(null)

const statusLifetimeMs = 8000
// Long enough to read a sentence twice; the close button is there for sooner.
const errorLifetimeMs = 15000
const maxToasts = 4

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id))
  }, [])

  const push = useCallback(
    (kind: ToastKind, text: Toast['text'], key?: string) => {
      const id = nextId.current++
      const others = (toast: Toast) => key === undefined || toast.key !== key
      setToasts((list) => [...list.filter(others), { id, kind, text, key }].slice(-maxToasts))
      window.setTimeout(() => dismiss(id), kind === 'status' ? statusLifetimeMs : errorLifetimeMs)
    },
    [dismiss],
  )

  const showStatus = useCallback((text: Toast['text']) => push('status', text), [push])

  const showError = useCallback(
    (e: unknown) => {
      const error = toCallError(e)
      if (error.code === 'INTERNAL') console.error('Paperdesk call failed', e)
      // INTERNAL's text does not show the message, so all of them read the same: show one.
      const key = error.code === 'INTERNAL' ? error.code : `${error.code}:${error.message}`
      // The message is English for logs; a known reason reads in the user's language instead.
      push('error', (t) => describeError(t, error), key)
    },
    [push],
  )

  const showAlert = useCallback((text: Toast['text'], key: string) => push('error', text, key), [push])

  const value = useMemo(
    () => ({ toasts, showStatus, showError, showAlert, dismiss }),
    [toasts, showStatus, showError, showAlert, dismiss],
  )
  return <ToastContext.Provider value={value}>{children}</ToastContext.Provider>
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext)
  if (!api) throw new Error('useToasts must be used inside <ToastProvider>')
  return api
}
