import { z } from 'zod'
import { method, noInput } from './method'

export const localeChoices = ['system', 'zh-CN', 'en'] as const
export const themeChoices = ['system', 'light', 'dark'] as const

export const LocaleChoiceSchema = z.enum(localeChoices)
export const ThemeChoiceSchema = z.enum(themeChoices)

/** User preferences, stored one key per row in the `setting` table. */
export const SettingsSchema = z.object({
  locale: LocaleChoiceSchema,
  theme: ThemeChoiceSchema,
})
export type Settings = z.infer<typeof SettingsSchema>
export type LocaleChoice = z.infer<typeof LocaleChoiceSchema>
export type ThemeChoice = z.infer<typeof ThemeChoiceSchema>

export const defaultSettings: Settings = { locale: 'system', theme: 'system' }

/** A partial update; unknown keys are refused so a typo never silently does nothing. */
export const SettingsPatchSchema = SettingsSchema.partial().strict()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

export const settingsContract = {
  get: method(noInput, SettingsSchema),
  update: method(SettingsPatchSchema, SettingsSchema),
} as const
