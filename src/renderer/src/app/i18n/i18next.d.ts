import 'i18next'
import type { Messages } from '../../../../shared/i18n'

// Typed keys: `t('settings.title')` compiles, `t('settings.titel')` does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}
