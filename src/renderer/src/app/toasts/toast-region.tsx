import { useTranslation } from 'react-i18next'
import { useToasts, type Toast } from './toast-context'

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

/** Bottom-right stack of toasts; always mounted so screen readers know the region. */
export function ToastRegion() {
  const { toasts, dismiss } = useToasts()
  return (
    <div className="toast-region">
      {toasts.map((toast) => (
        <ToastCard key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
      ))}
    </div>
  )
}
