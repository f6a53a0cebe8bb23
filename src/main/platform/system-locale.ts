import { app } from 'electron'
import type { LocaleChoice, SupportedLocale } from '../../shared/contract'
import { matchLocale } from '../../shared/i18n'

/** The OS's preferred language tag, e.g. `zh-Hans-CN` or `en-US`. */
export function systemLocaleTag(): string {
  return app.getPreferredSystemLanguages()[0] || app.getLocale() || 'en'
}

/** The locale main's menus and dialogs use: the user's choice, or the OS's when it is 'system'. */
export function resolveUiLocale(
  choice: LocaleChoice,
  systemTag: string = systemLocaleTag(),
): SupportedLocale {
  return choice === 'system' ? matchLocale(systemTag) : choice
}
