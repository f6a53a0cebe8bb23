import { createInstance, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { SupportedLocale } from '../../../../shared/contract/app'
import { messages } from '../../../../shared/i18n'

/** One i18next instance with every string bundled: no backend, so init is synchronous. */
export function createI18n(locale: SupportedLocale): I18n {
  const i18n = createInstance()
  void i18n.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    resources: {
      en: { translation: messages.en },
      'zh-CN': { translation: messages['zh-CN'] },
    },
    initAsync: false,
    // React escapes what it renders; escaping here too would show `&quot;` in the UI.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18n
}
