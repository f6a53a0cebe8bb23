import type { LocaleChoice, Settings, ThemeChoice } from '../../../shared/contract/settings'
import type { ErrorCode } from '../../../shared/errors'

// The renderer imports only types from shared (the layer rule), so the few contract values the UI
// needs are restated here. Each record must name every member of its type (the compiler checks),
// and contract-values.test.ts checks the values against shared's own.

const localeChoiceSet = { system: true, 'zh-CN': true, en: true } as const satisfies Record<
  LocaleChoice,
  true
>
const themeChoiceSet = { system: true, light: true, dark: true } as const satisfies Record<ThemeChoice, true>
const errorCodeSet = {
  VALIDATION: true,
  NOT_FOUND: true,
  INVALID_BACKUP: true,
  INVALID_FILE: true,
  IO: true,
  BUSY: true,
  CANCELLED: true,
  UNAVAILABLE: true,
  UNKNOWN_METHOD: true,
  FORBIDDEN: true,
  INTERNAL: true,
} as const satisfies Record<ErrorCode, true>

export const localeChoices = Object.keys(localeChoiceSet) as LocaleChoice[]
export const themeChoices = Object.keys(themeChoiceSet) as ThemeChoice[]

/** Shared's `defaultSettings`: what the UI shows if settings cannot be loaded. */
export const fallbackSettings: Settings = { locale: 'system', theme: 'system' }

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCodeSet, value)
}
