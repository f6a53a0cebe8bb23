import type { i18n as I18n } from 'i18next'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { HashRouter } from 'react-router'
import { matchLocale } from '../../../shared/i18n'
import { createI18n } from './i18n/create-i18n'
import { AppRoutes } from './routes'
import { AppStateProvider } from './state/app-state'
import { useBoot } from './state/use-boot'
import { ToastProvider } from './toasts/toast-context'
import { ToastRegion } from './toasts/toast-region'

function Booted({ i18n }: { i18n: I18n }) {
  const basics = useBoot(i18n)
  // A local call takes milliseconds; an empty window beats a flash of the wrong language.
  if (!basics) return null
  return (
    <AppStateProvider initial={basics}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </AppStateProvider>
  )
}

export function App() {
  const [i18n] = useState(() => createI18n(matchLocale(navigator.language)))
  return (
    <I18nextProvider i18n={i18n}>
      <ToastProvider>
        <Booted i18n={i18n} />
        <ToastRegion />
      </ToastProvider>
    </I18nextProvider>
  )
}
