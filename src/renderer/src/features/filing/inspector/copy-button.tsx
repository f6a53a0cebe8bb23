import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

/** Copies through the contract: main owns the clipboard, the page has no permission to write it. */
export function CopyButton({ text, what, testId }: { text: string; what: string; testId?: string }) {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 1500)
    return () => window.clearTimeout(timer)
  }, [copied])
  const copy = async () => {
    try {
      await paperdesk().filing.copy({ text })
      setCopied(true)
    } catch (e) {
      showError(e)
    }
  }
  return (
    <button
      type="button"
      className={`button button--quiet copy-button${copied ? ' is-copied' : ''}`}
      aria-label={t('filing.inspector.copyLabel', { what })}
      data-testid={testId}
      onClick={() => void copy()}
    >
      {copied ? t('filing.inspector.copied') : t('filing.inspector.copy')}
    </button>
  )
}
