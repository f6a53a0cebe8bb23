import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, SupportedLocale } from '../../../../shared/contract/app'
import type { Settings, SettingsPatch } from '../../../../shared/contract/settings'
import { paperdesk } from '../api'
import { resolveLocale } from '../i18n/resolve-locale'
import type { ResolvedTheme } from '../theme/resolve-theme'
import { useAppliedTheme } from '../theme/use-applied-theme'
import { useToasts } from '../toasts/toast-context'
import { loadBasics, type Basics } from './load-basics'

interface AppState {
  info: AppInfo | null
  settings: Settings
  /** The language on screen (settings.locale with 'system' resolved). */
  locale: SupportedLocale
  theme: ResolvedTheme
  /** Applies the change at once, then persists it; reverts and shows the error if saving fails. */
  updateSettings: (patch: SettingsPatch) => Promise<void>
  /** Re-reads info and settings, e.g. after a restore replaced the database. */
  reload: () => Promise<void>
}

const AppStateContext = createContext<AppState | null>(null)

export function AppStateProvider({ initial, children }: { initial: Basics; children: ReactNode }) {
  const { i18n } = useTranslation()
  const { showError } = useToasts()
  const [info, setInfo] = useState(initial.info)
  const [settings, setSettings] = useState(initial.settings)

  const locale = resolveLocale(settings.locale, info?.systemLocale, navigator.language)
  const theme = useAppliedTheme(settings.theme)

  useLayoutEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale)
    document.documentElement.lang = locale
  }, [i18n, locale])

  const updateSettings = useCallback(
    async (patch: SettingsPatch) => {
      const before = settings
      setSettings({ ...settings, ...patch })
      try {
        setSettings(await paperdesk().settings.update(patch))
      } catch (e) {
        setSettings(before)
        showError(e)
      }
    },
    [settings, showError],
  )

  const reload = useCallback(async () => {
    const loaded = await loadBasics(showError)
    if (loaded.info) setInfo(loaded.info)
    if (loaded.settings) setSettings(loaded.settings)
  }, [showError])

  const value = useMemo(
    () => ({ info, settings, locale, theme, updateSettings, reload }),
    [info, settings, locale, theme, updateSettings, reload],
  )
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext)
  if (!state) throw new Error('useAppState must be used inside <AppStateProvider>')
  return state
}
