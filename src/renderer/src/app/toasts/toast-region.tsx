import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useToasts, type Toast } from './toast-context'

const FIELDS = 'input, textarea, select, [contenteditable="true"]'

/**
 * Toasts sit at the bottom left of the page pane, clear of the side panels' fields; if the field
 * being typed in is under them anyway (a narrow window), they move to the top.
 */
function useClearOfFocusedField(count: number) {
  const region = useRef<HTMLDivElement>(null)
  const [top, setTop] = useState(false)
  useEffect(() => {
    const check = () => {
      const el = region.current
      const field = document.activeElement
      if (!el || count === 0 || !(field instanceof HTMLElement) || !field.matches(FIELDS)) {
        setTop(false)
        return
      }
      // Where the stack is (or would be) at the bottom: its own height above the bottom margin.
      const box = el.getBoundingClientRect()
      const bottom = window.innerHeight - 20
      const f = field.getBoundingClientRect()
      const overlaps =
        f.left < box.right && f.right > box.left && f.top < bottom && f.bottom > bottom - box.height
      setTop(overlaps)
    }
    check()
    document.addEventListener('focusin', check)
    document.addEventListener('focusout', check)
    window.addEventListener('resize', check)
    return () => {
      document.removeEventListener('focusin', check)
      document.removeEventListener('focusout', check)
      window.removeEventListener('resize', check)
    }
  }, [count])
  return { region, top }
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const { t } = useTranslation()
  const isError = toast.kind === 'error'
  return (
    <div
      className={`toast toast--${toast.kind}`}
      role={isError ? 'alert' : 'status'}
      data-testid={isError ? 'toast-error' : 'toast-status'}
    >
      <span className="toast__mark" aria-hidden="true">
        {isError ? '!' : '✓'}
      </span>
      <div className="toast__body">
        {isError && <strong className="toast__title">{t('errors.title')}</strong>}
        <span className="toast__text">{toast.text(t)}</span>
      </div>
      <button
        type="button"
        className="toast__dismiss"
        data-testid="toast-dismiss"
        aria-label={t('errors.dismiss')}
        title={t('errors.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  )
}

/** The stack of toasts; always mounted so screen readers know the region. */
export function ToastRegion() {
  const { toasts, dismiss } = useToasts()
  const { region, top } = useClearOfFocusedField(toasts.length)
  return (
    <div className={`toast-region${top ? ' toast-region--top' : ''}`} ref={region} data-testid="toast-region">
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
      ))}
    </div>
  )
}
