import { app } from 'electron'
import type { LocaleChoice, SupportedLocale } from '../../shared/contract'
import { matchLocale } from '../../shared/i18n'

/**
 * The OS's preferred language tag, e.g. `zh-Hans-CN` or `en-US`. `PAPERDESK_SYSTEM_LOCALE` stands
 * in for the OS setting so e2e specs can run the real app "on" a Chinese or English system.
 */
export function systemLocaleTag(env: NodeJS.ProcessEnv = process.env): string {
  return env['PAPERDESK_SYSTEM_LOCALE'] || app.getPreferredSystemLanguages()[0] || app.getLocale() || 'en'
}

/** The locale main's menus and dialogs use: the user's choice, or the OS's when it is 'system'. */
export function resolveUiLocale(
  choice: LocaleChoice,
  systemTag: string = systemLocaleTag(),
): SupportedLocale {
  return choice === 'system' ? matchLocale(systemTag) : choice
}
