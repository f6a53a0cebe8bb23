import { useEffect, useState } from 'react'
import type { FilingCatalog } from '../../../../shared/contract/filing'
import type { Localized } from '../../../../shared/contract/filing-flow'
import { paperdesk } from '../../app/api'
import { useAppState } from '../../app/state/app-state'
import { useToasts } from '../../app/toasts/toast-context'

let cached: FilingCatalog | null = null

/** Providers, flows, provinces and reasons: data from the core, loaded once per session. */
export function useCatalog(): FilingCatalog | null {
  const [catalog, setCatalog] = useState(cached)
  const { showError } = useToasts()
  useEffect(() => {
    if (cached) return
    paperdesk()
      .filing.catalog()
      .then((c) => {
        cached = c
        setCatalog(c)
      }, showError)
  }, [showError])
  return catalog
}

/** Picks the text of a data entry in the language on screen. */
export function useLocalized(): (text: Localized) => string {
  const { locale } = useAppState()
  return (text) => (locale === 'zh-CN' ? text.zh : text.en)
}
