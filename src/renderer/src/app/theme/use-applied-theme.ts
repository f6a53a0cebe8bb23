import { useLayoutEffect, useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../../../../shared/contract/settings'
import { resolveTheme, type ResolvedTheme } from './resolve-theme'

const darkQuery = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

function prefersDark(): boolean {
  return window.matchMedia(darkQuery).matches
}

/** Resolves the theme choice (following the OS live for 'system') and puts it on <html data-theme>. */
export function useAppliedTheme(choice: ThemeChoice): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribe, prefersDark)
  const theme = resolveTheme(choice, systemDark)
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return theme
}
