import type { i18n as I18n } from 'i18next'
import { useEffect, useState } from 'react'
import { resolveLocale } from '../i18n/resolve-locale'
import { useToasts } from '../toasts/toast-context'
import { fallbackSettings } from '../contract-values'
import { loadBasics, type Basics } from './load-basics'

/** Loads info + settings once and switches i18next to the user's language before the first paint. */
export function useBoot(i18n: I18n): Basics | null {
  const { showError } = useToasts()
  const [basics, setBasics] = useState<Basics | null>(null)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const { info, settings } = await loadBasics(showError)
      const loaded: Basics = { info, settings: settings ?? fallbackSettings }
      const locale = resolveLocale(loaded.settings.locale, loaded.info?.systemLocale, navigator.language)
      await i18n.changeLanguage(locale)
      if (!cancelled) setBasics(loaded)
    })()
    return () => {
      cancelled = true
    }
  }, [i18n, showError])

  return basics
}
