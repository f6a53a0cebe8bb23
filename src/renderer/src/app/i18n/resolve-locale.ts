import type { SupportedLocale } from '../../../../shared/contract/app'
import type { LocaleChoice } from '../../../../shared/contract/settings'
import { matchLocale } from '../../../../shared/i18n'

/**
 * The locale the UI shows. 'system' follows the OS locale main reported; if that is unknown
 * (app.info failed), the browser's language stands in.
 */
export function resolveLocale(
  choice: LocaleChoice,
  systemLocale: SupportedLocale | undefined,
  browserLanguage: string | undefined,
): SupportedLocale {
  if (choice !== 'system') return choice
  return systemLocale ?? matchLocale(browserLanguage)
}
